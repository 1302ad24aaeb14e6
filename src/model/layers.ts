import type { CategoryPlacement } from '../schemas/index.ts';
import type { Model } from './model.ts';

/** The layer IDs a category placement covers: "L2/L3" covers both, "cross-cutting" covers every layer. */
export function layersOfPlacement(m: Model, placement: CategoryPlacement): string[] {
  if (placement === 'cross-cutting') return m.layers.map((l) => l.id);
  return placement.split('/');
}

/**
 * The asymmetry band of a placement. A boundary placement counts with its later layer, as Section 6.3
 * does when it groups "Layers 2/3 through 4"; cross-cutting categories belong to no band.
 */
export function bandOfPlacement(m: Model, placement: CategoryPlacement): 'upstream' | 'downstream' | undefined {
  if (placement === 'cross-cutting') return undefined;
  const last = layersOfPlacement(m, placement).at(-1)!;
  return m.byId.layers.get(last)?.data.band;
}
