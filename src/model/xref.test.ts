import { afterAll, describe, expect, it } from 'vitest';
import { cleanFixtures, fixture } from '../test/fixture.ts';
import { statisticsExport } from './export.ts';
import { loadModel } from './load.ts';
import { incidentKindCounts } from './xref.ts';

afterAll(cleanFixtures);
const m = loadModel();

describe('incident kinds', () => {
  it('count every incident entry once, in the order incident, disclosure, demonstration', () => {
    const counts = incidentKindCounts(m);
    expect(counts.map((k) => k.kind)).toEqual(['incident', 'disclosure', 'demonstration']);
    expect(counts.reduce((n, k) => n + k.count, 0)).toBe(m.incidents.length);
  });
  it('class vulnerability disclosures with no reported exploitation as disclosures, not incidents in the wild', () => {
    for (const id of ['mlflow-cve-2023-1177', 'ollama-probllama', 'ollama-bleeding-llama', 'hf-inference-takeover-risk'])
      expect(m.byId.incidents.get(id)!.data.kind).toBe('disclosure');
  });
  it('follow the data: reclassifying one entry moves it between the counts and the statistics export', () => {
    const m2 = loadModel(fixture({ file: 'incidents/ollama-probllama.mdx', replace: /^kind: disclosure$/m, with: 'kind: incident' }));
    const before = Object.fromEntries(incidentKindCounts(m).map((k) => [k.kind, k.count]));
    const after = statisticsExport(m2).incidentKinds;
    expect(after).toEqual({ ...before, incident: before.incident + 1, disclosure: before.disclosure - 1 });
  });
});
