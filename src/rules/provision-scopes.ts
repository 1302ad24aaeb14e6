import { scheduleOf } from '../model/application.ts';
import type { Model } from '../model/model.ts';
import type { Rule } from './rule.ts';

/**
 * A provision of a framework with an application schedule names at least one scope of it, and only scopes
 * it has (after amendments); a provision of a framework without one names none. So every EU page shows a
 * derived date, and a voluntary standard never shows one.
 */
export const provisionNamesItsScopes: Rule = {
  name: 'provision-names-its-scopes',
  description: 'Every provision of a framework with an application schedule (the EU AI Act) names the scopes it falls under, each one a scope of that schedule as amended; provisions of other frameworks name none.',
  check: (m: Model) =>
    m.provisions.flatMap((p) => {
      const resolved = scheduleOf(m, p.data.framework);
      if (!resolved)
        return p.data.scopes.length ? [{ file: p.file, field: 'scopes', message: `expected no scopes (${p.data.framework} has no application schedule in content/schedules/); found ${p.data.scopes.join(', ')}` }] : [];
      const known = resolved.scopes.map((s) => s.id);
      if (!p.data.scopes.length)
        return [{ file: p.file, field: 'scopes', message: `expected at least one scope of ${resolved.schedule.file} (one of ${known.join(', ')}), from which the application date is derived; found none` }];
      return p.data.scopes.flatMap((id, i) => known.includes(id) ? [] : [{ file: p.file, field: `scopes[${i}]`, message: `expected a scope of ${resolved.schedule.file} or of an amendment to it (one of ${known.join(', ')}); found "${id}"` }]);
    }),
};
