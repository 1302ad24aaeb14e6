import { z } from 'zod';
import { isoDate, line, referenceId, scopeId } from './ids.ts';
import { FRAMEWORKS } from './provision.ts';

/**
 * One scope of application: a set of provisions that start to apply on the same day, e.g. the
 * prohibited practices, the GPAI obligations, or the obligations for Annex III high-risk systems.
 */
export const scopeSchema = z.strictObject({
  /** The key provisions use in `scopes`. */
  id: scopeId,
  /** Short name shown beside the date, e.g. "Annex III high-risk systems". */
  label: line(120),
  /** What the scope covers, in the instrument's own terms (chapters, articles, systems). */
  covers: line(300),
  /** The day the scope starts to apply, as the text that sets it gives it. */
  date: isoDate,
  /** The provision that sets the date, e.g. "Art. 113, third paragraph, point (b)" or "Art. 111(3)". */
  basis: line(120),
});
export type ScopeData = z.infer<typeof scopeSchema>;

/**
 * The application schedule of a binding instrument as originally adopted (`content/schedules/<id>.yaml`,
 * named after the framework, e.g. `eu-ai-act.yaml` for Art. 113 of Regulation (EU) 2024/1689).
 * Amendments to it are separate entries (`content/amendments/`); the date a page shows is derived from both.
 */
export const scheduleSchema = z.strictObject({
  /** The framework whose provisions the schedule dates. Provisions of this framework must name their scopes. */
  framework: z.enum(FRAMEWORKS),
  /** The provision that sets the schedule, e.g. "Art. 113". */
  basis: line(60),
  /** Where the dates come from (a reference key). */
  source: referenceId,
  /** The day the dates were last checked against the source. */
  checked: isoDate,
  /** Every scope of application, with its original date. */
  scopes: z.array(scopeSchema).min(1),
});
export type ScheduleData = z.infer<typeof scheduleSchema>;
