/** The ATLAS Navigator layers: `model.json` for the whole model and `stage-<id>.json` for each stage. */
import type { APIRoute } from 'astro';
import { navigatorFiles } from '../../../site/exchange.ts';

export const getStaticPaths = () => [...navigatorFiles().keys()].map((layer) => ({ params: { layer } }));

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(navigatorFiles().get(params.layer!)!), { headers: { 'Content-Type': 'application/json' } });
