/** The organisation overlay as pages see it: undefined for the public model, validated and memoised otherwise. */
import { activeOverlay, coverage, type CoverageReport } from '../model/index.ts';
import { model } from './model.ts';

export const overlay = () => activeOverlay(model());
/** The coverage report, when an overlay is in use. */
export const coverageReport = (): CoverageReport | undefined => {
  const o = overlay();
  return o && coverage(model(), o);
};
