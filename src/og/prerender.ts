/**
 * Draws the site's images (PNGs, and the figures' SVGs) in a process the build starts first thing
 * (astro.config.mjs, src/site/og-integration.ts), on another core while Astro syncs, bundles and renders,
 * and writes each straight to its file in the output folder.
 *
 * The build talks to it over Node's IPC channel:
 * - first `{ jobs, first, step, cache }`: what to draw, every `step`-th job from `first` on (so that
 *   parallel processes share the list). With `cache`, each image also goes to the image cache, and one
 *   already there is read instead of drawn; without, nothing is written but the output.
 * - then `{ out }`, once the output folder is ready: each image is written there as soon as it is
 *   drawn; those drawn before wait in memory (about 30 KB a card).
 * The process may start before the jobs are known; it then draws a sample card while it waits, to warm up.
 * When it has written all its images it answers `{ written }`, the files it wrote, and exits; it exits at
 * once if the build goes away. A file it did not report (the process failed) the build draws itself.
 *
 * Writing once, to the output, matters on file systems where creating a file is slow right after many were
 * deleted (ext4 without a journal, as on the machines this project builds on, skips recently freed inodes
 * one by one): a clean build used to create every image twice, in a temporary cache and then in the output.
 *
 * Runs on Node's own TypeScript type stripping (no tsx, which cost about 0.3 s of start-up a process): this
 * file and everything it imports use erasable syntax only and import relative files with their `.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setImmediate as turn } from 'node:timers/promises';
import { CARD, cardParts, drawCard, jobDrawer, type ImageJob } from './render.ts';

/** What the build asks of one drawing process. */
export interface DrawRequest {
  jobs: ImageJob[];
  first: number;
  step: number;
  cache: boolean;
}
type Message = DrawRequest | { out: string };

const request = Promise.withResolvers<DrawRequest>();
const output = Promise.withResolvers<string>();
process.on('message', (m: Message) => ('out' in m ? output.resolve(m.out) : request.resolve(m)));
// The build has finished or failed: there is nothing left to write for.
process.on('disconnect', () => process.exit(0));

const drawn: { file: string; bytes: Buffer }[] = [];
const written: string[] = [];
const folders = new Set<string>();
let out: string | undefined;
void output.promise.then((o) => (out = o));
/** Writes every image drawn so far to the output folder, once it is known. */
function flush() {
  if (out === undefined) return;
  for (const { file, bytes } of drawn.splice(0)) {
    const target = join(out, file);
    const folder = dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(target, bytes);
    written.push(file);
  }
}

// Started before its jobs are known (astro.config.mjs does so), the process warms up while it waits: the
// first image costs several times a later one (fonts parsed, code compiled), and the core is idle now.
let received = false;
void request.promise.then(() => (received = true));
await turn();
if (!received) await drawCard(cardParts({ name: 'Warm-up', kind: 'Stage', band: { label: 'Layer', fill: '#1d4ed8', text: '#ffffff' }, site: 'Site' }), CARD);

const { jobs, first, step, cache } = await request.promise;
const draw = jobDrawer(cache);
for (let i = first; i < jobs.length; i += step) {
  drawn.push({ file: jobs[i].file, bytes: await draw(jobs[i]) });
  flush();
  // resvg frees an image's pixels (3 MB a card) in finalizers that Node runs only when the event loop
  // turns. Drawing is synchronous apart from promises, so without this turn nothing was freed until the
  // process exited (1.7 GB for 229 images); with it a process stays near 300 MB however many it draws.
  // The turn also delivers the build's `{ out }` message.
  await turn();
}
await output.promise;
flush();
await new Promise<void>((resolve) => process.send!({ written }, undefined, {}, () => resolve()));
process.exit(0);
