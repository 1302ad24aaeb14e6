/**
 * Where a provision sits in its own framework (function, chapter, clause group) and in the lifecycle (layer
 * band, adoption tiers): what the provision index filters by and the framework pages group by.
 */
import type { FrameworkKey } from '../schemas/provision.ts';
import { bandsReached } from './asymmetry-complete.ts';
import type { Model, Provision } from './model.ts';

/**
 * The chapters of Regulation (EU) 2024/1689 by their first article, from its table of contents (the test
 * checks every article of the pinned list against the chapter the official text gives it).
 */
export const EU_CHAPTERS: { chapter: string; name: string; from: number }[] = [
  { chapter: 'I', name: 'General provisions', from: 1 },
  { chapter: 'II', name: 'Prohibited AI practices', from: 5 },
  { chapter: 'III', name: 'High-risk AI systems', from: 6 },
  { chapter: 'IV', name: 'Transparency obligations for providers and deployers of certain AI systems', from: 50 },
  { chapter: 'V', name: 'General-purpose AI models', from: 51 },
  { chapter: 'VI', name: 'Measures in support of innovation', from: 57 },
  { chapter: 'VII', name: 'Governance', from: 64 },
  { chapter: 'VIII', name: 'EU database for high-risk AI systems', from: 71 },
  { chapter: 'IX', name: 'Post-market monitoring, information sharing and market surveillance', from: 72 },
  { chapter: 'X', name: 'Codes of conduct and guidelines', from: 95 },
  { chapter: 'XI', name: 'Delegation of power and committee procedure', from: 97 },
  { chapter: 'XII', name: 'Penalties', from: 99 },
  { chapter: 'XIII', name: 'Final provisions', from: 102 },
];

const NIST_FUNCTIONS = ['GOVERN', 'MAP', 'MEASURE', 'MANAGE'];
const ISO_CLAUSES: Record<string, string> = {
  4: 'Context of the organization', 5: 'Leadership', 6: 'Planning', 7: 'Support', 8: 'Operation', 9: 'Performance evaluation', 10: 'Improvement',
};

export interface Group {
  /** Stable key for filters and anchors, e.g. "govern", "chapter-iii", "clause-6", "annex-a-7". */
  key: string;
  /** As the framework names it: "GOVERN", "Chapter III: High-risk AI systems", "Clause 6: Planning", "Annex A.7". */
  label: string;
  /** Position within the framework. */
  order: number;
}

/** The group of the framework a provision belongs to. */
export function groupOf(m: Model, p: Provision): Group {
  const { framework, reference } = p.data;
  if (framework === 'nist-ai-rmf') {
    const fn = reference.split(' ')[0]!;
    return { key: fn.toLowerCase(), label: fn, order: NIST_FUNCTIONS.indexOf(fn) };
  }
  if (framework === 'nist-ai-600-1') return { key: 'gai-risks', label: 'GAI risks (§2)', order: 0 };
  if (framework === 'eu-ai-act') {
    const art = /^Art\. (\d+)/.exec(reference);
    if (!art) return { key: 'annexes', label: 'Annexes', order: EU_CHAPTERS.length };
    const i = EU_CHAPTERS.findLastIndex((c) => Number(art[1]) >= c.from);
    const c = EU_CHAPTERS[i]!;
    return { key: `chapter-${c.chapter.toLowerCase()}`, label: `Chapter ${c.chapter}: ${c.name}`, order: i };
  }
  const clause = /^Cl\. (\d+)/.exec(reference);
  if (clause) return { key: `clause-${clause[1]}`, label: `Clause ${clause[1]}: ${ISO_CLAUSES[clause[1]!] ?? ''}`.replace(/: $/, ''), order: Number(clause[1]) };
  const annex = /^A\.(\d+)/.exec(reference)!;
  const name = m.byId.identifiers.get('iso-42001')?.data.items.find((i) => i.id === `A.${annex[1]}`)?.name;
  return { key: `annex-a-${annex[1]}`, label: `Annex A.${annex[1]}${name ? `: ${name}` : ''}`, order: 10 + Number(annex[1]) };
}

/** The groups of a framework in order, each with its provisions in the framework's order. */
export function groupsOf(m: Model, framework: FrameworkKey): { group: Group; provisions: Provision[] }[] {
  const out = new Map<string, { group: Group; provisions: Provision[] }>();
  for (const p of m.provisions.filter((x) => x.data.framework === framework)) {
    const group = groupOf(m, p);
    if (!out.has(group.key)) out.set(group.key, { group, provisions: [] });
    out.get(group.key)!.provisions.push(p);
  }
  return [...out.values()].sort((a, b) => a.group.order - b.group.order);
}

export type Placement = 'upstream' | 'downstream' | 'both' | 'organisation-wide';

/** The layer bands a provision's stages fall in (upstream: Data and Model; downstream: Distribution and Application). */
export function placementOf(m: Model, p: Provision): Placement {
  if (p.data.stages.length === 0) return 'organisation-wide';
  const bands = bandsReached(m, p.data.stages.map((s) => s.stage));
  return bands.size > 1 ? 'both' : bands.has('upstream') ? 'upstream' : 'downstream';
}

/** The adoption tiers at which a provision's stages are first analysed separately (content/tiers/). */
export const tiersOf = (m: Model, p: Provision): number[] =>
  [...new Set(p.data.stages.map((s) => m.byId.stages.get(s.stage)?.data.tier).filter((t): t is number => t !== undefined))].sort();
