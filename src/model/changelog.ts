/**
 * What changed between two versions of the content, computed from their JSON exports (the shape of
 * `collectionExport` for every collection, i.e. what `/data/<collection>.json` serves). Pure: callers
 * obtain the two snapshots from a build, a file or a git ref.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '../schemas/index.ts';
import { collectionExport, EXPORT_COLLECTIONS } from './export.ts';
import { ALLOWED_NON_ENTRIES, parseFile } from './read.ts';
import type { Model } from './model.ts';

/** One exported entry: its ID and its fields. */
export type ExportedEntry = { id: string } & Record<string, unknown>;
/** Every collection of one version, keyed by collection name (`stages`, `provisions` …). */
export type Snapshot = Record<string, ExportedEntry[]>;

/** A short, human name for an entry in the changelog, where it has one. */
export interface EntryRef { id: string; name?: string }
export interface EntryChange extends EntryRef { fields: string[] }
/** An entry whose ID changed; `fields` lists what else changed (empty when only the ID did). */
export interface Rename { from: string; to: string; name?: string; fields: string[] }

export interface CollectionDiff {
  collection: string;
  added: EntryRef[];
  removed: EntryRef[];
  renamed: Rename[];
  changed: EntryChange[];
}

/** Collections with at least one difference, in the export order; an empty list means no difference. */
export type ModelDiff = CollectionDiff[];

/** Fields that follow from the ID (the page path carries it), so a rename is not reported as changing them. */
const DERIVED_FROM_ID = new Set(['id', 'page']);

/** Every collection of a model, as the site exports it. */
export const snapshotOf = (m: Model): Snapshot => Object.fromEntries(EXPORT_COLLECTIONS.map((c) => [c, collectionExport(m, c)])) as Snapshot;

/** JSON with object keys sorted and undefined members dropped: equal values give equal strings. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : canonicalJson(x))).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** Top-level fields whose values differ (deeply), in sorted order, leaving out the ones in `ignore`. */
export function changedFields(a: Record<string, unknown>, b: Record<string, unknown>, ignore: Set<string> = new Set(['id'])): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !ignore.has(k)).sort();
  return keys.filter((k) => canonicalJson(a[k]) !== canonicalJson(b[k]));
}

/** The entry's name, or its label for collections that have no name (provisions). */
function ref(e: ExportedEntry): EntryRef {
  const name = typeof e.name === 'string' ? e.name : typeof e.label === 'string' ? e.label : undefined;
  return name === undefined ? { id: e.id } : { id: e.id, name };
}

function diffCollection(collection: string, before: ExportedEntry[], after: ExportedEntry[]): CollectionDiff {
  const beforeIds = new Map(before.map((e) => [e.id, e]));
  const afterIds = new Map(after.map((e) => [e.id, e]));
  const changed = after.flatMap((e) => {
    const old = beforeIds.get(e.id);
    const fields = old ? changedFields(old, e) : [];
    return fields.length ? [{ ...ref(e), fields }] : [];
  });
  let removed = before.filter((e) => !afterIds.has(e.id));
  let added = after.filter((e) => !beforeIds.has(e.id));

  // Renames: first entries identical in every field but the ID, then entries keeping their name.
  const renamed: Rename[] = [];
  const pair = (same: (r: ExportedEntry, a: ExportedEntry) => boolean) => {
    for (const r of removed) {
      const a = added.find((x) => same(r, x));
      if (!a) continue;
      const { name } = ref(a);
      renamed.push({ from: r.id, to: a.id, ...(name === undefined ? {} : { name }), fields: changedFields(r, a, DERIVED_FROM_ID) });
      added = added.filter((x) => x !== a);
      removed = removed.filter((x) => x !== r);
    }
  };
  pair((r, a) => changedFields(r, a, DERIVED_FROM_ID).length === 0);
  pair((r, a) => typeof r.name === 'string' && r.name === a.name);
  return { collection, added: added.map(ref), removed: removed.map(ref), renamed, changed };
}

/** Collections in export order, then any others the snapshots hold, alphabetically. */
function collectionsOf(before: Snapshot, after: Snapshot): string[] {
  const known = EXPORT_COLLECTIONS as readonly string[];
  const extra = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((c) => !known.includes(c)).sort();
  return [...known.filter((c) => c in before || c in after), ...extra];
}

export function diffModels(before: Snapshot, after: Snapshot): ModelDiff {
  return collectionsOf(before, after)
    .map((c) => diffCollection(c, before[c] ?? [], after[c] ?? []))
    .filter((d) => d.added.length + d.removed.length + d.renamed.length + d.changed.length > 0);
}

const named = (e: { id: string; name?: string }) => `\`${e.id}\`${e.name ? ` ${e.name}` : ''}`;

/** The diff as Markdown, one section per collection that changed. */
export function changelogMarkdown(diff: ModelDiff, from: string, to: string): string {
  const out = [`# Changes from ${from} to ${to}`, ''];
  if (!diff.length) return [...out, 'No differences in the content.', ''].join('\n');
  for (const d of diff) {
    out.push(`## ${d.collection}`, '');
    for (const e of d.added) out.push(`- Added ${named(e)}`);
    for (const e of d.removed) out.push(`- Removed ${named(e)}`);
    for (const r of d.renamed) out.push(`- Renamed \`${r.from}\` to ${named({ id: r.to, name: r.name })}${r.fields.length ? `; also changed: ${r.fields.join(', ')}` : ''}`);
    for (const e of d.changed) out.push(`- Changed ${named(e)}: ${e.fields.join(', ')}`);
    out.push('');
  }
  return out.join('\n');
}

/**
 * Bodies changed format twice: releases up to 0.1.0 kept them in `.mdx` files citing with `<Cite id="key" />`,
 * later ones in Markdown `.md` files citing with `:cite[key]`, and bodies are MDX `.mdx` again today, citing
 * with `:cite[key]`. All three are read as today's bodies, so a changelog across either change shows changed
 * prose, not every entry.
 */
const LEGACY_MARKDOWN = '.md';
const oldCitations = (body: string) => body.replace(/<Cite id="([a-z0-9-]+)" *\/>/g, ':cite[$1]');

/** One entry as a snapshot holds it: its ID, its fields as written, and its prose when it has any. */
const asWritten = (id: string, fields: Record<string, unknown>, body: string): ExportedEntry => {
  const prose = body.trim();
  return { id, ...fields, ...(prose ? { body: prose } : {}) };
};

/**
 * Every collection of a content folder as written, without validating it against the current schemas:
 * what a changelog between releases compares, since older releases were valid under older schemas.
 * Fields are the file's own (no defaults filled in); the prose is `body`.
 */
export function rawSnapshot(root: string): Snapshot {
  const out: Snapshot = {};
  for (const c of EXPORT_COLLECTIONS) {
    const spec = COLLECTIONS[c];
    const dir = join(root, c);
    if (!existsSync(dir)) continue;
    const entries: ExportedEntry[] = [];
    for (const name of readdirSync(dir).sort()) {
      if (ALLOWED_NON_ENTRIES.has(name)) continue;
      const ext = [`.${spec.format}`, ...(spec.format === 'mdx' ? [LEGACY_MARKDOWN] : [])].find((e) => name.endsWith(e));
      if (!ext) continue;
      const parsed = parseFile(readFileSync(join(dir, name), 'utf8'), spec.format, `${c}/${name}`, []);
      if (!parsed || parsed.data === null || typeof parsed.data !== 'object') continue;
      entries.push(asWritten(name.slice(0, -ext.length), parsed.data as Record<string, unknown>, spec.format === 'mdx' ? oldCitations(parsed.body) : parsed.body));
    }
    out[c] = entries;
  }
  return out;
}

/** The same as `rawSnapshot` of the folder a model was loaded from, without reading it again. */
export function snapshotAsWritten(m: Model): Snapshot {
  const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return Object.fromEntries(
    EXPORT_COLLECTIONS.map((c) => [
      c,
      [...(m[c] as { id: string; file: string; raw: Record<string, unknown>; body: string }[])].sort(byFile).map((e) => asWritten(e.id, e.raw, e.body)),
    ]),
  );
}
