/**
 * Draws every social card and figure PNG of the site into the image cache, in a separate process that
 * the build starts first (src/site/og-integration.ts): on a machine with more than one core, the images
 * are drawn while Astro renders the pages, and the endpoints then find them in the cache.
 * Run as `node --import tsx src/og/prerender.ts`; reads the same environment as the build.
 */
import { activeOverlay, loadModel } from '../model/index';
import { socialCards } from '../site/cards';
import { siteConfig } from '../site/config';
import { figurePng } from '../site/figure-files';
import { FIGURES, type FigureName } from '../site/figures';
import { renderCard } from './render';

const m = loadModel();
const title = siteConfig().title;
const cards = socialCards(m, title, activeOverlay(m)?.organisation.data.name);
for (const card of cards) await renderCard({ ...card, site: title }, { cache: true });
for (const name of Object.keys(FIGURES) as FigureName[]) await figurePng(m, name, title, true);
process.stdout.write(`${cards.length + Object.keys(FIGURES).length}\n`);
