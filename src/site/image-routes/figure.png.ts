/** Each figure as a PNG at presentation size (1920×1080), for slides, drawn on request by the dev server (a build writes the files itself). */
import type { APIRoute } from 'astro';
import { siteConfig } from '../config';
import { figurePng } from '../figure-files';
import { FIGURES, type FigureName } from '../figures';
import { model } from '../model';

export const getStaticPaths = () => Object.keys(FIGURES).map((name) => ({ params: { name } }));
export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await figurePng(model(), params.name as FigureName, siteConfig().title)), { headers: { 'Content-Type': 'image/png' } });
