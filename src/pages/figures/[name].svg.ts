/** Each figure as a standalone SVG at presentation size, for slides. */
import type { APIRoute } from 'astro';
import { siteConfig } from '../../site/config';
import { figureSvg } from '../../site/figure-files';
import { FIGURES, type FigureName } from '../../site/figures';
import { model } from '../../site/model';

export const getStaticPaths = () => Object.keys(FIGURES).map((name) => ({ params: { name } }));
export const GET: APIRoute = async ({ params }) =>
  new Response(await figureSvg(model(), params.name as FigureName, siteConfig().title), { headers: { 'Content-Type': 'image/svg+xml' } });
