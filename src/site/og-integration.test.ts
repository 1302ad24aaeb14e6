import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD, cachedPng, cardTree, imageKey, type El, type ImageJob } from '../og/render.ts';
import { completeImages, spawnDrawingProcesses, startDrawing } from './og-integration.ts';

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'llmsl-og-test-'));
  dirs.push(d);
  return d;
};
const previousCache = process.env.OG_CACHE_DIR;
beforeAll(() => {
  // The drawing processes inherit this, so they draw into a folder of the test's own.
  process.env.OG_CACHE_DIR = temp();
});
afterAll(() => {
  if (previousCache === undefined) delete process.env.OG_CACHE_DIR;
  else process.env.OG_CACHE_DIR = previousCache;
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const logger = () => {
  const said: { info: string[]; warn: string[] } = { info: [], warn: [] };
  return { said, logger: { info: (m: string) => said.info.push(m), warn: (m: string) => said.warn.push(m) } as unknown as AstroIntegrationLogger };
};
const job = (tree: El, format: 'png' | 'svg', file: string): ImageJob => ({ tree, size: CARD, format, file, key: imageKey(tree, CARD, format) });
const card = (name: string) => job(cardTree({ name, kind: 'Stage', band: { label: 'L2 Model layer', fill: '#7c3aed', text: '#ffffff' }, site: 'Test' }), 'png', `og/${name}.png`);

/** An image without a source: Satori throws, and the process drawing it exits with an error. */
const broken = { type: 'div', props: { style: { display: 'flex' }, children: [{ type: 'img', props: { style: {} } }] } } as El;

describe('image prerendering', () => {
  it('draws every job in a background process (Node strips the types itself) and writes it to the output once told where', async () => {
    const jobs = ['One', 'Two', 'Three'].map(card);
    const { said, logger: l } = logger();
    const drawing = startDrawing(jobs, true, l);
    const out = temp();
    drawing.output(out);
    drawing.output(temp()); // only the first output folder counts
    expect([...(await drawing.ended)].sort()).toEqual(jobs.map((j) => j.file).sort());
    for (const j of jobs) {
      expect(readFileSync(join(out, j.file)).subarray(1, 4).toString()).toBe('PNG');
      expect(existsSync(join(process.env.OG_CACHE_DIR!, `${j.key}.png`))).toBe(true);
    }
    expect(said.warn).toEqual([]);
    expect(said.info.join()).toMatch(/3 images drawn/);
  }, 30_000);

  it('processes started before the jobs are known (astro.config.mjs does so) draw them once given', async () => {
    const processes = spawnDrawingProcesses(1);
    await new Promise((r) => setTimeout(r, 500)); // long enough for the process to load and start warming up
    const jobs = ['Early'].map(card);
    const drawing = startDrawing(jobs, false, logger().logger, processes);
    const out = temp();
    drawing.output(out);
    await drawing.ended;
    expect(await processes[0].ended).toBeUndefined();
    expect(readFileSync(join(out, jobs[0].file)).equals(await cachedPng(jobs[0].tree, CARD, false))).toBe(true);
  }, 30_000);

  it('without the cache, writes only the output, and rasterises a figure PNG from the SVG it drew', async () => {
    process.env.OG_CACHE_DIR = temp();
    const tree = card('Figure').tree;
    const svg = job(tree, 'svg', 'figures/figure.svg');
    // A tree Satori cannot lay out: the PNG comes out right only if it is rasterised from the SVG.
    const png: ImageJob = { ...job(broken, 'png', 'figures/figure.png'), svgKey: svg.key };
    const drawing = startDrawing([svg, png], false, logger().logger);
    const out = temp();
    drawing.output(out);
    await drawing.ended;
    expect(readFileSync(join(out, 'figures', 'figure.svg'), 'utf8')).toMatch(/^<svg /);
    expect(readFileSync(join(out, 'figures', 'figure.png')).equals(await cachedPng(tree, CARD, false))).toBe(true);
    expect(readdirSync(process.env.OG_CACHE_DIR)).toEqual([]);
  }, 30_000);

  it('says so when a process fails, and the build draws the missing images after the pages', async () => {
    const { said, logger: l } = logger();
    const rest = card('Never drawn');
    const drawing = startDrawing([job(broken, 'png', 'og/broken.png'), rest], true, l);
    const out = temp();
    drawing.output(out);
    const written = await drawing.ended;
    expect(said.warn.join()).toMatch(/image prerendering stopped .*the remaining images are drawn after the pages/s);
    expect(written.has(rest.file)).toBe(false);
    expect(existsSync(join(out, 'og', 'Never drawn.png'))).toBe(false);
    expect(await completeImages([rest], out, true, written)).toBe(1);
    expect(existsSync(join(out, 'og', 'Never drawn.png'))).toBe(true);
  }, 30_000);

  it('draws after the pages what no process wrote, even over a file an earlier build left, through the cache unless it is off', async () => {
    const svg = job(card('Figure').tree, 'svg', 'figures/figure.svg');
    const jobs = [card('Written'), svg];
    const out = temp();
    mkdirSync(join(out, 'og'));
    writeFileSync(join(out, 'og', 'Written.png'), 'an earlier build');
    process.env.OG_CACHE_DIR = temp();
    expect(await completeImages(jobs, out, false, new Set())).toBe(2);
    expect(readFileSync(join(out, 'og', 'Written.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(join(out, 'figures', 'figure.svg'), 'utf8')).toMatch(/^<svg /);
    expect(readdirSync(process.env.OG_CACHE_DIR)).toEqual([]);
    expect(await completeImages(jobs, out, true, new Set(jobs.map((j) => j.file)))).toBe(0);
    expect(await completeImages(jobs, temp(), true, new Set([svg.file]))).toBe(1);
    expect(readdirSync(process.env.OG_CACHE_DIR)).toHaveLength(1);
  }, 30_000);
});
