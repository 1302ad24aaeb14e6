/**
 * Draws a batch of PNGs into the image cache, in a process the build starts (src/site/og-integration.ts)
 * so that the images are drawn on another core while Astro renders the pages; the endpoints then find
 * them in the cache. The jobs (element trees and sizes) come from a JSON file the build writes, so this
 * process loads no content and starts quickly.
 *
 * Runs on Node's own TypeScript type stripping (no tsx, which cost about 0.3 s of start-up a process): this
 * file and everything it imports use erasable syntax only and import relative files with their `.ts`.
 * Usage: `node src/og/prerender.ts <jobs.json> <from> <to>`; prints the number drawn.
 */
import { readFileSync } from 'node:fs';
import { setImmediate as turn } from 'node:timers/promises';
import { cachedPng, type El } from './render.ts';

const [file, from, to] = process.argv.slice(2);
const jobs = (JSON.parse(readFileSync(file, 'utf8')) as { tree: El; size: { width: number; height: number } }[]).slice(Number(from), Number(to));
for (const j of jobs) {
  await cachedPng(j.tree, j.size, true);
  // resvg frees an image's pixels (3 MB a card) in finalizers that Node runs only when the event loop
  // turns. Drawing is synchronous apart from promises, so without this turn nothing was freed until the
  // process exited (1.7 GB for 229 images); with it a process stays near 300 MB however many it draws.
  await turn();
}
process.stdout.write(`${jobs.length}\n`);
