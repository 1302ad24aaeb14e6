/**
 * Filters of the index tables, defined once: pages render the radio buttons from these, and
 * `src/pages/filters.css.ts` turns them into the CSS that hides non-matching rows (no client script,
 * no inline style, so the Content-Security-Policy stays strict).
 */
import { groupOf, type Model } from '../model/index.ts';
import { FRAMEWORKS, FRAMEWORK_NAMES, KINDS, NOVELTY, PHASES } from '../schemas/index.ts';
import { KIND_LABEL, NOVELTY_SHORT, PHASE_LABEL } from './labels.ts';

/** Where a provision's stages lie, for the provision index (src/model/provision-groups.ts). */
export const PLACEMENTS = ['upstream', 'downstream', 'both', 'organisation-wide'] as const;
export const PLACEMENT_LABEL: Record<(typeof PLACEMENTS)[number], string> = {
  upstream: 'Upstream (Data, Model)', downstream: 'Downstream (Distribution, Application)', both: 'Both bands', 'organisation-wide': 'Organisation-wide',
};

export interface Filter { name: string; label: string; options: { value: string; label: string }[] }

export function filterSpecs(m: Model): Record<string, Filter[]> {
  return {
    'stage-index': [
      { name: 'layer', label: 'Layer', options: m.layers.map((l) => ({ value: l.id, label: `${l.id} ${l.data.name}` })) },
      { name: 'novelty', label: 'Class', options: NOVELTY.map((n) => ({ value: n, label: NOVELTY_SHORT[n] })) },
    ],
    'llmops-index': [{ name: 'phase', label: 'Phase (Table 2)', options: PHASES.map((p) => ({ value: p, label: PHASE_LABEL[p] })) }],
    'provision-index': [
      { name: 'framework', label: 'Framework', options: FRAMEWORKS.map((f) => ({ value: f, label: FRAMEWORK_NAMES[f] })) },
      {
        name: 'group', label: 'Function, chapter or clause',
        options: [...new Map(m.provisions.map((p) => { const g = groupOf(m, p); return [`${p.data.framework}-${g.key}`, { value: `${p.data.framework}-${g.key}`, label: g.label.replace(/:.*$/, '') }]; })).values()],
      },
      { name: 'kind', label: 'Kind', options: KINDS.map((k) => ({ value: k, label: KIND_LABEL[k] })) },
      { name: 'band', label: 'Layer band', options: PLACEMENTS.map((b) => ({ value: b, label: PLACEMENT_LABEL[b] })) },
      { name: 'tier', label: 'Adoption tier', options: m.tiers.map((t) => ({ value: `T${t.data.level}`, label: `T${t.data.level} ${t.data.name}` })) },
      { name: 'category', label: 'Category', options: m.categories.map((g) => ({ value: g.id, label: g.id })) },
    ],
  };
}

const esc = (s: string) => s.replace(/["\\]/g, '\\$&');

/** One rule per option: when it is checked, rows whose `data-<name>` lacks the value are hidden. */
export function filterCss(specs: Record<string, Filter[]>): string {
  return Object.entries(specs)
    .flatMap(([id, filters]) => filters.flatMap((f) => f.options.map((o) =>
      `#${id}:has(input[name="${id}-${f.name}"][value="${esc(o.value)}"]:checked) tbody tr:not([data-${f.name}~="${esc(o.value)}"]){display:none}`)))
    .join('\n') + '\n';
}
