/**
 * Every image file the built site serves, as what to draw (a Satori tree), its size and format, and its
 * path in the output: the figures as SVG and PNG, then each page's social card. No renderer is loaded
 * here; the build draws them in a background process (src/site/og-integration.ts).
 */
import type { Model } from '../model/model.ts';
import { asymmetryTree, governanceTree, lifecycleTree } from '../og/figures.ts';
import { imageKey } from '../og/cache.ts';
import { CARD, cardParts, cardTree, type El, type ImageJob } from '../og/tree.ts';
import { ogImagePath, socialCards, type OrgPageCard } from './cards.ts';
import { asymmetryChart, FIGURES, governanceStack, lifecycleFigure, type FigureName } from './figures.ts';

export const FIGURE_TREES: Record<FigureName, (m: Model, site: string) => El> = {
  lifecycle: (m, site) => lifecycleTree(lifecycleFigure(m), site),
  governance: (m, site) => governanceTree(governanceStack(m), site),
  asymmetry: (m, site) => asymmetryTree(asymmetryChart(m), site),
};

/** Path of a figure's download in the output folder. */
export const figureFile = (name: FigureName, format: 'svg' | 'png') => `figures/${name}.${format}`;

/**
 * `organisation` is the overlay's name (its coverage report gets a card); `marker`, in an internal build,
 * the "Internal · <organisation>" line every card shows in its footer; `orgPages`, a fork's own pages, each get a card.
 */
export function imageJobs(m: Model, site: string, organisation?: string, marker?: string, orgPages: readonly OrgPageCard[] = []): ImageJob[] {
  // Each figure as SVG, then as PNG rasterised from that SVG.
  const figures = (Object.keys(FIGURES) as FigureName[]).flatMap((name): ImageJob[] => {
    const tree = FIGURE_TREES[name](m, site);
    const size = FIGURES[name];
    const svgKey = imageKey(tree, size, 'svg');
    return [
      { tree, size, format: 'svg', file: figureFile(name, 'svg'), key: svgKey },
      { tree, size, format: 'png', file: figureFile(name, 'png'), key: imageKey(tree, size, 'png'), svgKey },
    ];
  });
  const cards = socialCards(m, site, organisation, orgPages).map((card): ImageJob => {
    const content = { ...card, site, ...(marker ? { marker } : {}) };
    const tree = cardTree(content);
    return { tree, size: CARD, format: 'png', file: ogImagePath(card.path), key: imageKey(tree, CARD, 'png'), parts: cardParts(content) };
  });
  return [...figures, ...cards];
}
