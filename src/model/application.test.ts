/**
 * Application dates are derived from the schedule (content/schedules/) and its amendments
 * (content/amendments/): every scope shows the date in force with its history, and an amendment is one
 * new file that moves every provision in the scopes it names.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cleanFixtures, fixture } from '../test/fixture.ts';
import { applicationOf, formatDay, scheduleOf } from './application.ts';
import { loadModel, validateContent } from './load.ts';

afterAll(cleanFixtures);
const m = loadModel();
const eu = scheduleOf(m, 'eu-ai-act')!;

/**
 * The dates in force on 6 Dec 2026 (../shared/reference/facts.md §2: Art. 113, Art. 111(3), Art. 57(1) as
 * adopted; the Digital Omnibus on AI as adopted in June 2026), with the original date where it moved.
 * Every scope of the schedule must have a row, so a new scope cannot go untested.
 */
const EXPECTED: Record<string, { date: string; was?: string }> = {
  'general-provisions': { date: '2025-02-02' },
  'prohibited-practices': { date: '2025-02-02' },
  'notified-bodies': { date: '2025-08-02' },
  gpai: { date: '2025-08-02' },
  'gpai-models-already-on-market': { date: '2027-08-02' },
  governance: { date: '2025-08-02' },
  penalties: { date: '2025-08-02' },
  'gpai-fines': { date: '2026-08-02' },
  general: { date: '2026-08-02' },
  'annex-iii-high-risk': { date: '2027-12-02', was: '2026-08-02' },
  'annex-i-high-risk': { date: '2028-08-02', was: '2027-08-02' },
  transparency: { date: '2026-08-02' },
  sandboxes: { date: '2027-08-02', was: '2026-08-02' },
  'prohibited-intimate-imagery': { date: '2026-12-02' },
  'transparency-marking-legacy': { date: '2026-12-02' },
};

describe('the EU AI Act schedule as amended', () => {
  it('has a tested date for every scope, and no test row for a scope it lacks', () => {
    expect(eu.scopes.map((s) => s.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
  it.each(Object.entries(EXPECTED))('%s: date in force and history', (id, want) => {
    const s = eu.scopes.find((x) => x.id === id)!;
    expect(s.date).toBe(want.date);
    expect(s.history.at(-1)!.date).toBe(want.date);
    if (want.was) {
      expect(s.history.map((h) => h.date)).toEqual([want.was, want.date]);
      expect(s.history[0].amendment).toBeUndefined();
      expect(s.history[1].amendment?.data.name).toBe('Digital Omnibus on AI');
      expect(s.checked).toBe('2026-12-06');
    } else {
      expect(s.history).toHaveLength(1);
    }
  });
  it('marks scopes the amendment added as such, with no original date', () => {
    const added = eu.scopes.filter((s) => s.history[0].amendment);
    expect(added.map((s) => s.id).sort()).toEqual(['prohibited-intimate-imagery', 'transparency-marking-legacy']);
  });
  it('is used by every scope some provision needs, and each EU provision gets one date per scope it names', () => {
    for (const p of m.provisions.filter((x) => x.data.framework === 'eu-ai-act')) {
      const dates = applicationOf(m, p);
      expect(dates.map((d) => d.id)).toEqual(p.data.scopes);
    }
    expect(applicationOf(m, m.byId.provisions.get('nist-map-1')!)).toEqual([]);
  });
  it('gives Annex III and Annex I high-risk obligations different dates (Art. 72, Art. 73)', () => {
    for (const id of ['eu-art-72', 'eu-art-73'])
      expect(applicationOf(m, m.byId.provisions.get(id)!).map((d) => formatDay(d.date))).toEqual(['2 Dec 2027', '2 Aug 2028']);
  });
  it('dates Art. 27 only for Annex III systems', () => {
    expect(applicationOf(m, m.byId.provisions.get('eu-art-27')!).map((d) => d.id)).toEqual(['annex-iii-high-risk']);
  });
});

describe('the next amendment is one data change', () => {
  const next = `name: 'A later amendment'
amends: eu-ai-act
adopted:
  - { by: 'Council of the European Union', date: 2027-03-01 }
checkStatus: official-text
officialAct: 'Regulation (EU) 2027/1'
checked: 2027-03-02
sources: [eu-ai-act-2024]
changes:
  - { scope: annex-iii-high-risk, from: 2027-12-02, to: 2028-02-02, what: 'Moved again.' }
`;
  it('moves every provision in the scope, keeping the whole history', () => {
    const m2 = loadModel(fixture({ file: 'amendments/zz-later.yaml', write: next }));
    const d = applicationOf(m2, m2.byId.provisions.get('eu-art-9')!).find((s) => s.id === 'annex-iii-high-risk')!;
    expect(d.date).toBe('2028-02-02');
    expect(d.history.map((h) => h.date)).toEqual(['2026-08-02', '2027-12-02', '2028-02-02']);
    expect(d.checked).toBe('2027-03-02');
    expect(applicationOf(m2, m2.byId.provisions.get('eu-art-27')!)[0].date).toBe('2028-02-02');
  });
  it('applies amendments in adoption order, whatever their file names', () => {
    const m2 = loadModel(fixture({ file: 'amendments/aa-later.yaml', write: next }));
    expect(scheduleOf(m2, 'eu-ai-act')!.scopes.find((s) => s.id === 'annex-iii-high-risk')!.date).toBe('2028-02-02');
  });
  it('is rejected when it moves a scope from a date that is not the one in force', () => {
    const { issues } = validateContent(fixture({ file: 'amendments/zz-later.yaml', write: next.replace('from: 2027-12-02', 'from: 2026-08-02') }));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/amendments/zz-later.yaml', field: 'changes[0].from', rule: 'amendment-fits-schedule', message: expect.stringContaining('expected 2027-12-02') }));
  });
  it('is rejected when it moves a scope the schedule lacks, or adds one it has', () => {
    const bad = next.replace('scope: annex-iii-high-risk', 'scope: annex-ix') + `adds:\n  - { id: gpai, label: 'Again', covers: 'Again', date: 2028-01-01, basis: 'Art. 1' }\n`;
    const { issues } = validateContent(fixture({ file: 'amendments/zz-later.yaml', write: bad }));
    expect(issues).toContainEqual(expect.objectContaining({ field: 'changes[0].scope', rule: 'amendment-fits-schedule' }));
    expect(issues).toContainEqual(expect.objectContaining({ field: 'adds[0].id', rule: 'amendment-fits-schedule' }));
  });
});

describe('provision scopes', () => {
  it('are required on an EU provision, so no EU page lacks a derived date', () => {
    const { issues } = validateContent(fixture({ file: 'provisions/eu-art-74.mdx', replace: /^scopes: .*\n/m, with: '' }));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/provisions/eu-art-74.mdx', field: 'scopes', rule: 'provision-names-its-scopes' }));
  });
  it('must be scopes of the schedule', () => {
    const { issues } = validateContent(fixture({ file: 'provisions/eu-art-74.mdx', replace: /^scopes: .*$/m, with: 'scopes: [annex-ix]' }));
    expect(issues).toContainEqual(expect.objectContaining({ field: 'scopes[0]', rule: 'provision-names-its-scopes', message: expect.stringContaining('found "annex-ix"') }));
  });
  it('are refused on a voluntary standard', () => {
    const { issues } = validateContent(fixture({ file: 'provisions/nist-map-1.mdx', replace: /^categories:/m, with: 'scopes: [general]\ncategories:' }));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/provisions/nist-map-1.mdx', field: 'scopes', rule: 'provision-names-its-scopes' }));
  });
});

describe('formatDay', () => {
  it('writes dates the way the site does', () => {
    expect(formatDay('2027-12-02')).toBe('2 Dec 2027');
    expect(formatDay('2025-02-02')).toBe('2 Feb 2025');
  });
});
