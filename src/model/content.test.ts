/** One test case per shipped file: it parses, matches its schema and breaks no rule. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { countsOf, EXPECTED_COUNTS } from '../rules/expected-counts.ts';
import { formatIssue } from './issues.ts';
import { validateContent } from './load.ts';
import { DEFAULT_CONTENT_ROOT } from './overlay-source.ts';

const { model, issues } = validateContent();

describe.each(Object.keys(COLLECTIONS) as CollectionName[])('content/%s', (name) => {
  const files = readdirSync(join(DEFAULT_CONTENT_ROOT, name)).filter((f) => f !== 'README.md');
  it('has entries', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('%s validates', (f) => {
    const file = `content/${name}/${f}`;
    expect(issues.filter((i) => i.file === file).map(formatIssue)).toEqual([]);
    expect(model.byId[name].has(f.replace(/\.(mdx|yaml)$/, ''))).toBe(true);
  });
});

describe('the model as a whole', () => {
  it('has the sizes the paper fixes', () => {
    expect(countsOf(model)).toEqual(EXPECTED_COUNTS);
  });
  it('has 4 subsumed, 6 omitted and 3 emerging additional stages', () => {
    const by = (n: string) => model.stages.filter((s) => s.data.novelty === n).map((s) => s.id);
    expect(by('subsumed')).toEqual(['1.4', '1.5', '2.4', '2.5']);
    expect(by('omitted')).toEqual(['1.6', '2.8', '2.9', '3.4', '3.5', '4.12']);
    expect(by('emerging')).toEqual(['4.9', '4.10', '4.11']);
  });
  it('orders stages along the pipeline (4.9 before 4.10)', () => {
    expect(model.stages.map((s) => s.id).slice(-4)).toEqual(['4.9', '4.10', '4.11', '4.12']);
  });
  it('cites every provision from Table 3 or a handoff, including Art. 47 and Annex IV', () => {
    const handoffProvisions = model.handoffs.flatMap((h) => h.data.evidence.flatMap((e) => e.provisions));
    expect(handoffProvisions).toEqual(expect.arrayContaining(['eu-art-47', 'eu-annex-iv']));
  });
  it('reports no issue for files outside the collections', () => {
    expect(issues.filter((i) => !i.file.startsWith('content/')).map(formatIssue)).toEqual([]);
  });
});
