import type { Rule } from './rule.ts';

export const incidentHasPrimaryStage: Rule = {
  name: 'incident-has-primary-stage',
  description: 'Every incident names at least one primary stage: where the trust boundary was breached.',
  check: (m) =>
    m.incidents
      .filter((x) => !x.data.stages.some((s) => s.role === 'primary'))
      .map((x) => ({ file: x.file, field: 'stages', message: 'expected at least one stage with role "primary"; found only related stages' })),
};

export const incidentThreatsExist: Rule = {
  name: 'incident-threats-exist',
  description: "An incident's threats are threats on the page of the stage it names, and each primary stage names at least one, so the reader reaches the controls that answer it.",
  check: (m) =>
    m.incidents.flatMap((x) =>
      x.data.stages.flatMap((s, i) => {
        const stage = m.byId.stages.get(s.stage);
        if (!stage) return [];
        const keys = stage.data.guidance.threats.map((t) => t.key);
        const out = s.threats
          .map((k, j) => ({ k, j }))
          .filter(({ k }) => !keys.includes(k))
          .map(({ k, j }) => ({ file: x.file, field: `stages[${i}].threats[${j}]`, message: `expected a threat key of stage ${s.stage} (${keys.join(', ')}); found "${k}"` }));
        if (s.role === 'primary' && s.threats.length === 0)
          out.push({ file: x.file, field: `stages[${i}].threats`, message: `expected at least one threat of stage ${s.stage} for a primary stage (${keys.join(', ')}); found none` });
        return out;
      }),
    ),
};
