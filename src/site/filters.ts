/**
 * Filters of the index tables, defined once: pages render the radio buttons from these, and
 * `src/pages/filters.css.ts` turns them into the CSS that hides non-matching rows (no client script,
 * no inline style, so the Content-Security-Policy stays strict).
 */
import type { Model } from '../model/index.ts';
import { FRAMEWORKS, FRAMEWORK_NAMES, KINDS, NOVELTY, PHASES } from '../schemas/index.ts';
import { KIND_LABEL, NOVELTY_SHORT, PHASE_LABEL } from './labels.ts';

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
      { name: 'kind', label: 'Kind', options: KINDS.map((k) => ({ value: k, label: KIND_LABEL[k] })) },
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
