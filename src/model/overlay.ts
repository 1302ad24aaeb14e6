/**
 * The organisation overlay: reads an overlay folder, checks its shape with the schemas in
 * `src/schemas/org.ts` and its references against the model with the rules in `src/rules/overlay.ts`.
 * Like the model, nothing is skipped silently: a stray file or folder is an issue.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { runOverlayRules } from '../rules/overlay.ts';
import { CONTROL_ID_PATTERN } from '../schemas/ids.ts';
import { controlSchema, ORG_PAGE_ID_PATTERN, organisationSchema, orgPageSchema, type ControlData, type OrganisationData, type OrgPageData } from '../schemas/index.ts';
import { freshCache } from './generation.ts';
import { ContentError, type Issue } from './issues.ts';
import { overlaySource, PAGES_DIR } from './overlay-source.ts';
import { compareDotted, type Model } from './model.ts';
import { ALLOWED_NON_ENTRIES, parseFile, zodIssues } from './read.ts';
import { readUtf8 } from './utf8.ts';

/** One overlay file: its ID (the file name for controls), its path for messages, and its validated fields. */
export interface OrgEntry<T> {
  id: string;
  file: string;
  data: T;
}
export type Control = OrgEntry<ControlData>;
/** A fork's own page: its fields, its MDX body and the file line the body starts on. */
export type OrgPage = OrgEntry<OrgPageData> & { body: string; bodyLine: number };

/** Whatever of the overlay passed shape validation; the rules run on this, even when `organisation.yaml` failed. */
export interface OverlayDraft {
  organisation?: OrgEntry<OrganisationData>;
  /** Sorted by ID. */
  controls: Control[];
  /** Path of the controls folder as messages show it, e.g. `examples/org/controls`. */
  controlsDir: string;
  /** The fork's own pages (`pages/*.mdx`), in sidebar order. */
  pages: OrgPage[];
  /** Absolute path of the pages folder, which Astro compiles the bodies from. */
  pagesDir: string;
}

export interface Overlay extends OverlayDraft {
  organisation: OrgEntry<OrganisationData>;
  byId: Map<string, Control>;
}

export const ORGANISATION_FILE = 'organisation.yaml';
export const CONTROLS_DIR = 'controls';

/**
 * Paths in messages are relative to the working directory (the project root under npm scripts) when the
 * overlay lives inside it, e.g. `content/org/controls/EC-01.yaml`; otherwise relative to the overlay's
 * parent, so a temporary folder still gives short, stable paths.
 */
function displayPath(orgRoot: string) {
  const cwd = process.cwd();
  const base = orgRoot.startsWith(cwd + sep) ? cwd : dirname(orgRoot);
  return (p: string) => relative(base, p).split('\\').join('/');
}

function readYaml(path: string, file: string, issues: Issue[]): unknown {
  const text = readUtf8(path, file, issues);
  return text === undefined ? undefined : parseFile(text, 'yaml', file, issues)?.data;
}

/** Shape only: every file parsed and checked against its schema. */
export function readOverlay(orgRoot: string): { draft: OverlayDraft; issues: Issue[] } {
  const root = resolve(orgRoot);
  const rel = displayPath(root);
  const issues: Issue[] = [];
  const controlsPath = join(root, CONTROLS_DIR);
  const pagesPath = join(root, PAGES_DIR);
  const draft: OverlayDraft = { controls: [], controlsDir: rel(controlsPath), pages: [], pagesDir: pagesPath };
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    issues.push({ file: rel(root), rule: 'missing-overlay', message: 'expected an organisation overlay folder holding organisation.yaml; found none' });
    return { draft, issues };
  }

  for (const name of readdirSync(root).sort()) {
    if (name === ORGANISATION_FILE || name === CONTROLS_DIR || name === PAGES_DIR || ALLOWED_NON_ENTRIES.has(name)) continue;
    issues.push({ file: rel(join(root, name)), rule: 'unexpected-file', message: `expected only ${ORGANISATION_FILE}, ${CONTROLS_DIR}/, ${PAGES_DIR}/ and README.md in ${rel(root)}/; found "${name}"` });
  }

  const orgPath = join(root, ORGANISATION_FILE);
  const orgFile = rel(orgPath);
  if (!existsSync(orgPath)) {
    issues.push({ file: orgFile, rule: 'missing-file', message: `expected ${ORGANISATION_FILE} with the organisation's name and adopted tier; found none` });
  } else {
    const data = readYaml(orgPath, orgFile, issues);
    if (data !== undefined) {
      const result = organisationSchema.safeParse(data);
      if (result.success) draft.organisation = { id: 'organisation', file: orgFile, data: result.data };
      else issues.push(...zodIssues(orgFile, result.error));
    }
  }

  // An overlay may have no controls yet (every stage then shows as not covered); a controls folder is optional.
  for (const { id, path, file } of entryFiles(controlsPath, draft.controlsDir, '.yaml', '<ID>.yaml', CONTROL_ID_PATTERN, 'an internal control ID', 'EC-DATA-01', rel, issues)) {
    const data = readYaml(path, file, issues);
    if (data === undefined) continue;
    const result = controlSchema.safeParse(data);
    if (result.success) draft.controls.push({ id, file, data: result.data });
    else issues.push(...zodIssues(file, result.error));
  }
  draft.controls.sort((a, b) => compareDotted(a.id, b.id));

  // The fork's own pages are optional too; their bodies are checked against the model by the overlay rules.
  for (const { id, path, file } of entryFiles(pagesPath, rel(pagesPath), '.mdx', '<id>.mdx', ORG_PAGE_ID_PATTERN, 'a page ID', 'release-procedure', rel, issues)) {
    const text = readUtf8(path, file, issues);
    const parsed = text === undefined ? undefined : parseFile(text, 'mdx', file, issues);
    if (!parsed) continue;
    const result = orgPageSchema.safeParse(parsed.data);
    if (result.success) draft.pages.push({ id, file, data: result.data, body: parsed.body, bodyLine: parsed.bodyLine });
    else issues.push(...zodIssues(file, result.error));
  }
  draft.pages.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
  return { draft, issues };
}

/**
 * Reads an overlay folder and checks it against the model. `overlay` is undefined only when
 * `organisation.yaml` is missing or invalid; with any issue it must not be used for a build.
 */
export function loadOverlay(orgRoot: string, model: Model): { overlay: Overlay | undefined; issues: Issue[] } {
  const { draft, issues } = readOverlay(orgRoot);
  const all = [...issues, ...runOverlayRules(model, draft)];
  const overlay = draft.organisation ? { ...draft, organisation: draft.organisation, byId: new Map(draft.controls.map((c) => [c.id, c])) } : undefined;
  return { overlay, issues: all };
}

/** Per model, per folder: the overlay or the error it gave. A new model (an edit in dev) checks the overlay again. */
const cache = new WeakMap<Model, Map<string, Overlay | ContentError>>();

/**
 * The overlay this build uses, or undefined when there is none (the public model). Memoised per model and
 * folder. Throws a ContentError listing every issue when the overlay does not validate.
 */
export function activeOverlay(model: Model, env: Record<string, string | undefined> = process.env): Overlay | undefined {
  const source = overlaySource(env);
  if (!source) return undefined;
  const byRoot = cache.get(model) ?? new Map<string, Overlay | ContentError>();
  cache.set(model, byRoot);
  let hit = byRoot.get(source.root);
  if (!hit) {
    const { overlay, issues } = loadOverlay(source.root, model);
    hit = issues.length || !overlay ? new ContentError(issues) : overlay;
    byRoot.set(source.root, hit);
  }
  if (hit instanceof ContentError) throw hit;
  return hit;
}

/**
 * The entry files of an optional overlay folder (controls, pages), named by their ID, in name order. A file
 * with another extension or an ID that does not fit `pattern` is an issue, not skipped silently; README.md is allowed.
 */
function entryFiles(dir: string, shown: string, ext: string, form: string, pattern: RegExp, noun: string, example: string, rel: (p: string) => string, issues: Issue[]): { id: string; path: string; file: string }[] {
  if (!existsSync(dir)) return [];
  const out: { id: string; path: string; file: string }[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const file = rel(path);
    if (ALLOWED_NON_ENTRIES.has(name)) continue;
    if (!name.endsWith(ext)) {
      issues.push({ file, rule: 'unexpected-file', message: `expected only ${form} files (and README.md) in ${shown}/; found "${name}"` });
      continue;
    }
    const id = name.slice(0, -ext.length);
    if (!pattern.test(id)) {
      issues.push({ file, field: 'id (file name)', rule: 'id-pattern', message: `expected the file name to be ${noun} matching ${pattern}, such as ${example}; found "${id}"` });
      continue;
    }
    out.push({ id, path, file });
  }
  return out;
}
