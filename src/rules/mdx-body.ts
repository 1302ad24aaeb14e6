/**
 * Bodies are MDX, so a body could run code: `import`/`export`, `{expressions}`, raw HTML with event
 * handlers, any component, a `javascript:` link. This rule parses every body with the MDX parser Astro
 * compiles it with (Sätteri's, with the same directive syntax for `:cite[key]`) and allows only Markdown,
 * citations and the body components of src/schemas/body-components.ts with plain-string props, each checked
 * against the model. Every rejection names the file, the line and what was found.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import type { Issue } from '../model/issues.ts';
import type { Model } from '../model/model.ts';
import { entriesWithId, stagesNamed } from '../model/body-refs.ts';
import { BODY_COMPONENTS, isBodyComponent, type PropSpec } from '../schemas/body-components.ts';
import { PROSE_COLLECTIONS } from '../schemas/index.ts';
import type { Rule } from './rule.ts';

type Finding = Omit<Issue, 'rule'>;
type Node = MdastNode & { type: string; position?: { start: { line: number } }; children?: Node[] };
type JsxAttribute = { type: string; name?: string; value?: unknown };

/** Schemes a link or image may not use: they run script or smuggle a document. `data:` is allowed for images only. */
const SCRIPT_SCHEMES = ['javascript:', 'vbscript:'];
const ALLOWED_NAMES = Object.keys(BODY_COMPONENTS).join(', ');

/** The scheme as a browser reads it: control characters and whitespace are ignored, case does not matter. */
const schemeOf = (url: string) => /^([a-z][a-z0-9+.-]*:)/.exec(url.replace(/[\u0000-\u0020]/g, '').toLowerCase())?.[1];

function unsafeUrl(url: string, isImage: boolean): string | undefined {
  const scheme = schemeOf(url);
  if (!scheme) return undefined;
  if (SCRIPT_SCHEMES.includes(scheme)) return `a ${scheme} URL`;
  if (scheme === 'data:' && !(isImage && /^data:image\/(png|jpeg|gif|webp|avif);/i.test(url.trim()))) return isImage ? 'a data: URL that is not a raster image' : 'a data: URL in a link';
  return undefined;
}

/** A problem with one prop's value, or undefined when the model has what it names. */
function propProblem(m: Model, spec: PropSpec, value: string): string | undefined {
  // An ID whose file exists but could not be read is reported once, on that file (rule dangling-reference).
  if (Object.values(m.unreadable).some((ids) => ids.has(value))) return undefined;
  switch (spec.kind) {
    case 'unit': {
      const found = entriesWithId(m, value);
      if (found.length === 0) return `expected the ID of a stage, sub-stage, category, provision, handoff or incident; found "${value}", which matches no entry`;
      if (found.length > 1) return `"${value}" is the ID of ${found.map((f) => f.collection).join(' and ')}; rename one of them`;
      return undefined;
    }
    case 'stage':
      return m.byId.stages.has(value) ? undefined : `expected a stage ID; found "${value}", which matches no file in content/stages/`;
    case 'stages': {
      const { ids, unknown } = stagesNamed(m, value);
      if (unknown.length) return `expected stage IDs or a range within one layer such as 2.6–2.9; found ${unknown.map((u) => `"${u}"`).join(', ')}`;
      return ids.length ? undefined : 'expected at least one stage';
    }
    case 'handoff':
      return m.byId.handoffs.has(value) ? undefined : `expected a handoff ID (${m.handoffs.map((h) => h.id).join(', ')}); found "${value}"`;
    case 'tier':
      return m.byId.tiers.has(value) ? undefined : `expected an adoption tier (${m.tiers.map((t) => t.id).join(', ')}); found "${value}"`;
    case 'figure':
    case 'framework':
    case 'choice':
      return spec.values?.includes(value) ? undefined : `expected one of ${spec.values?.join(', ')}; found "${value}"`;
    case 'text':
      return value.trim() ? undefined : 'expected some text; found none';
  }
}

function checkElement(m: Model, node: Node & { name?: string | null; attributes?: JsxAttribute[] }, at: (n: Node) => string, out: Finding[]) {
  const where = at(node);
  if (!node.name) return void out.push({ field: where, message: 'expected Markdown and the body components; found a JSX fragment <>' } as Finding);
  if (/^[a-z]/.test(node.name)) return void out.push({ field: where, message: `expected Markdown, not raw HTML; found the tag <${node.name}>` } as Finding);
  if (!isBodyComponent(node.name)) return void out.push({ field: where, message: `expected one of the body components (${ALLOWED_NAMES}); found <${node.name}>` } as Finding);
  const spec = BODY_COMPONENTS[node.name];
  const props = spec.props as Record<string, PropSpec>;
  const given = new Map<string, string>();
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || typeof a.name !== 'string') {
      out.push({ field: where, message: `expected plain props such as id="2.4" on <${node.name}>; found a JavaScript expression {${String(a.value ?? '')}}` } as Finding);
      continue;
    }
    if (typeof a.value !== 'string') {
      const expr = a.value && typeof a.value === 'object' ? String((a.value as { value?: unknown }).value ?? '') : '';
      out.push({ field: where, message: a.value == null ? `expected ${a.name}="…" on <${node.name}>; found ${a.name} without a value` : `expected ${a.name}="…" (plain text) on <${node.name}>; found a JavaScript expression ${a.name}={${expr}}` } as Finding);
      continue;
    }
    if (!Object.hasOwn(props, a.name)) {
      out.push({ field: where, message: `expected the props of <${node.name}> (${Object.keys(props).join(', ') || 'none'}); found ${a.name}` } as Finding);
      continue;
    }
    given.set(a.name, a.value);
    const problem = propProblem(m, props[a.name], a.value);
    if (problem) out.push({ field: where, message: `<${node.name} ${a.name}="${a.value}">: ${problem}` } as Finding);
  }
  for (const [name, p] of Object.entries(props)) if (p.required && !given.has(name)) out.push({ field: where, message: `expected the prop ${name} on <${node.name}>; found none` } as Finding);
  const oneOf = 'oneOf' in spec ? (spec.oneOf as readonly string[]) : undefined;
  if (oneOf && oneOf.filter((p) => given.has(p)).length !== 1) out.push({ field: where, message: `expected exactly one of ${oneOf.join(', ')} on <${node.name}>; found ${oneOf.filter((p) => given.has(p)).join(' and ') || 'neither'}` } as Finding);
  if (!spec.children && (node.children?.length ?? 0) > 0) out.push({ field: where, message: `expected <${node.name} … /> without content; found content between its tags` } as Finding);
}

/**
 * Every problem of one body. `bodyLine` is the file line the body starts on, so lines are the file's;
 * findings come back with the field set to `body (line N)`. With `citations`, each `:cite[key]` must name a
 * reference (for a fork's pages; the model's entries have their keys checked by `dangling-reference`).
 */
export function checkBody(m: Model, body: string, bodyLine: number, opts: { citations?: boolean } = {}): Finding[] {
  const line = (n: number) => `body (line ${n + bodyLine - 1})`;
  let tree: Node;
  try {
    tree = mdxToMdast(body, { features: { directive: true } }) as Node;
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /^(\d+):(\d+): /.exec(msg);
    return [{ field: pos ? line(Number(pos[1])) : 'body', message: `expected valid MDX; found a syntax error: ${pos ? msg.slice(pos[0].length) : msg}` } as Finding];
  }
  const out: Finding[] = [];
  const at = (n: Node) => line(n.position?.start.line ?? 1);
  const visit = (n: Node) => {
    const v = n as Node & { value?: string; url?: string; name?: string };
    switch (n.type) {
      case 'mdxjsEsm':
        out.push({ field: at(n), message: `expected no import or export in a body (the body components need none); found ${JSON.stringify(v.value?.split('\n')[0].slice(0, 60))}` } as Finding);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        out.push({ field: at(n), message: `expected no JavaScript expression in a body; found {${(v.value ?? '').slice(0, 60)}} (write a literal { as \\{)` } as Finding);
        break;
      case 'html':
        out.push({ field: at(n), message: `expected Markdown, not raw HTML; found ${(v.value ?? '').slice(0, 60)}` } as Finding);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(m, n, at, out);
        break;
      case 'textDirective':
      case 'leafDirective':
      case 'containerDirective':
        // A name must start with a letter (the directive syntax); Sätteri also reads `LLM08:2025` as one, and renders it as the text it is.
        if (opts.citations && n.type === 'textDirective' && v.name === 'cite') {
          const key = (n.children ?? []).map((c) => (c as { value?: string }).value ?? '').join('').trim();
          if (!m.byId.references.has(key)) out.push({ field: at(n), message: `expected :cite[key] with a key in content/references/; found "${key}"` } as Finding);
        }
        if (/^[a-z]/i.test(v.name ?? '') && !(n.type === 'textDirective' && v.name === 'cite')) out.push({ field: at(n), message: `expected :cite[key] as the only directive (use <Aside> for callouts); found ${n.type === 'textDirective' ? ':' : n.type === 'leafDirective' ? '::' : ':::'}${v.name}` } as Finding);
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const bad = unsafeUrl(v.url ?? '', n.type === 'image');
        if (bad) out.push({ field: at(n), message: `expected a safe address (https:, a relative path, mailto:) in a ${n.type}; found ${bad}: ${JSON.stringify((v.url ?? '').slice(0, 60))}` } as Finding);
        break;
      }
    }
    for (const c of n.children ?? []) visit(c);
  };
  visit(tree);
  return out;
}

export const mdxBodyIsSafe: Rule = {
  name: 'mdx-body-is-safe',
  description: 'Every MDX body holds Markdown, :cite[key] citations and the body components with plain props that name existing entries: no import/export, JavaScript expressions, raw HTML, other components, or javascript:, vbscript: and (outside images) data: addresses.',
  check: (m) => PROSE_COLLECTIONS.flatMap((name) => m[name].flatMap((e) => checkBody(m, e.body, e.bodyLine).map((f) => ({ ...f, file: e.file })))),
};
