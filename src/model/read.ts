/**
 * Reads `content/` into validated entries. Shape only: every file is parsed and checked against its
 * collection's Zod schema; meaning across entries is checked by the rules in `src/rules/`.
 * Nothing is skipped silently: an unexpected file, a missing folder or an unparsable file is an issue.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load as loadYaml, YAMLException } from 'js-yaml';
import type { z } from 'zod';
import { COLLECTIONS, ID_PATTERNS, type CollectionName } from '../schemas/index.ts';
import type { Issue } from './issues.ts';
import { readUtf8 } from './utf8.ts';

export interface Entry<T> {
  id: string;
  /** Path relative to the content root's parent, e.g. `content/stages/2.4.mdx`. */
  file: string;
  data: T;
  /** The fields as written, before the schema fills in defaults: what a changelog compares (src/model/changelog.ts). */
  raw: Record<string, unknown>;
  /** MDX body (empty for YAML collections). */
  body: string;
  /** Line of the file on which the body starts (after the frontmatter), so body issues can name file lines. */
  bodyLine: number;
  /** Reference keys cited in the body with `:cite[key]`, in order of appearance. */
  cites: string[];
}

export type RawCollections = { [K in CollectionName]: Entry<z.output<(typeof COLLECTIONS)[K]['schema']>>[] };

/**
 * Files named for a valid ID that could not be read (not UTF-8, unparsable, or failing their schema), by
 * collection: ID → file. Their entries are missing from the model, so references to them cannot be
 * checked; the dangling-reference rule says so once per file instead of once per reference.
 */
export type Unreadable = { [K in CollectionName]: Map<string, string> };
export const noUnreadable = (): Unreadable =>
  Object.fromEntries((Object.keys(COLLECTIONS) as CollectionName[]).map((k) => [k, new Map()])) as Unreadable;

/** Files every folder may hold besides entries: documentation for authors. */
export const ALLOWED_NON_ENTRIES = new Set(['README.md']);
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
/**
 * A citation is the text directive `:cite[key]` (src/site/citations.ts renders it). Anything that starts
 * like one is checked, so a mistyped citation fails validation instead of showing as text. Code spans and
 * fences are not prose: the renderer leaves them alone, and so does this.
 */
const CITE = /:cite\b(?:\[[^\]\n]*\]?)?(?:\{[^}\n]*\}?)?/g;
const CITE_WELL_FORMED = /^:cite\[([a-z0-9-]+)\]$/;
export const CODE = /```[\s\S]*?```|`[^`\n]*`/g;

export function zodIssues(file: string, error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({
    file,
    field: i.path.length ? i.path.map((p, n) => (typeof p === 'number' ? `[${p}]` : `${n ? '.' : ''}${String(p)}`)).join('') : undefined,
    rule: 'schema',
    message: i.message,
  }));
}

/** Parses one file into its fields (and, for Markdown, its body); an unparsable file becomes an issue and `undefined`. */
export function parseFile(text: string, format: 'mdx' | 'yaml', file: string, issues: Issue[]): { data: unknown; body: string; bodyLine: number } | undefined {
  let yamlText = text;
  let body = '';
  let bodyLine = 1;
  if (format === 'mdx') {
    const m = FRONTMATTER.exec(text);
    if (!m) {
      issues.push({ file, rule: 'parse', message: 'expected YAML frontmatter between two "---" lines at the top of the file; found none' });
      return undefined;
    }
    yamlText = m[1];
    body = m[2];
    bodyLine = text.slice(0, text.length - body.length).split('\n').length;
  }
  try {
    // js-yaml with the YAML 1.2 core schema: dates stay strings, duplicate keys are errors; it reads our
    // content several times faster than the `yaml` package, and this runs at the start of every build.
    const data = loadYaml(yamlText, { schema: CORE_SCHEMA, filename: file }) ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      issues.push({ file, rule: 'parse', message: `expected a YAML mapping of fields; found ${Array.isArray(data) ? 'a list' : typeof data}` });
      return undefined;
    }
    return { data, body, bodyLine };
  } catch (e) {
    // Lines of the file: frontmatter starts after the opening "---".
    const where = e instanceof YAMLException ? ` (line ${e.mark.line + 1 + (format === 'mdx' ? 1 : 0)})` : '';
    const reason = e instanceof YAMLException ? e.reason : (e as Error).message.split('\n')[0];
    issues.push({ file, rule: 'parse', message: `invalid YAML${where}: ${reason}` });
    return undefined;
  }
}

function citations(body: string, file: string, issues: Issue[]): string[] {
  const ids: string[] = [];
  for (const tag of body.replace(CODE, '').match(CITE) ?? []) {
    const m = CITE_WELL_FORMED.exec(tag);
    if (m) ids.push(m[1]);
    else issues.push({ file, field: 'body', rule: 'citation-syntax', message: `expected a citation written as :cite[reference-key] (lower-case letters, digits and hyphens); found ${tag}` });
  }
  return ids;
}

/**
 * Reads one collection folder. `root` is the content folder; file paths in issues are relative to its parent.
 * Files named for a valid ID that cannot be read are recorded in `unreadable` (ID → file) when given.
 */
export function readCollection<K extends CollectionName>(root: string, name: K, issues: Issue[], unreadable?: Map<string, string>): RawCollections[K] {
  const spec = COLLECTIONS[name];
  const dir = join(root, name);
  const rel = (p: string) => relative(join(root, '..'), p).split('\\').join('/');
  if (!existsSync(dir)) {
    issues.push({ file: rel(dir), rule: 'missing-collection', message: `expected a folder for the ${spec.noun} collection; found none` });
    return [];
  }
  const entries: Entry<unknown>[] = [];
  for (const name_ of readdirSync(dir).sort()) {
    const path = join(dir, name_);
    const file = rel(path);
    if (ALLOWED_NON_ENTRIES.has(name_)) continue;
    const ext = `.${spec.format}`;
    if (!name_.endsWith(ext)) {
      issues.push({ file, rule: 'unexpected-file', message: `expected only <id>${ext} files (and README.md) in ${rel(dir)}/; found "${name_}"` });
      continue;
    }
    const id = name_.slice(0, -ext.length);
    if (!ID_PATTERNS[name].test(id)) {
      issues.push({ file, field: 'id (file name)', rule: 'id-pattern', message: `expected the file name to be a ${spec.noun} ID matching ${ID_PATTERNS[name]}; found "${id}"` });
      continue;
    }
    const text = readUtf8(path, file, issues);
    const parsed = text === undefined ? undefined : parseFile(text, spec.format, file, issues);
    if (!parsed) {
      unreadable?.set(id, file);
      continue;
    }
    const result = spec.schema.safeParse(parsed.data);
    if (!result.success) {
      issues.push(...zodIssues(file, result.error));
      unreadable?.set(id, file);
      continue;
    }
    entries.push({ id, file, data: result.data, raw: parsed.data as Record<string, unknown>, body: parsed.body, bodyLine: parsed.bodyLine, cites: citations(parsed.body, file, issues) });
  }
  return entries as RawCollections[K];
}

export function readContent(root: string): { collections: RawCollections; issues: Issue[]; unreadable: Unreadable } {
  const issues: Issue[] = [];
  const unreadable = noUnreadable();
  const collections = Object.fromEntries(
    (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [name, readCollection(root, name, issues, unreadable[name])]),
  ) as RawCollections;
  return { collections, issues, unreadable };
}
