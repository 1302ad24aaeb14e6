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
