/** Each figure as a standalone SVG at presentation size, for slides, drawn on request by the dev server (a build writes the files itself). */
import type { APIRoute } from 'astro';
import { siteConfig } from '../config.ts';
import { figureSvg } from '../figure-files.ts';
import { FIGURES, type FigureName } from '../figures.ts';
import { model } from '../model.ts';

export const getStaticPaths = () => Object.keys(FIGURES).map((name) => ({ params: { name } }));
export const GET: APIRoute = async ({ params }) =>
  new Response(await figureSvg(model(), params.name as FigureName, siteConfig().title), { headers: { 'Content-Type': 'image/svg+xml' } });
