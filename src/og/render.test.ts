import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD, cachedFile, cachedPng, cardParts, cardTree, drawCard, drawImage, imageKey, imageInCache } from './render.ts';

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
  ])('is the same PNG as the card drawn whole: %s', async (_, c) => {
    expect((await drawCard(cardParts(c), CARD)).equals(await drawImage(cardTree(c), CARD, 'png'))).toBe(true);
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
