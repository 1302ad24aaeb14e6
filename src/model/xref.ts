/** Cross-reference tables. Pure functions returning rows and cells; templates only render them. */
import { FRAMEWORKS, INCIDENT_KINDS, type FrameworkKey } from '../schemas/index.ts';
import type { Incident, Model, Provision, Stage } from './model.ts';

export interface Matrix<C, R = Stage> {
  rows: R[];
  columns: { id: string; label: string }[];
  /** cells[rowIndex][columnIndex] */
  cells: C[][];
}

/** Stage × governance category: whether the stage lists the category, and which of its provisions map there. */
export function stageByCategory(m: Model): Matrix<{ listed: boolean; provisions: Provision[] }> {
  return {
    rows: m.stages,
    columns: m.categories.map((g) => ({ id: g.id, label: g.data.name })),
    cells: m.stages.map((s) =>
      m.categories.map((g) => ({
        listed: s.data.categories.includes(g.id),
        provisions: m.provisions.filter((p) => p.data.categories.includes(g.id) && p.data.stages.some((x) => x.stage === s.id)),
      })),
    ),
  };
}

export function stageByLlmops(m: Model): Matrix<boolean> {
  return {
    rows: m.stages,
    columns: m.llmops.map((l) => ({ id: l.id, label: l.data.name })),
    cells: m.stages.map((s) => m.llmops.map((l) => s.data.llmops.includes(l.id))),
  };
}

export function stageByActor(m: Model): Matrix<boolean> {
  return {
    rows: m.stages,
    columns: m.actors.map((a) => ({ id: a.id, label: a.data.name })),
    cells: m.stages.map((s) => m.actors.map((a) => s.data.attackSurface.actors.includes(a.id))),
  };
}

/** Incident × stage: how each incident touches each stage (primary, related, or not at all). */
export function incidentByStage(m: Model): Matrix<'primary' | 'related' | undefined, Incident> {
  return {
    rows: m.incidents,
    columns: m.stages.map((s) => ({ id: s.id, label: s.data.name })),
    cells: m.incidents.map((x) => m.stages.map((s) => x.data.stages.find((l) => l.stage === s.id)?.role)),
  };
}

/** Stages no incident is mapped to, in pipeline order. */
export const stagesWithoutIncident = (m: Model) => m.stages.filter((s) => !m.incidents.some((x) => x.data.stages.some((l) => l.stage === s.id)));

/** Stage × governance framework: the provisions of each framework mapped to the stage. */
export function stageByFramework(m: Model): Matrix<Provision[]> {
  return {
    rows: m.stages,
    columns: FRAMEWORKS.map((f) => ({ id: f, label: f })),
    cells: m.stages.map((s) => FRAMEWORKS.map((f) => m.provisions.filter((p) => p.data.framework === f && p.data.stages.some((x) => x.stage === s.id)))),
  };
}

/** Provision × framework, summarised: the provisions of each framework in each category. */
export function provisionsByFrameworkAndCategory(m: Model): { framework: FrameworkKey; byCategory: Record<string, Provision[]> }[] {
  return FRAMEWORKS.map((f) => ({
    framework: f,
    byCategory: Object.fromEntries(m.categories.map((g) => [g.id, m.provisions.filter((p) => p.data.framework === f && p.data.categories.includes(g.id))])),
  }));
}

/** Inverse of the stage-side lists: the stages an LLMOps sub-stage supports. */
export const stagesOfLlmops = (m: Model, id: string) => m.stages.filter((s) => s.data.llmops.includes(id));
export const stagesOfCategory = (m: Model, id: string) => m.stages.filter((s) => s.data.categories.includes(id));
export const stagesOfActor = (m: Model, id: string) => m.stages.filter((s) => s.data.attackSurface.actors.includes(id));
export const stagesOfLayer = (m: Model, id: string) => m.stages.filter((s) => s.data.layer === id);
export const provisionsOfStage = (m: Model, id: string) =>
  m.provisions.flatMap((p) => p.data.stages.filter((x) => x.stage === id).map((x) => ({ provision: p, rationale: x.rationale })));
export const provisionsOfCategory = (m: Model, id: string) => m.provisions.filter((p) => p.data.categories.includes(id));
export const incidentsOfStage = (m: Model, id: string) => m.incidents.filter((x) => x.data.stages.some((s) => s.stage === id));
export const incidentsOfLlmops = (m: Model, id: string) => m.incidents.filter((x) => x.data.llmops.some((l) => l.id === id));
/** Incidents that realise one threat of a stage's guidance. */
export const incidentsOfThreat = (m: Model, stageId: string, key: string) =>
  m.incidents.filter((x) => x.data.stages.some((l) => l.stage === stageId && l.threats.includes(key)));
/** Incidents in which the evidence a provision asks for was missing, with what that evidence was. */
export const incidentsMissingEvidenceOf = (m: Model, provisionId: string) =>
  m.incidents.flatMap((x) => x.data.missingEvidence.filter((e) => e.provision === provisionId).map((e) => ({ incident: x, evidence: e.evidence })));
/** Incidents that should have been caught at a stage. */
export const incidentsCaughtAt = (m: Model, stageId: string) => m.incidents.filter((x) => x.data.caughtAt.stage === stageId);
/** The controls of a stage that answer any of the given threats, with their position (1-based, as anchored on the stage page). */
export function controlsAnswering(m: Model, stageId: string, keys: string[]) {
  const s = m.byId.stages.get(stageId);
  if (!s) return [];
  return s.data.guidance.controls.map((c, i) => ({ control: c, n: i + 1 })).filter(({ control }) => control.answers.some((a) => keys.includes(a)));
}
export const handoffsOfProvision = (m: Model, id: string) => m.handoffs.filter((h) => h.data.evidence.some((e) => e.provisions.includes(id)));
export const handoffsOfCategory = (m: Model, id: string) => m.handoffs.filter((h) => h.data.categories.includes(id));
export const table3CitationsOfProvision = (m: Model, id: string) =>
  m.table3.flatMap((r) => r.data.citations.filter((c) => c.provisions.includes(id)).map((c) => ({ category: r.id, citation: c })));
export const childrenOfProvision = (m: Model, id: string) => m.provisions.filter((p) => p.data.parent === id);
/** Entries next to an entry in its collection's order (for stages: pipeline order across layers). */
export function neighbours<K extends 'layers' | 'stages' | 'llmops' | 'categories' | 'handoffs'>(m: Model, collection: K, id: string) {
  const xs = m[collection] as Model[K];
  const i = xs.findIndex((e) => e.id === id);
  return { prev: xs[i - 1] as Model[K][number] | undefined, next: xs[i + 1] as Model[K][number] | undefined };
}

/** How many incident entries there are of each kind, in the schema's order (incident, disclosure, demonstration). */
export const incidentKindCounts = (m: Model) =>
  INCIDENT_KINDS.map((kind) => ({ kind, count: m.incidents.filter((x) => x.data.kind === kind).length }));
