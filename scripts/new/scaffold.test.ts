import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/model/load.ts';
import { cleanFixtures, fixture } from '../../src/test/fixture.ts';
import { COLLECTIONS, ID_EXAMPLES, ID_PATTERNS, type CollectionName } from '../../src/schemas/index.ts';
import { scaffold, ScaffoldError } from './scaffold.ts';

afterAll(cleanFixtures);

/**
 * An unused ID per collection (typed so that a new collection needs one here too). A Table 3 row is named
 * by an existing category, so that test removes the row of G.9 first.
 */
const NEW_IDS: Record<CollectionName, string> = {
  layers: 'L5',
  stages: '2.10',
  llmops: 'L.13',
  categories: 'G.10',
  provisions: 'nist600-gv-9-9',
  table3: 'G.9',
  handoffs: 'H4',
  actors: 'model-vendor',
  tiers: 'T4',
  frameworks: 'owasp-aivss',
  incidents: 'new-incident',
  references: 'example2026',
  claims: 'new-claim',
  identifiers: 'new-list',
  phases: 'sdlc-8-new-phase',
  schedules: 'new-schedule',
  amendments: 'new-amendment',
  actions: 'GV-1.1-999',
};

/** Stands in for the author: a value of the right form for each field the template left empty. */
function fill(field: string): string {
  if (/(^|\.)key$|answers\[\d+\]$|threats\[\d+\]$/.test(field)) return 'filled-key';
  if (/sources\[\d+\]$|^source$|^reference$/.test(field)) return 'wang2024rlhfpoison';
  if (/^risks\[\d+\]$/.test(field)) return 'nist600-confabulation';
  if (/(^|\.)(sortDate|date|checked|from|to)$/.test(field)) return '2026-01-01';
  if (/(^|\.)id$/.test(field)) return 'filled-key';
  return 'Filled in.';
}

const SHAPE_RULES = new Set(['parse', 'schema', 'id-pattern', 'unexpected-file', 'dangling-reference']);

describe.each(Object.keys(COLLECTIONS) as CollectionName[])('npm run new %s', (collection) => {
  const root = collection === 'table3' ? fixture({ file: 'table3/G.9.yaml', remove: true }) : fixture();
  const before = validateContent(root).issues;
  const id = NEW_IDS[collection];
  const s = scaffold(root, collection, id);
  const path = join(root, '..', s.file);
  const text = readFileSync(path, 'utf8');

  it(`writes content/${collection}/<id>.${COLLECTIONS[collection].format} in the collection's format`, () => {
    expect(s.file).toBe(`content/${collection}/${id}.${COLLECTIONS[collection].format}`);
    const yaml = COLLECTIONS[collection].format === 'mdx' ? /^---\n([\s\S]*?)\n---\n/.exec(text)![1] : text;
    expect(typeof parse(yaml)).toBe('object');
  });

  it('leaves fields for the author, and validation reports exactly those fields as new issues', () => {
    expect(s.empty.length).toBeGreaterThan(0);
    const issues = validateContent(root).issues;
    expect(issues.filter((i) => i.file !== s.file)).toEqual(before);
    const added = issues.filter((i) => i.file === s.file);
    expect(added.every((i) => i.rule === 'schema')).toBe(true);
    expect(added.map((i) => i.field).sort()).toEqual([...s.empty].sort());
  });

  it('once those fields are filled, passes shape validation and names only existing entries', () => {
    let filled = text;
    for (const field of s.empty) filled = filled.replace('""', JSON.stringify(fill(field)));
    const again = fixture({ file: `${collection}/${id}.${COLLECTIONS[collection].format}`, write: filled });
    const issues = validateContent(again).issues.filter((i) => i.file === s.file && SHAPE_RULES.has(i.rule));
    expect(issues).toEqual([]);
  });
});

describe('npm run new refuses', () => {
  const root = fixture();
  it('an unknown collection, listing the valid ones', () => {
    expect(() => scaffold(root, 'stage', '2.10')).toThrow(ScaffoldError);
    expect(() => scaffold(root, 'stage', '2.10')).toThrow(/Expected one of: layers, stages, .*identifiers, phases, schedules, amendments, actions\./);
  });
  it("an ID that does not match the collection's pattern, showing an example", () => {
    expect(() => scaffold(root, 'stages', '2.x')).toThrow(/"2\.x" is not a stage ID: .*such as "2\.4"/);
  });
  it('an ID whose file exists', () => {
    expect(() => scaffold(root, 'stages', '2.4')).toThrow('content/stages/2.4.mdx already exists');
  });
  it('and every example it shows is a valid ID', () => {
    for (const c of Object.keys(COLLECTIONS) as CollectionName[]) expect(ID_EXAMPLES[c]).toMatch(ID_PATTERNS[c]);
  });
});
