/**
 * Layer colours, shared by social cards and figures. Assigned by pipeline order, so a fork that adds a
 * layer still gets a colour (the hues of the --layer-L* variables in src/styles/site.css). Each pair is a fill and a text colour on it with a contrast above 4.5:1.
 */
import type { Model } from '../model/model.ts';

const PALETTE = [
  { fill: '#1d4ed8', text: '#ffffff', name: 'blue' },
  { fill: '#6d28d9', text: '#ffffff', name: 'violet' },
  { fill: '#0f766e', text: '#ffffff', name: 'teal' },
  { fill: '#b45309', text: '#ffffff', name: 'amber' },
] as const;

export type LayerColour = (typeof PALETTE)[number];

export function layerColour(m: Model, layerId: string): LayerColour {
  const i = m.layers.findIndex((l) => l.id === layerId);
  return PALETTE[(i < 0 ? 0 : i) % PALETTE.length];
}
