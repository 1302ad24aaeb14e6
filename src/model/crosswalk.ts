/** The crosswalk from other lifecycle views (phases of the practitioner articles) to the model's stages. */
import type { Model, Phase, Stage } from './model.ts';

export interface CrosswalkView {
  /** Reference key of the article that defines the view. */
  source: string;
  phases: Phase[];
  /** Stages that no phase of the view covers: what the view leaves out. */
  uncovered: Stage[];
}

export function crosswalk(m: Model): CrosswalkView[] {
  const sources = [...new Set(m.phases.map((p) => p.data.source))];
  return sources.map((source) => {
    const phases = m.phases.filter((p) => p.data.source === source);
    const covered = new Set(phases.flatMap((p) => p.data.stages.map((s) => s.stage)));
    return { source, phases, uncovered: m.stages.filter((s) => !covered.has(s.id)) };
  });
}
