import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePng } from './png-decode.ts';
import { CARD, cachedFile, cachedPng, cardParts, cardTree, drawCard, h, drawImage, imageKey, imageInCache } from './render.ts';

const previousCache = process.env.OG_CACHE_DIR;
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'llmsl-og-render-'));
  process.env.OG_CACHE_DIR = dir;
});
afterAll(() => {
  if (previousCache === undefined) delete process.env.OG_CACHE_DIR;
  else process.env.OG_CACHE_DIR = previousCache;
  rmSync(dir, { recursive: true, force: true });
});

const tree = (name: string) => cardTree({ name, kind: 'Stage', band: { label: 'L1 Data layer', fill: '#0369a1', text: '#ffffff' }, site: 'Test' });

describe('the image cache', () => {
  it('draws an image it does not hold, keeps it under its key, and gives the same bytes back', async () => {
    const t = tree('Drawn once');
    const key = imageKey(t, CARD);
    expect(existsSync(cachedFile(key, 'png'))).toBe(false);
    const png = await imageInCache(key, t, CARD);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(existsSync(cachedFile(key, 'png'))).toBe(true);
    expect((await imageInCache(key, t, CARD)).equals(png)).toBe(true);
  });

  it('keys the same drawing apart by format', () => {
    const t = tree('Two formats');
    expect(imageKey(t, CARD, 'svg')).not.toBe(imageKey(t, CARD, 'png'));
    expect(imageKey(t, CARD)).toBe(imageKey(t, CARD, 'png'));
  });
});

describe('an image offered as SVG and PNG', () => {
  it('is rasterised from the cached SVG, to the same bytes as drawing it afresh', async () => {
    const t = tree('Offered twice');
    const svg = await imageInCache(imageKey(t, CARD, 'svg'), t, CARD, 'svg');
    expect(svg.toString('utf8')).toMatch(/^<svg /);
    const png = await imageInCache(imageKey(t, CARD, 'png'), t, CARD, 'png', imageKey(t, CARD, 'svg'));
    expect(png.equals(await cachedPng(t, CARD, false))).toBe(true);
  });
});

describe('a social card drawn from its parts', () => {
  const card = (id: string | undefined, name: string, kind = 'Stage', band = { label: 'L1 Data layer', fill: '#0369a1', text: '#ffffff' }) => ({ id, name, kind, band, site: 'LLM Security Lifecycle' });
  it.each([
    ['an ID and a short name', card('2.4', 'Alignment')],
    ['no ID', card(undefined, 'Cross-reference tables', 'Analysis', { label: 'LLM Security Lifecycle', fill: '#1e293b', text: '#f8fafc' })],
    ['a name on three lines', card('GOVERN 1.1', 'Legal and regulatory requirements involving AI are understood, managed and documented', 'Provision')],
    ['a name cut short', card('x', 'A very long name '.repeat(10), 'Incident')],
    ['the footer of an internal build', { ...card('2.4', 'Alignment'), marker: 'Internal · Example Corp (fictional)' }],
  ])('has the same pixels as the card drawn whole: %s', async (_, c) => {
    const [parts, whole] = [decodePng(await drawCard(cardParts(c), CARD)), decodePng(await drawImage(cardTree(c), CARD, 'png'))];
    expect(parts).toMatchObject({ width: CARD.width, height: CARD.height, colour: 2 });
    expect(parts.pixels.equals(whole.pixels)).toBe(true);
  });

  it('has the same pixels as the card drawn whole when its band colour is translucent', async () => {
    const c = card('2.4', 'Alignment', 'Stage', { label: 'L2', fill: 'rgba(3, 105, 161, 0.5)', text: '#ffffff' });
    const [parts, whole] = [decodePng(await drawCard(cardParts(c), CARD)), decodePng(await drawImage(cardTree(c), CARD, 'png'))];
    expect(parts.pixels.equals(whole.pixels)).toBe(true);
  });

  it('is drawn as one RGBA image when a strip is not opaque', async () => {
    const strip = (background: string) => h('div', { width: '100%', height: '100%', display: 'flex', background });
    const size = { width: 40, height: 30 };
    const png = decodePng(await drawCard({ band: strip('rgba(255, 0, 0, 0.5)'), middle: strip('#00ff00'), footer: strip('#0000ff'), heights: { band: 10, middle: 10, footer: 10 } }, size));
    expect(png).toMatchObject({ width: 40, height: 30, colour: 6 });
    const [r, g, b, alpha] = png.pixels.subarray(0, 4);
    expect([r, g, b]).toEqual([255, 0, 0]);
    expect(alpha).toBeGreaterThan(120);
    expect(alpha).toBeLessThan(136);
    expect([...png.pixels.subarray(40 * 15 * 4, 40 * 15 * 4 + 4)]).toEqual([0, 255, 0, 255]);
  });

  it('shares its band with cards of the same kind and band and its footer with every card, and the strips fill the card', () => {
    const a = cardParts(card('1.1', 'Data sourcing'));
    const b = cardParts(card('1.2', 'Data preprocessing'));
    const other = cardParts(card('1.1', 'Data sourcing', 'Stage card'));
    expect(b.band).toEqual(a.band);
    expect(b.middle).not.toEqual(a.middle);
    expect(other.band).not.toEqual(a.band);
    expect(other.footer).toEqual(a.footer);
    expect(a.heights.band + a.heights.middle + a.heights.footer).toBe(CARD.height);
  });
});
