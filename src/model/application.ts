/**
 * Application dates, derived: a schedule as adopted (`content/schedules/`) with its amendments
 * (`content/amendments/`) applied in the order they were adopted gives the date in force for every scope,
 * with its history. A provision's page shows the dates of the scopes it names. Nothing here is typed in:
 * the next amendment is one new file under `content/amendments/`.
 */
import type { FrameworkKey } from '../schemas/index.ts';
import type { Amendment, Model, Provision, Schedule } from './model.ts';

/** One step in a scope's history: the date it had from that point, and what set it. */
export interface DateStep {
  date: string;
  /** The provision that set it, e.g. "Art. 113, third paragraph, point (c)", or what the amendment changed. */
  basis: string;
  /** The amendment that set it; absent for the schedule as adopted. */
  amendment?: Amendment;
}

/** A scope with the date in force and every earlier date. */
export interface ScopeDates {
  id: string;
  label: string;
  covers: string;
  /** The date in force: the last step of `history`. */
  date: string;
  /** Oldest first: the schedule's date (unless the scope was added by an amendment), then each amendment's. */
  history: DateStep[];
  /** The day the date in force was last checked (the schedule's or the amending act's `checked`). */
  checked: string;
  /** Reference keys for the date in force. */
  sources: string[];
}

/** A scope an amendment names that the schedule, as amended before it, cannot take. */
export interface ScheduleProblem {
  amendment: Amendment;
  field: string;
  message: string;
}

/** The schedule with every amendment applied, in adoption order, and any inconsistency found on the way. */
export function resolveSchedule(schedule: Schedule, amendments: Amendment[]): { scopes: ScopeDates[]; problems: ScheduleProblem[] } {
  const scopes = new Map<string, ScopeDates>(schedule.data.scopes.map((s) => [s.id, {
    id: s.id, label: s.label, covers: s.covers, date: s.date,
    history: [{ date: s.date, basis: s.basis }],
    checked: schedule.data.checked, sources: [schedule.data.source],
  }]));
  const problems: ScheduleProblem[] = [];
  for (const a of amendments.filter((x) => x.data.amends === schedule.id)) {
    for (const [i, c] of a.data.changes.entries()) {
      const s = scopes.get(c.scope);
      if (!s) {
        problems.push({ amendment: a, field: `changes[${i}].scope`, message: `expected a scope of the ${schedule.id} schedule (${[...scopes.keys()].join(', ')}); found "${c.scope}"` });
        continue;
      }
      if (s.date !== c.from) {
        problems.push({ amendment: a, field: `changes[${i}].from`, message: `expected ${s.date}, the date of "${c.scope}" in force before this amendment; found ${c.from}` });
        continue;
      }
      s.date = c.to;
      s.history.push({ date: c.to, basis: c.what, amendment: a });
      s.checked = a.data.checked;
      s.sources = a.data.sources;
    }
    for (const [i, n] of a.data.adds.entries()) {
      if (scopes.has(n.id)) {
        problems.push({ amendment: a, field: `adds[${i}].id`, message: `expected a new scope key; found "${n.id}", which the ${schedule.id} schedule already has (move its date under changes instead)` });
        continue;
      }
      scopes.set(n.id, { id: n.id, label: n.label, covers: n.covers, date: n.date, history: [{ date: n.date, basis: n.basis, amendment: a }], checked: a.data.checked, sources: a.data.sources });
    }
  }
  return { scopes: [...scopes.values()], problems };
}

/** The schedule of a framework, resolved; undefined for a framework without one (the voluntary standards). */
export function scheduleOf(m: Model, framework: FrameworkKey): { schedule: Schedule; scopes: ScopeDates[] } | undefined {
  const schedule = m.schedules.find((s) => s.data.framework === framework);
  if (!schedule) return undefined;
  return { schedule, scopes: resolveSchedule(schedule, m.amendments).scopes };
}

/** The application dates of a provision: one per scope it names, in the order it names them. */
export function applicationOf(m: Model, p: Provision): ScopeDates[] {
  const resolved = scheduleOf(m, p.data.framework);
  if (!resolved) return [];
  const byId = new Map(resolved.scopes.map((s) => [s.id, s]));
  return p.data.scopes.flatMap((id) => byId.get(id) ?? []);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2027-12-02" → "2 Dec 2027", the way the site writes dates. */
export const formatDay = (iso: string) => {
  const [y, mo, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[mo - 1]} ${y}`;
};
