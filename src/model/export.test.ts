import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { collectionExport, collectionJsonSchema, crossReferenceRows, EXPORT_COLLECTIONS, statisticsExport } from './export.ts';
import { loadModel } from './load.ts';

const m = loadModel();

describe('JSON exports', () => {
  it.each(EXPORT_COLLECTIONS)('%s validates against its generated JSON Schema', (name) => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(collectionJsonSchema(name));
    const data = JSON.parse(JSON.stringify(collectionExport(m, name)));
    expect(validate(data) ? [] : validate.errors).toEqual([]);
    expect(data).toHaveLength(m[name].length);
  });

  it('rejects an export that breaks the schema', () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile(collectionJsonSchema('stages'));
    const [first, ...rest] = collectionExport(m, 'stages');
    expect(validate([{ ...first, novelty: 'novel' }, ...rest])).toBe(false);
  });

  it("carries the computed figures, including the paper's asymmetry under convention B", () => {
    const s = statisticsExport(m);
    const b = s.asymmetry.find((a) => a.convention === 'B' && a.reading === 'paper')!;
    expect([b.total, b.upstream.total, b.upstream['decision-shaping'], b.downstream['evidence-producing']]).toEqual([33, 11, 10, 22]);
    expect(s.claims).toHaveLength(m.claims.length);
  });
});

describe('CSV exports', () => {
  it('list every stage-provision mapping once, with a header', () => {
    const rows = crossReferenceRows(m)['stage-provision'];
    expect(rows[0]).toEqual(['stage', 'provision', 'framework', 'reference', 'kind', 'rationale']);
    expect(rows.length - 1).toBe(m.provisions.reduce((n, p) => n + p.data.stages.length, 0));
  });
  it('quote fields holding commas and quotes', () => {
    expect(stringify([['a, "b"', 'c']])).toBe('"a, ""b""",c\n');
  });
});

describe('provision exports', () => {
  it('carry the application dates derived from the schedule and its amendments', () => {
    const art9 = collectionExport(m, 'provisions').find((p) => p.id === 'eu-art-9') as { application: { scope: string; date: string; history: { date: string; amendment?: string }[] }[] };
    const annexIII = art9.application.find((a) => a.scope === 'annex-iii-high-risk')!;
    expect(annexIII.date).toBe('2027-12-02');
    expect(annexIII.history.map((h) => [h.date, h.amendment])).toEqual([['2026-08-02', undefined], ['2027-12-02', 'eu-digital-omnibus-ai']]);
    expect(collectionExport(m, 'provisions').find((p) => p.id === 'nist-map-1')).not.toHaveProperty('application');
  });
});
