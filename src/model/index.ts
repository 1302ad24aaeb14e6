/** The pure core: everything pages, scripts and tests need, without any `astro:*` import. */
export { loadModel, validateContent, DEFAULT_CONTENT_ROOT } from './load';
export { ContentError, formatIssue, type Issue } from './issues';
export * from './model';
export * from './asymmetry';
export * from './llmops-phases';
export * from './xref';
export * from './units';
export * from './urls';
export * from './claims';
export { METRICS } from './metrics';
export { layersOfPlacement, bandOfPlacement } from './layers';
export { backlinks, references, type Backlink } from './refs';
export { searchKeywords } from './search';
export { crosswalk, type CrosswalkView } from './crosswalk';
export { activeOverlay, loadOverlay, overlaySource, readOverlay, type Control, type Overlay, type OverlayDraft } from './overlay';
export * from './coverage';
