import { z } from 'zod';
import { isoDate, line, referenceId, scopeId } from './ids.ts';
import { scopeSchema } from './schedule.ts';

/**
 * How well an amendment's facts are checked, in the fact sheet's terms: `official-text` ([V], against the
 * text as published), `secondary-sources` ([V2], two or more independent secondary sources agree).
 * Unchecked facts ([U]) are not published, so there is no value for them.
 */
export const CHECK_STATUSES = ['official-text', 'secondary-sources'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/**
 * An act that amends an application schedule (`content/amendments/<id>.yaml`). The next amendment is one
 * new file: the dates every provision page shows are derived from the schedule and its amendments.
 */
export const amendmentSchema = z.strictObject({
  /** The act's name as commonly cited, e.g. "Digital Omnibus on AI". */
  name: line(160),
  /** The schedule it amends (an ID in `content/schedules/`). */
  amends: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a schedule ID such as "eu-ai-act"' }),
  /** The act as published in the Official Journal, e.g. "Regulation (EU) 2026/…". Omitted until confirmed: never guessed. */
  officialAct: line(200).optional(),
  /** Each adoption step, in order (e.g. the European Parliament, then the Council). The last one dates the amendment. */
  adopted: z.array(z.strictObject({ by: line(80), date: isoDate })).min(1),
  /** How well the amendment's dates are checked. */
  checkStatus: z.enum(CHECK_STATUSES),
  /** What is still to confirm, in one line (e.g. the Official Journal reference); omitted when nothing is. */
  toConfirm: line(300).optional(),
  /** The day the amendment was last checked. */
  checked: isoDate,
  /** Sources, as bibliography keys. */
  sources: z.array(referenceId).min(1),
  /** Scopes whose date it moves: `from` is the date it replaces (checked against the schedule), `to` the new date. */
  changes: z.array(z.strictObject({ scope: scopeId, from: isoDate, to: isoDate, what: line(300) })).default([]),
  /** Scopes it adds, such as a new prohibition or a grace period, each with its own date. */
  adds: z.array(scopeSchema).default([]),
});
export type AmendmentData = z.infer<typeof amendmentSchema>;
