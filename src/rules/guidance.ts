import type { Model } from '../model/model.ts';
import type { Rule } from './rule.ts';

/** Which pinned list each mapping field of the guidance must come from. */
export const PINNED_LISTS = { owasp: 'owasp-llm-2025', agentic: 'owasp-agentic-2026', atlas: 'mitre-atlas' } as const;

export const pinnedIdentifiers: Rule = {
  name: 'pinned-identifiers',
  description: 'Every OWASP and ATLAS identifier a stage cites is on its pinned official list, with the name the list gives it.',
  check: (m: Model) =>
    m.stages.flatMap((s) =>
      (Object.keys(PINNED_LISTS) as (keyof typeof PINNED_LISTS)[]).flatMap((field) => {
        const list = m.byId.identifiers.get(PINNED_LISTS[field]);
        if (!list) return [{ file: s.file, field: `guidance.${field}`, message: `expected the pinned list content/identifiers/${PINNED_LISTS[field]}.yaml; found none` }];
        const names = new Map(list.data.items.map((i) => [i.id, i.name]));
        return s.data.guidance[field].flatMap((x, i) => {
          const official = names.get(x.id);
          if (official === undefined) return [{ file: s.file, field: `guidance.${field}[${i}].id`, message: `expected an ID on the pinned list ${list.data.name} (${list.data.edition}); found "${x.id}"` }];
          if (official !== x.name) return [{ file: s.file, field: `guidance.${field}[${i}].name`, message: `expected "${official}" (the official name of ${x.id}); found "${x.name}"` }];
          return [];
        });
      }),
    ),
};

export const controlsAnswerThreats: Rule = {
  name: 'controls-answer-threats',
  description: 'Threat keys are unique within a stage, every control answers existing threats, and every threat has a control.',
  check: (m: Model) =>
    m.stages.flatMap((s) => {
      const g = s.data.guidance;
      const out: ReturnType<Rule['check']> = [];
      const keys = g.threats.map((t) => t.key);
      keys.forEach((k, i) => { if (keys.indexOf(k) !== i) out.push({ file: s.file, field: `guidance.threats[${i}].key`, message: `expected a key used once; found "${k}" again` }); });
      g.controls.forEach((c, i) => c.answers.forEach((a, j) => {
        if (!keys.includes(a)) out.push({ file: s.file, field: `guidance.controls[${i}].answers[${j}]`, message: `expected one of the threat keys ${keys.join(', ')}; found "${a}"` });
      }));
      for (const [i, t] of g.threats.entries())
        if (!g.controls.some((c) => c.answers.includes(t.key))) out.push({ file: s.file, field: `guidance.threats[${i}]`, message: `expected at least one control answering "${t.key}"; found none` });
      return out;
    }),
};
