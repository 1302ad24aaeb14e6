import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD, cachedPng, cardTree, imageKey, imageInCache, PRERENDER_KEY, type Prerendering } from './render';

const previousCache = process.env.OG_CACHE_DIR;
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'llmsl-og-render-'));
  process.env.OG_CACHE_DIR = dir;
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>)[PRERENDER_KEY];
  if (previousCache === undefined) delete process.env.OG_CACHE_DIR;
  else process.env.OG_CACHE_DIR = previousCache;
  rmSync(dir, { recursive: true, force: true });
});

const tree = (name: string) => cardTree({ name, kind: 'Stage', band: { label: 'L1 Data layer', fill: '#0369a1', text: '#ffffff' }, site: 'Test' });

describe('the image cache during a build', () => {
  it('waits for the prerendering to draw the very image asked for, and takes it from the cache', async () => {
    const t = tree('Drawn elsewhere');
    const key = imageKey(t, CARD);
    const asked: string[] = [];
    let land = () => {};
    const pending: Prerendering = {
      done: new Promise(() => {}),
      drawn: (k) => {
        asked.push(k);
        return new Promise((resolve) => (land = resolve));
      },
    };
    (globalThis as Record<string, unknown>)[PRERENDER_KEY] = pending;
    const png = imageInCache(key, t, CARD);
    await new Promise((r) => setTimeout(r, 20));
    expect(asked).toEqual([key]);
    // The prerendering process writes the file, then reports it.
    writeFileSync(join(dir, `${key}.png`), 'drawn by the prerendering');
    land();
    expect(String(await png)).toBe('drawn by the prerendering');
  });

  it('draws the image itself when the prerendering ends without it', async () => {
    const t = tree('Never prerendered');
    (globalThis as Record<string, unknown>)[PRERENDER_KEY] = { done: Promise.resolve(), drawn: () => Promise.resolve() } satisfies Prerendering;
    const png = await imageInCache(imageKey(t, CARD), t, CARD);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
  });
});

describe('an image offered as SVG and PNG', () => {
  it('is rasterised from the cached SVG, to the same bytes as drawing it afresh', async () => {
    delete (globalThis as Record<string, unknown>)[PRERENDER_KEY];
    const t = tree('Offered twice');
    const svg = await imageInCache(imageKey(t, CARD, 'svg'), t, CARD, 'svg');
    expect(svg.toString('utf8')).toMatch(/^<svg /);
    const png = await imageInCache(imageKey(t, CARD, 'png'), t, CARD, 'png');
    expect(png.equals(await cachedPng(t, CARD, false))).toBe(true);
  });
});
