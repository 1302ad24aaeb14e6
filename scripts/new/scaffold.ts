/** Writes a new entry file from its collection's template, refusing anything that would not be a valid new entry. */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import type { z } from 'zod';
import type { Issue } from '../../src/model/issues.ts';
import { readCollection } from '../../src/model/read.ts';
import { COLLECTIONS, ID_EXAMPLES, ID_PATTERNS, type CollectionName } from '../../src/schemas/index.ts';
import { TEMPLATES, type Scaffold } from './templates.ts';

/** A refusal, worded for the person running the command. */
export class ScaffoldError extends Error {}

export interface Scaffolded {
  /** Path relative to the content root's parent, e.g. `content/stages/2.10.mdx`. */
  file: string;
  /** Fields left empty for the author, as validation names them (`guidance.threats[0].title`). */
  empty: string[];
  /** Fields written with a starting value that validates, for the author to check. */
  prefilled: { field: string; value: string }[];
  /** Optional top-level fields of the schema that the file leaves out. */
  optional: string[];
}

const isCollection = (c: string): c is CollectionName => Object.hasOwn(COLLECTIONS, c);

/** Every scalar in a value with its path, written like validation issues write fields. */
function leaves(v: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, `${path}[${i}]`));
  if (v !== null && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => leaves(x, path ? `${path}.${k}` : k));
  return [[path, v]];
}

/** The file's text: YAML, or YAML frontmatter and a body for Markdown collections. */
export function render(format: 'mdx' | 'yaml', s: Scaffold<CollectionName>): string {
  const yaml = stringify(s.data, { lineWidth: 0 });
  return format === 'yaml' ? yaml : `---\n${yaml}---\n${s.body ? `\n${s.body}` : ''}`;
}

export function scaffold(root: string, collection: string, id: string): Scaffolded {
  if (!isCollection(collection))
    throw new ScaffoldError(`Unknown collection "${collection}". Expected one of: ${Object.keys(COLLECTIONS).join(', ')}.`);
  const spec = COLLECTIONS[collection];
  if (!ID_PATTERNS[collection].test(id))
    throw new ScaffoldError(`"${id}" is not a ${spec.noun} ID: expected an ID matching ${ID_PATTERNS[collection]}, such as "${ID_EXAMPLES[collection]}".`);
  const path = join(root, collection, `${id}.${spec.format}`);
  const file = relative(join(root, '..'), path).split('\\').join('/');
  if (existsSync(path)) throw new ScaffoldError(`${file} already exists. Edit it, or choose another ID.`);
  if (!existsSync(join(root, collection))) throw new ScaffoldError(`${relative(join(root, '..'), join(root, collection))}/ does not exist; run this at the project root.`);

  // Shape-valid entries only: the templates read their `order` and tiers, and ignore files with problems.
  const ignored: Issue[] = [];
  const existing = readCollection(root, collection, ignored);
  const s = (TEMPLATES[collection] as (id: string, existing: unknown[]) => Scaffold<CollectionName>)(id, existing);
  writeFileSync(path, render(spec.format, s), { flag: 'wx' });

  const all = leaves(s.data);
  const shape = (spec.schema as unknown as z.ZodObject).shape ?? {};
  return {
    file,
    empty: all.filter(([, v]) => v === '').map(([k]) => k),
    prefilled: all.filter(([, v]) => v !== '').map(([field, v]) => ({ field, value: String(v) })),
    optional: Object.keys(shape).filter((k) => !(k in (s.data as object)) && (shape[k] as z.ZodType).safeParse(undefined).success),
  };
}
