import { METRICS, paramProblems } from '../model/metrics.ts';
import type { Rule } from './rule.ts';

export const claimMetricKnown: Rule = {
  name: 'claim-metric-known',
  description: 'A claim names a metric the core computes, with the parameters that metric takes.',
  check: (m) =>
    m.claims.flatMap((c) => {
      const metric = METRICS[c.data.metric];
      if (!metric) return [{ file: c.file, field: 'metric', message: `expected one of ${Object.keys(METRICS).join(', ')}; found "${c.data.metric}"` }];
      return [
        ...paramProblems(m, metric, c.data.params).map((message) => ({ file: c.file, field: 'params', message })),
        ...c.data.alsoUnder.flatMap((r, i) =>
          paramProblems(m, metric, { ...c.data.params, ...r.params }).map((message) => ({ file: c.file, field: `alsoUnder[${i}].params`, message }))),
      ];
    }),
};
