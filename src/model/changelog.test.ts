import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalJson, changelogMarkdown, diffModels, rawSnapshot, snapshotAsWritten, snapshotOf, type Snapshot } from './changelog.ts';
import { loadModel } from './load.ts';

const stage = (id: string, fields: Record<string, unknown> = {}) => ({ id, name: `Stage ${id}`, layer: 'L1', tags: ['a', 'b'], page: `stages/${id}/`, ...fields });

describe('diffModels', () => {
  it('finds nothing between a snapshot and itself', () => {
    const s = snapshotOf(loadModel());
    expect(diffModels(s, structuredClone(s))).toEqual([]);
  });

  it('reports added, removed and changed entries per collection, with the changed top-level fields', () => {
    const before: Snapshot = { stages: [stage('1.1'), stage('1.2'), stage('1.3')], layers: [{ id: 'L1', name: 'Data' }] };
    const after: Snapshot = { stages: [stage('1.1', { layer: 'L2', tags: ['a', 'c'] }), stage('1.2'), stage('1.4', { name: 'Sourcing' })], layers: [{ id: 'L1', name: 'Data' }] };
    expect(diffModels(before, after)).toEqual([{
      collection: 'stages',
      added: [{ id: '1.4', name: 'Sourcing' }],
      removed: [{ id: '1.3', name: 'Stage 1.3' }],
      renamed: [],
      changed: [{ id: '1.1', name: 'Stage 1.1', fields: ['layer', 'tags'] }],
    }]);
  });

  it('compares nested values deeply and ignores the order of object keys', () => {
    const before: Snapshot = { stages: [stage('1.1', { guidance: { threats: [{ key: 'x', how: 'one' }], ifSkipped: 'a' } })] };
    const sameReordered: Snapshot = { stages: [stage('1.1', { guidance: { ifSkipped: 'a', threats: [{ how: 'one', key: 'x' }] } })] };
    const deeper: Snapshot = { stages: [stage('1.1', { guidance: { ifSkipped: 'a', threats: [{ how: 'two', key: 'x' }] } })] };
    expect(diffModels(before, sameReordered)).toEqual([]);
    expect(diffModels(before, deeper)[0].changed).toEqual([{ id: '1.1', name: 'Stage 1.1', fields: ['guidance'] }]);
  });

  it('reports an entry equal in all fields but its ID (and page) as a rename', () => {
    const before: Snapshot = { incidents: [{ id: 'old-id', summary: 's', page: 'incidents/old-id/' }] };
    const after: Snapshot = { incidents: [{ id: 'new-id', summary: 's', page: 'incidents/new-id/' }] };
    expect(diffModels(before, after)).toEqual([{ collection: 'incidents', added: [], removed: [], renamed: [{ from: 'old-id', to: 'new-id', fields: [] }], changed: [] }]);
  });

  it('reports an entry that kept its name under a new ID as a rename, with what else changed', () => {
    const before: Snapshot = { stages: [stage('2.4', { summary: 'old' })] };
    const after: Snapshot = { stages: [stage('2.5', { name: 'Stage 2.4', summary: 'new' })] };
    expect(diffModels(before, after)[0].renamed).toEqual([{ from: '2.4', to: '2.5', name: 'Stage 2.4', fields: ['summary'] }]);
  });

  it('does not pair entries that differ and have different names', () => {
    const d = diffModels({ stages: [stage('1.1', { summary: 'a' })] }, { stages: [stage('1.2', { summary: 'b' })] })[0];
    expect([d.added.map((e) => e.id), d.removed.map((e) => e.id), d.renamed]).toEqual([['1.2'], ['1.1'], []]);
  });

  it('treats a collection missing on one side as all added or all removed', () => {
    const d = diffModels({}, { actors: [{ id: 'insider', name: 'Insiders' }] });
    expect(d).toEqual([{ collection: 'actors', added: [{ id: 'insider', name: 'Insiders' }], removed: [], renamed: [], changed: [] }]);
  });

  it('lists collections in export order', () => {
    const one = (id: string) => [{ id }];
    expect(diffModels({}, { claims: one('c'), stages: one('s'), layers: one('L1') }).map((d) => d.collection)).toEqual(['layers', 'stages', 'claims']);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: undefined }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"f":2}]},"b":1}');
  });
});

describe('changelogMarkdown', () => {
  it('writes one section per changed collection, naming entries and fields', () => {
    const md = changelogMarkdown(diffModels({ stages: [stage('1.1')] }, { stages: [stage('1.1', { layer: 'L2' }), stage('1.2')] }), 'v1', 'v2');
    expect(md).toBe('# Changes from v1 to v2\n\n## stages\n\n- Added `1.2` Stage 1.2\n- Changed `1.1` Stage 1.1: layer\n');
  });
  it('says so when nothing changed', () => {
    expect(changelogMarkdown([], 'v1', 'v2')).toContain('No differences');
  });
});

describe('rawSnapshot', () => {
  const folder = (files: Record<string, string>) => {
    const root = mkdtempSync(join(tmpdir(), 'llmsl-snapshot-'));
    mkdirSync(join(root, 'stages'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'stages', name), text);
    return root;
  };
  const current = readFileSync(join(process.cwd(), 'content', 'stages', '2.4.mdx'), 'utf8');

  it('skips the authors\' README and reads entries as written', () => {
    const snap = rawSnapshot(folder({ '2.4.mdx': current, 'README.md': '# Stages\n' }));
    expect(snap.stages.map((e) => e.id)).toEqual(['2.4']);
    expect(snap.stages[0].body).toContain(':cite[');
  });

  it('reads a release that kept bodies in .mdx with <Cite /> as the same entry, unchanged', () => {
    const legacy = current.replace(/:cite\[([a-z0-9-]+)\]/g, '<Cite id="$1" />');
    expect(legacy).not.toBe(current);
    const before = rawSnapshot(folder({ '2.4.mdx': legacy }));
    const after = rawSnapshot(folder({ '2.4.mdx': current }));
    expect(diffModels(before, after)).toEqual([]);
  });

  it('reads a release that kept bodies in Markdown .md files as the same entry, unchanged, and still sees a real change', () => {
    const markdown = rawSnapshot(folder({ '2.4.md': current }));
    expect(markdown.stages.map((e) => e.id)).toEqual(['2.4']);
    expect(diffModels(markdown, rawSnapshot(folder({ '2.4.mdx': current })))).toEqual([]);
    const edited = rawSnapshot(folder({ '2.4.mdx': current.replace(/\n$/, '\n\nOne more sentence.\n') }));
    expect(JSON.stringify(diffModels(markdown, edited))).toContain('body');
  });

  it('of the content folder equals the snapshot of the model loaded from it, which needs no second read', () => {
    expect(snapshotAsWritten(loadModel())).toEqual(rawSnapshot(join(process.cwd(), 'content')));
  });
});
