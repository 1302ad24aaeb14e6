import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD, cardTree, imageKey, type El, type ImageJob } from '../og/render.ts';
import { startPrerendering, writeImages } from './og-integration.ts';

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

describe('image prerendering', () => {
  it('draws every job in a background process (Node strips the types itself)', async () => {
    const jobs = ['One', 'Two', 'Three'].map(card);
    const { said, logger: l } = logger();
    await startPrerendering(jobs, temp(), l);
    for (const j of jobs) expect(existsSync(join(process.env.OG_CACHE_DIR!, `${imageKey(j.tree, j.size)}.png`))).toBe(true);
    expect(said.warn).toEqual([]);
    expect(said.info.join()).toMatch(/3 images drawn/);
  }, 30_000);

  it('says so when a process fails, and the build draws the rest after the pages', async () => {
    // An image without a source: Satori throws, and the process drawing it exits with an error.
    const broken = job({ type: 'div', props: { style: { display: 'flex' }, children: [{ type: 'img', props: { style: {} } }] } } as El, 'png', 'og/broken.png');
    const { said, logger: l } = logger();
    const rest = card('Never drawn');
    await startPrerendering([broken, rest], temp(), l);
    expect(said.warn.join()).toMatch(/image prerendering stopped .*the remaining images are drawn after the pages/s);
    const out = temp();
    expect(await writeImages([rest], out)).toBe(1);
    expect(existsSync(join(out, 'og', 'Never drawn.png'))).toBe(true);
  }, 30_000);

  it('writes every image to its file in the output, drawing there any the cache lacks', async () => {
    const svg = job(card('Figure').tree, 'svg', 'figures/figure.svg');
    const jobs = [card('Written'), svg];
    const out = temp();
    process.env.OG_CACHE_DIR = temp(); // empty: as if the drawing process had failed
    expect(await writeImages(jobs, out)).toBe(2);
    expect(readFileSync(join(out, 'og', 'Written.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(join(out, 'figures', 'figure.svg'), 'utf8')).toMatch(/^<svg /);
    // Now in the cache: copied, not drawn again.
    expect(await writeImages(jobs, temp())).toBe(0);
  }, 30_000);
});
