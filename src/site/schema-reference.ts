/**
 * The schema reference: every field of every collection, generated from the Zod schemas (structure,
 * types, constraints via z.toJSONSchema) and the doc comments written above each field in src/schemas/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';

/** The file defining each collection's schema, so its field comments can be shown. */
export const SCHEMA_FILES: Record<CollectionName, string> = {
  layers: 'layer.ts', stages: 'stage.ts', llmops: 'llmops.ts', categories: 'category.ts', provisions: 'provision.ts',
  table3: 'table3.ts', handoffs: 'handoff.ts', actors: 'actor.ts', tiers: 'tier.ts', frameworks: 'framework.ts',
  incidents: 'incident.ts', references: 'reference.ts', claims: 'claim.ts', identifiers: 'identifiers.ts', phases: 'phase.ts', actions: 'gai-action.ts',
  schedules: 'schedule.ts', amendments: 'amendment.ts',
};

export interface FieldDoc { path: string; type: string; required: boolean; constraints: string[]; doc?: string }
export interface CollectionDoc { collection: CollectionName; noun: string; folder: string; format: 'mdx' | 'yaml'; file: string; fields: FieldDoc[] }

type Json = { type?: string | string[]; properties?: Record<string, Json>; required?: string[]; items?: Json; enum?: unknown[]; pattern?: string;
  minLength?: number; maxLength?: number; minItems?: number; minimum?: number; maximum?: number; format?: string; anyOf?: Json[]; default?: unknown };

/** `/** text *\/` comments directly above `name:` lines, by field name (the first one wins). */
export function fieldComments(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(/\/\*\*([\s\S]*?)\*\/\s*\n\s*(?:\/\/[^\n]*\n\s*)*([A-Za-z][A-Za-z0-9]*)\s*:/g)) {
    const text = m[1].split('\n').map((l) => l.replace(/^\s*\*\s?/, '').trim()).join(' ').replace(/\s+/g, ' ').trim();
    if (!out.has(m[2])) out.set(m[2], text);
  }
  return out;
}

const typeOf = (j: Json): string => {
  if (j.anyOf) return j.anyOf.map(typeOf).join(' or ');
  if (j.enum) return `one of ${j.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  if (j.type === 'array') return `list of ${j.items ? typeOf(j.items) : 'values'}`;
  if (j.type === 'object') return 'object';
  return Array.isArray(j.type) ? j.type.join(' or ') : j.type ?? 'any';
};
const constraintsOf = (j: Json): string[] => [
  ...(j.pattern ? [`pattern ${j.pattern}`] : []),
  ...(j.format ? [`format ${j.format}`] : []),
  ...(j.maxLength !== undefined ? [`at most ${j.maxLength} characters`] : []),
  ...(j.minItems ? [`at least ${j.minItems}`] : []),
  ...(j.minimum !== undefined ? [`≥ ${j.minimum}`] : []),
  ...(j.maximum !== undefined ? [`≤ ${j.maximum}`] : []),
  ...(j.items?.pattern ? [`each matches ${j.items.pattern}`] : []),
  ...(j.default !== undefined ? [`default ${JSON.stringify(j.default)}`] : []),
];

function walk(j: Json, prefix: string, docs: Map<string, string>, out: FieldDoc[]) {
  const req = new Set(j.required ?? []);
  for (const [name, p] of Object.entries(j.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    out.push({ path, type: typeOf(p), required: req.has(name) && p.default === undefined, constraints: constraintsOf(p), doc: docs.get(name) });
    const inner = p.type === 'array' ? p.items : p;
    if (inner?.properties) walk(inner, p.type === 'array' ? `${path}[]` : path, docs, out);
  }
}

export function schemaReference(root = process.cwd()): CollectionDoc[] {
  return (Object.keys(COLLECTIONS) as CollectionName[]).map((c) => {
    const spec = COLLECTIONS[c];
    const file = `src/schemas/${SCHEMA_FILES[c]}`;
    const docs = fieldComments(readFileSync(join(root, file), 'utf8'));
    const json = z.toJSONSchema(spec.schema, { io: 'input', unrepresentable: 'any' }) as Json;
    const fields: FieldDoc[] = [];
    walk(json, '', docs, fields);
    return { collection: c, noun: spec.noun, folder: `content/${c}/`, format: spec.format, file, fields };
  });
}
