/**
 * Draws the site's images (PNGs, and the figures' SVGs) into the image cache, in a process the build
 * starts (src/site/og-integration.ts) so that they are drawn on another core while Astro syncs, bundles
 * and renders; the build then copies them from the cache into its output. The jobs (element trees, sizes,
 * formats) come from a JSON file the build writes, so this process loads no content and starts quickly.
 * It draws every `step`-th job from `first` on, so that parallel processes share the list.
 *
 * Runs on Node's own TypeScript type stripping (no tsx, which cost about 0.3 s of start-up a process): this
 * file and everything it imports use erasable syntax only and import relative files with their `.ts`.
 * Usage: `node src/og/prerender.ts <jobs.json> <first> <step>`.
 */
import { readFileSync } from 'node:fs';
import { setImmediate as turn } from 'node:timers/promises';
import { imageInCache, type ImageJob } from './render.ts';

const [file, first, step] = process.argv.slice(2);
const jobs = JSON.parse(readFileSync(file, 'utf8')) as ImageJob[];
const stride = Math.max(1, Math.trunc(Number(step)) || 1);
for (let i = Math.max(0, Math.trunc(Number(first)) || 0); i < jobs.length; i += stride) {
  const { key, tree, size, format, svgKey } = jobs[i];
  await imageInCache(key, tree, size, format, svgKey);
  // resvg frees an image's pixels (3 MB a card) in finalizers that Node runs only when the event loop
  // turns. Drawing is synchronous apart from promises, so without this turn nothing was freed until the
  // process exited (1.7 GB for 229 images); with it a process stays near 300 MB however many it draws.
  await turn();
}
