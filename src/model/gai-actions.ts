/**
 * NIST AI 600-1's suggested actions placed in the lifecycle: each serves one AI RMF subcategory and bears on
 * that subcategory's stages, or on the narrower set the action names.
 */
import type { GaiAction, Model, Provision } from './model.ts';

const FUNCTIONS = { GV: 'govern', MP: 'map', MS: 'measure', MG: 'manage' } as const;
const ACTION_ID = /^(GV|MP|MS|MG)-([1-9])\.([1-9][0-9]?)-[0-9]{3}$/;

/** The provision ID of the subcategory an action ID names: `GV-1.1-001` → `nist-govern-1-1`. */
export function subcategoryOfAction(id: string): string | undefined {
  const m = ACTION_ID.exec(id);
  return m ? `nist-${FUNCTIONS[m[1] as keyof typeof FUNCTIONS]}-${m[2]}-${m[3]}` : undefined;
}

/** The stages an action bears on: its own narrower list, else its subcategory's stages. */
export const stagesOfAction = (m: Model, a: GaiAction): string[] =>
  a.data.stages.length ? a.data.stages.map((s) => s.stage) : (m.byId.provisions.get(a.data.subcategory)?.data.stages.map((s) => s.stage) ?? []);

export const actionsOfSubcategory = (m: Model, p: Provision) => m.actions.filter((a) => a.data.subcategory === p.id);
export const actionsOfRisk = (m: Model, p: Provision) => m.actions.filter((a) => a.data.risks.includes(p.id));
export const actionsOfStage = (m: Model, stage: string) => m.actions.filter((a) => stagesOfAction(m, a).includes(stage));
