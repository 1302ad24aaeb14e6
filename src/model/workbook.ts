/**
 * The model as a spreadsheet workbook (.xlsx): one sheet per collection and one per cross-reference table,
 * plus the stage guidance's threats, controls and framework mappings, each with a frozen header row, a
 * filter on every column and a link to each entry's page. This module computes the sheets from the model;
 * `xlsx.ts` writes them as a file.
 */
import type { CollectionName } from '../schemas/index.ts';
import { crossReferenceRows, EXPORT_COLLECTIONS } from './export.ts';
import type { Model } from './model.ts';
import { pageLink, type SiteAddress } from './page-link.ts';
import { controlAnchor, pathOf, SECTION, threatAnchor, type Routed } from './urls.ts';
import { writeXlsx, type Cell, type SheetData, type XlsxDocument } from './xlsx.ts';

export interface WorkbookOptions extends SiteAddress, XlsxDocument {}
export type { SheetData };

/** Excel's limit on the text of one cell. */
const CELL_LIMIT = 32767;
const ROUTED = new Set<string>(Object.keys(SECTION));
/** Cross-reference columns naming entries of a routed collection, which get links to their pages. */
const COLUMN_COLLECTION: Record<string, Routed> = { stage: 'stages', provision: 'provisions', incident: 'incidents', llmops: 'llmops', category: 'categories', actor: 'actors' };

/**
 * Where a hyperlink points: the absolute page URL when the site's address is configured; else the page
 * relative to the workbook (served at `data/workbook.xlsx`), which works when it is opened from the site.
 */
const linkTarget = (o: WorkbookOptions, path: string) => (o.siteUrl ? pageLink(o, path) : `../${path}`);

function cellOf(where: string, v: unknown): Cell {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
    if (typeof v === 'string' && v.length > CELL_LIMIT) throw new Error(`workbook: ${where}: expected at most ${CELL_LIMIT} characters for one cell; found ${v.length}`);
    return v;
  }
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return cellOf(where, v.join('; '));
  return cellOf(where, JSON.stringify(v));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * One collection: `id`, `page` (linked), then every field in the order the entries first give it, a nested
 * object's fields as columns of their own (`attackSurface.actors`); lists of objects as JSON. Prose bodies
 * stay on the pages, and the stage guidance has sheets of its own.
 */
function collectionSheet(m: Model, name: CollectionName, o: WorkbookOptions): SheetData {
  if (name === 'identifiers') return identifierItemsSheet(m);
  const entries = m[name] as { id: string; data: Record<string, unknown> }[];
  const flat = (data: Record<string, unknown>) => {
    const out = new Map<string, unknown>();
    for (const [k, v] of Object.entries(data)) {
      if (name === 'stages' && k === 'guidance') continue;
      if (isRecord(v)) for (const [k2, v2] of Object.entries(v)) out.set(`${k}.${k2}`, v2);
      else out.set(k, v);
    }
    return out;
  };
  const rows = entries.map((e) => ({ id: e.id, fields: flat(e.data) }));
  const fields: string[] = [];
  for (const r of rows) for (const k of r.fields.keys()) if (!fields.includes(k)) fields.push(k);
  const routed = ROUTED.has(name);
  return {
    name,
    header: ['id', ...(routed ? ['page'] : []), ...fields],
    rows: rows.map((r) => [
      r.id,
      ...(routed ? [{ text: pathOf(m, name as Routed, r.id), hyperlink: linkTarget(o, pathOf(m, name as Routed, r.id)) }] : []),
      ...fields.map((f) => (r.fields.get(f) === undefined ? '' : cellOf(`${name} ${r.id} ${f}`, r.fields.get(f)))),
    ]),
  };
}

/**
 * The pinned identifier lists, one row per item (a list's items in one cell would pass Excel's limit of
 * 32,767 characters as a list grows: the EU AI Act list of a 10x fork needs 90,000): `list`, the list's own
 * fields, then the item's fields as `item.<field>`.
 */
function identifierItemsSheet(m: Model): SheetData {
  const lists = m.identifiers as unknown as { id: string; data: Record<string, unknown> & { items: Record<string, unknown>[] } }[];
  const listFields: string[] = [];
  const itemFields: string[] = [];
  for (const l of lists) {
    for (const k of Object.keys(l.data)) if (k !== 'items' && !listFields.includes(k)) listFields.push(k);
    for (const it of l.data.items) for (const k of Object.keys(it)) if (!itemFields.includes(k)) itemFields.push(k);
  }
  const value = (where: string, v: unknown) => (v === undefined ? '' : cellOf(where, v));
  return {
    name: 'identifiers',
    header: ['list', ...listFields, ...itemFields.map((f) => `item.${f}`)],
    rows: lists.flatMap((l) => l.data.items.map((it, i) => [
      l.id,
      ...listFields.map((f) => value(`identifiers ${l.id} ${f}`, l.data[f])),
      ...itemFields.map((f) => value(`identifiers ${l.id} item ${i + 1} ${f}`, it[f])),
    ])),
  };
}

/** The stage guidance as three sheets: threats, controls (with the threats they answer), and OWASP/ATLAS mappings. */
function guidanceSheets(m: Model, o: WorkbookOptions): SheetData[] {
  const at = (stage: string, anchor: string) => {
    const path = `${pathOf(m, 'stages', stage)}#${anchor}`;
    return { text: `${stage} ${anchor}`, hyperlink: linkTarget(o, path) };
  };
  return [
    {
      name: 'threats',
      header: ['stage', 'key', 'page', 'title', 'actor', 'artifact', 'how', 'sources'],
      rows: m.stages.flatMap((s) => s.data.guidance.threats.map((t) => [s.id, t.key, at(s.id, threatAnchor(t.key)), t.title, t.actor, t.artifact, t.how, t.sources.join('; ')])),
    },
    {
      name: 'controls',
      header: ['stage', 'number', 'page', 'title', 'what', 'answers'],
      rows: m.stages.flatMap((s) => s.data.guidance.controls.map((c, i) => [s.id, i + 1, at(s.id, controlAnchor(i + 1)), c.title, c.what, c.answers.join('; ')])),
    },
    {
      name: 'stage-identifiers',
      header: ['stage', 'list', 'id', 'name', 'why'],
      rows: m.stages.flatMap((s) => (['owasp', 'agentic', 'atlas'] as const).flatMap((list) =>
        s.data.guidance[list].map((x) => [s.id, { owasp: 'owasp-llm-2025', agentic: 'owasp-agentic-2026', atlas: 'mitre-atlas' }[list], x.id, x.name, x.why]))),
    },
  ];
}

/** The cross-reference tables of the CSV exports, with the entry IDs linked to their pages. */
function crossReferenceSheets(m: Model, o: WorkbookOptions): SheetData[] {
  return Object.entries(crossReferenceRows(m)).map(([name, [header, ...rows]]) => ({
    name,
    header,
    rows: rows.map((r) => r.map((v, i): Cell => {
      const c = COLUMN_COLLECTION[header[i]];
      return c && m.byId[c].has(v) ? { text: v, hyperlink: linkTarget(o, pathOf(m, c, v)) } : v;
    })),
  }));
}

/** Every sheet of the workbook, in order: collections, stage guidance, cross-reference tables. */
export function workbookSheets(m: Model, o: WorkbookOptions): SheetData[] {
  const sheets = [...EXPORT_COLLECTIONS.map((c) => collectionSheet(m, c, o)), ...guidanceSheets(m, o), ...crossReferenceSheets(m, o)];
  const names = new Set<string>();
  for (const s of sheets) {
    if (s.name.length > 31 || /[[\]:*?/\\]/.test(s.name) || names.has(s.name)) throw new Error(`workbook: expected a unique sheet name of at most 31 characters without []:*?/\\; found "${s.name}"`);
    names.add(s.name);
  }
  return sheets;
}

/** The workbook as .xlsx bytes (`src/model/xlsx.ts` writes them). */
export const workbookXlsx = (m: Model, o: WorkbookOptions): Promise<Buffer> => writeXlsx(workbookSheets(m, o), o);
