import { resolveSchedule } from '../model/application.ts';
import type { Model } from '../model/model.ts';
import type { Rule } from './rule.ts';

/**
 * Every amendment applies to its schedule as amended before it: a moved scope exists and its `from` is the
 * date then in force, an added scope is new. One schedule per framework, so a provision's dates are never ambiguous.
 */
export const amendmentFitsSchedule: Rule = {
  name: 'amendment-fits-schedule',
  description: "Each amendment moves scopes its schedule has, from the date in force before it (amendments applied in adoption order), adds only new scopes, and each framework has at most one schedule.",
  check: (m: Model) => [
    ...m.schedules.flatMap((s) => {
      const first = m.schedules.find((x) => x.data.framework === s.data.framework)!;
      return first === s ? [] : [{ file: s.file, field: 'framework', message: `expected one schedule per framework; found a second one for ${s.data.framework} (the first is ${first.file})` }];
    }),
    ...m.schedules.flatMap((s) => resolveSchedule(s, m.amendments).problems.map((p) => ({ file: p.amendment.file, field: p.field, message: p.message }))),
    ...m.amendments.filter((a) => a.data.changes.length + a.data.adds.length === 0)
      .map((a) => ({ file: a.file, field: 'changes', message: 'expected at least one scope moved (changes) or added (adds); found neither' })),
  ],
};
