/** Renders a named figure to SVG text or PNG bytes, for the dev server's download routes and tests. */
import type { Model } from '../model/model.ts';
import { cachedPng, toSvg } from '../og/render.ts';
import { FIGURES, type FigureName } from './figures.ts';
import { FIGURE_TREES } from './image-jobs.ts';

export const figureSvg = (m: Model, name: FigureName, site: string) => toSvg(FIGURE_TREES[name](m, site), FIGURES[name]);
export const figurePng = (m: Model, name: FigureName, site: string, cache?: boolean) => cachedPng(FIGURE_TREES[name](m, site), FIGURES[name], cache);
