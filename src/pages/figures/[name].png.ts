/** Each figure as a PNG at presentation size (1920×1080), for slides. */
import type { APIRoute } from 'astro';
import { siteConfig } from '../../site/config';
import { figurePng } from '../../site/figure-files';
import { FIGURES, type FigureName } from '../../site/figures';
import { model } from '../../site/model';

export const getStaticPaths = () => Object.keys(FIGURES).map((name) => ({ params: { name } }));
export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await figurePng(model(), params.name as FigureName, siteConfig().title)), { headers: { 'Content-Type': 'image/png' } });
