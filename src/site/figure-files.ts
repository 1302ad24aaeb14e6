/** Renders a named figure to SVG text or PNG bytes, for the download endpoints and tests. */
import type { Model } from '../model/model';
import { asymmetryTree, governanceTree, lifecycleTree } from '../og/figures';
import { CARD, cachedPng, cardTree, toSvg, type El } from '../og/render';
import { socialCards } from './cards';
import { asymmetryChart, FIGURES, governanceStack, lifecycleFigure, type FigureName } from './figures';

const TREES = {
  lifecycle: (m: Model, site: string) => lifecycleTree(lifecycleFigure(m), site),
  governance: (m: Model, site: string) => governanceTree(governanceStack(m), site),
  asymmetry: (m: Model, site: string) => asymmetryTree(asymmetryChart(m), site),
} satisfies Record<FigureName, unknown>;

export const figureSvg = (m: Model, name: FigureName, site: string) => toSvg(TREES[name](m, site), FIGURES[name]);
export const figurePng = (m: Model, name: FigureName, site: string, cache?: boolean) => cachedPng(TREES[name](m, site), FIGURES[name], cache);

/**
 * Every PNG the site serves, as the tree to draw and its size, in the order the build renders their
 * endpoints (routes by path: /figures/ before /og/, each in the order of its static paths), so that the
 * prerendering processes draw first what the pages need first.
 */
export function imageJobs(m: Model, site: string, organisation?: string): { tree: El; size: { width: number; height: number } }[] {
  return [
    ...(Object.keys(FIGURES) as FigureName[]).map((name) => ({ tree: TREES[name](m, site), size: FIGURES[name] })),
    ...socialCards(m, site, organisation).map((card) => ({ tree: cardTree({ ...card, site }), size: CARD })),
  ];
}
