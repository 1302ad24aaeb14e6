import { afterAll, describe, expect, it } from 'vitest';
import { loadModel, pathOf, validateContent } from '../model/index.ts';
import { renderCard } from '../og/render.ts';
import { cleanFixtures, fixtureWithExtraStage } from '../test/fixture.ts';
import { ogImagePath, socialCards } from './cards.ts';

afterAll(cleanFixtures);

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

describe('social cards', () => {
  const m = loadModel();
  const cards = socialCards(m, 'LLM Security Lifecycle');

  it('exist once for every entry page, index and home', () => {
    const paths = cards.map((c) => c.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const s of m.stages) expect(paths).toContain(pathOf(m, 'stages', s.id));
    for (const p of m.provisions) expect(paths).toContain(pathOf(m, 'provisions', p.id));
    for (const x of m.incidents) expect(paths).toContain(pathOf(m, 'incidents', x.id));
    expect(paths).toContain('');
    expect(paths).toContain('stages/');
  });

  it('name the unit and colour it by its layer', () => {
    const c = cards.find((x) => x.path === pathOf(m, 'stages', '2.4'))!;
    expect(c).toMatchObject({ id: '2.4', name: 'Alignment', title: '2.4 Alignment' });
    expect(c.band.label).toBe('L2 Model layer');
    const data = cards.find((x) => x.path === pathOf(m, 'stages', '1.1'))!;
    expect(data.band.fill).not.toBe(c.band.fill);
  });

  it('follow the data: a stage added to the content gets its card', () => {
    const fm = validateContent(fixtureWithExtraStage()).model;
    const added = socialCards(fm, 'X').find((x) => x.id === '2.10');
    expect(added).toMatchObject({ name: 'Fixture Stage', band: { label: 'L2 Model layer' } });
  });

  it('have image paths under og/', () => {
    expect(ogImagePath('')).toBe('og/index.png');
    expect(ogImagePath('stages/2-4-alignment/')).toBe('og/stages/2-4-alignment.png');
  });

  it('render as 1200×630 PNG, byte-identical for the same input', async () => {
    const c = { ...cards.find((x) => x.id === '2.8')!, site: 'LLM Security Lifecycle' };
    const [a, b] = [await renderCard(c, { cache: false }), await renderCard(c, { cache: false })];
    expect(pngSize(a)).toEqual({ width: 1200, height: 630 });
    expect(a.equals(b)).toBe(true);
    const other = await renderCard({ ...c, name: 'Something else' }, { cache: false });
    expect((await renderCard(c, { cache: true })).equals(a)).toBe(true);
    expect(other.equals(a)).toBe(false);
  });
});
