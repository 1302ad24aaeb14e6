/**
 * Checks of an organisation overlay against the model, registered explicitly like `RULES` in `index.ts`.
 * Each is a small pure function from the model and the overlay to the issues it finds.
 */
import type { Issue } from '../model/issues.ts';
import type { Model } from '../model/model.ts';
import type { OverlayDraft } from '../model/overlay.ts';
import { COLLECTIONS } from '../schemas/index.ts';
import { checkBody } from './mdx-body.ts';

export interface OverlayRule {
  /** Kebab-case name, shown in every issue it reports. */
  name: string;
  /** One sentence: what the rule guarantees. */
  description: string;
  check(model: Model, overlay: OverlayDraft): Omit<Issue, 'rule'>[];
}

type Target = 'tiers' | 'stages' | 'llmops' | 'provisions' | 'handoffs';

/** Every model ID the overlay names, with where it is written. */
function* modelReferences(o: OverlayDraft): Generator<{ file: string; field: string; target: Target; id: string }> {
  const org = o.organisation;
  if (org) {
    yield { file: org.file, field: 'tier', target: 'tiers', id: org.data.tier };
    for (const [i, s] of org.data.skips.entries()) yield { file: org.file, field: `skips[${i}].stage`, target: 'stages', id: s.stage };
    for (const [i, h] of org.data.handoffs.entries()) yield { file: org.file, field: `handoffs[${i}].handoff`, target: 'handoffs', id: h.handoff };
  }
  for (const c of o.controls) {
    for (const [i, id] of c.data.stages.entries()) yield { file: c.file, field: `stages[${i}]`, target: 'stages', id };
    for (const [i, id] of c.data.llmops.entries()) yield { file: c.file, field: `llmops[${i}]`, target: 'llmops', id };
    for (const [i, id] of c.data.provisions.entries()) yield { file: c.file, field: `provisions[${i}]`, target: 'provisions', id };
  }
}

/** Short collections are listed in full in the message; long ones are pointed to by folder. */
const LIST_IN_FULL = new Set<Target>(['tiers', 'handoffs']);

export const overlayModelReference: OverlayRule = {
  name: 'overlay-unknown-reference',
  description: 'Every tier, stage, LLMOps sub-stage, provision and handoff the overlay names exists in the model.',
  check: (m, o) =>
    [...modelReferences(o)]
      // An ID whose content file could not be read is reported on that file, once (src/rules/dangling-reference.ts).
      .filter((r) => !m.byId[r.target].has(r.id) && !m.unreadable[r.target].has(r.id))
      .map((r) => ({
        file: r.file,
        field: r.field,
        message: `expected an existing ${COLLECTIONS[r.target].noun} ID${LIST_IN_FULL.has(r.target) ? ` (one of ${m[r.target].map((e) => e.id).join(', ')})` : ''}; found "${r.id}", which matches no file in content/${r.target}/`,
      })),
};

export const overlayControlReference: OverlayRule = {
  name: 'overlay-unknown-control',
  description: 'Every internal control a handoff names has a file in the overlay\'s controls folder.',
  check: (_m, o) => {
    const known = new Set(o.controls.map((c) => c.id));
    const org = o.organisation;
    if (!org) return [];
    return org.data.handoffs.flatMap((h, i) =>
      h.controls.flatMap((id, j) =>
        known.has(id) ? [] : [{ file: org.file, field: `handoffs[${i}].controls[${j}]`, message: `expected an internal control ID with a file in ${o.controlsDir}/; found "${id}", which matches no file there` }]));
  },
};

export const overlayHandoffEvidence: OverlayRule = {
  name: 'overlay-handoff-evidence',
  description: "Every artifact an organisation says it receives at a handoff is on that handoff's evidence checklist.",
  check: (m, o) => {
    const org = o.organisation;
    if (!org) return [];
    return org.data.handoffs.flatMap((h, i) => {
      const handoff = m.byId.handoffs.get(h.handoff);
      if (!handoff) return []; // reported by overlay-unknown-reference
      const checklist = handoff.data.evidence.map((e) => e.artifact);
      return h.receives.flatMap((a, j) =>
        checklist.includes(a) ? [] : [{
          file: org.file,
          field: `handoffs[${i}].receives[${j}]`,
          message: `expected one of the evidence artifacts of ${handoff.id} ${handoff.data.name} (${checklist.map((x) => `"${x}"`).join(', ')}); found "${a}"`,
        }]);
    });
  },
};

function dupes(xs: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(xs.filter((x) => (seen.has(x) ? true : (seen.add(x), false))))];
}

/** Lists in which a value may appear once. */
function* lists(o: OverlayDraft): Generator<{ file: string; field: string; values: string[] }> {
  const org = o.organisation;
  if (org) {
    yield { file: org.file, field: 'skips', values: org.data.skips.map((s) => s.stage) };
    yield { file: org.file, field: 'handoffs', values: org.data.handoffs.map((h) => h.handoff) };
    for (const [i, h] of org.data.handoffs.entries()) {
      yield { file: org.file, field: `handoffs[${i}].receives`, values: h.receives };
      yield { file: org.file, field: `handoffs[${i}].controls`, values: h.controls };
    }
  }
  for (const c of o.controls) {
    yield { file: c.file, field: 'stages', values: c.data.stages };
    yield { file: c.file, field: 'llmops', values: c.data.llmops };
    yield { file: c.file, field: 'provisions', values: c.data.provisions };
  }
}

export const overlayDuplicateInList: OverlayRule = {
  name: 'overlay-duplicate-in-list',
  description: 'A stage is skipped at most once, a handoff is listed once, and no list in the overlay repeats a value.',
  check: (_m, o) =>
    [...lists(o)].flatMap((l) => dupes(l.values).map((d) => ({ file: l.file, field: l.field, message: `expected each value once; found "${d}" more than once` }))),
};

export const overlayPageBodyIsSafe: OverlayRule = {
  name: 'mdx-body-is-safe',
  description: 'A fork\'s own pages obey the same rule as the model\'s bodies: Markdown, :cite[key] and the body components only, naming existing entries.',
  check: (m, o) => o.pages.flatMap((p) => checkBody(m, p.body, p.bodyLine, { citations: true }).map((f) => ({ ...f, file: p.file }))),
};

export const OVERLAY_RULES: OverlayRule[] = [overlayModelReference, overlayControlReference, overlayHandoffEvidence, overlayDuplicateInList, overlayPageBodyIsSafe];

export const runOverlayRules = (m: Model, o: OverlayDraft, rules: OverlayRule[] = OVERLAY_RULES): Issue[] =>
  rules.flatMap((r) => r.check(m, o).map((i) => ({ ...i, rule: r.name })));
