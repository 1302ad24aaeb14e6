import type { Rule } from './rule';

export const incidentHasPrimaryStage: Rule = {
  name: 'incident-has-primary-stage',
  description: 'Every incident names at least one primary stage: where the trust boundary was breached.',
  check: (m) =>
    m.incidents
      .filter((x) => !x.data.stages.some((s) => s.role === 'primary'))
      .map((x) => ({ file: x.file, field: 'stages', message: 'expected at least one stage with role "primary"; found only related stages' })),
};
