/**
 * Draws a batch of PNGs into the image cache, in a process the build starts (src/site/og-integration.ts)
 * so that the images are drawn on another core while Astro renders the pages; the endpoints then find
 * them in the cache. The jobs (element trees and sizes) come from a JSON file the build writes, so this
 * process loads no content and starts quickly.
 *
 * One process per batch, because resvg keeps every pixel buffer it has drawn until its process ends (about
 * 3 MB per 1200×630 image): bounded batches keep memory bounded for forks with thousands of pages.
 * Usage: `node --import tsx src/og/prerender.ts <jobs.json> <from> <to>`; prints the number drawn.
 */
import { readFileSync } from 'node:fs';
import { cachedPng, type El } from './render';

const [file, from, to] = process.argv.slice(2);
const jobs = (JSON.parse(readFileSync(file, 'utf8')) as { tree: El; size: { width: number; height: number } }[]).slice(Number(from), Number(to));
for (const j of jobs) await cachedPng(j.tree, j.size, true);
process.stdout.write(`${jobs.length}\n`);
