/** The pure core: everything pages, scripts and tests need, without any `astro:*` import. */
export { loadModel, validateContent, DEFAULT_CONTENT_ROOT } from './load.ts';
export { ContentError, formatIssue, type Issue } from './issues.ts';
export * from './model.ts';
export * from './asymmetry.ts';
export * from './llmops-phases.ts';
export * from './xref.ts';
export * from './units.ts';
export * from './urls.ts';
export * from './claims.ts';
export { METRICS } from './metrics.ts';
export { layersOfPlacement, bandOfPlacement } from './layers.ts';
export { backlinks, references, type Backlink } from './refs.ts';
export { searchKeywords } from './search.ts';
export { crosswalk, type CrosswalkView } from './crosswalk.ts';
export { activeOverlay, loadOverlay, overlaySource, readOverlay, type Control, type Overlay, type OverlayDraft } from './overlay.ts';
export * from './coverage.ts';
export * from './body-refs.ts';
