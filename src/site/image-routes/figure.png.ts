/** Each figure as a PNG at presentation size (1920×1080), for slides, drawn on request by the dev server (a build writes the files itself). */
import type { APIRoute } from 'astro';
import { siteConfig } from '../config.ts';
import { figurePng } from '../figure-files.ts';
import { FIGURES, type FigureName } from '../figures.ts';
import { model } from '../model.ts';

export const getStaticPaths = () => Object.keys(FIGURES).map((name) => ({ params: { name } }));
export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await figurePng(model(), params.name as FigureName, siteConfig().title)), { headers: { 'Content-Type': 'image/png' } });
