/** The organisation overlay as pages see it: undefined for the public model, validated and memoised otherwise; and whether the build is internal. */
import { activeOverlay, coverage, internalBuild, internalLabel, type CoverageReport, type InternalBuild } from '../model/index.ts';
import { model } from './model.ts';

export const overlay = () => activeOverlay(model());
/** The coverage report, when an overlay is in use. */
export const coverageReport = (): CoverageReport | undefined => {
  const o = overlay();
  return o && coverage(model(), o);
};

let marking: { value: InternalBuild | undefined } | undefined;
/** Whether this build is internal (it carries organisation data), and for which organisation; memoised. */
export const internal = (): InternalBuild | undefined => (marking ??= { value: internalBuild(model()) }).value;
/** "Internal · <organisation>", or undefined for a public build. */
export const internalMarker = (): string | undefined => {
  const b = internal();
  return b && internalLabel(b);
};
