/** The registry of cross-entry rules, listed explicitly. Each runs on the model and reports issues. */
import type { Issue } from '../model/issues';
import type { Model } from '../model/model';
import { claimMetricKnown } from './claims';
import { danglingReference } from './dangling-reference';
import { duplicateEntry, duplicateInList, formerIdRetired } from './duplicates';
import { expectedCounts } from './expected-counts';
import { controlsAnswerThreats, pinnedIdentifiers } from './guidance';
import { handoffEvidenceCrossesBoundary, tierStepsWithinScope } from './guides';
import { incidentHasPrimaryStage, incidentThreatsExist } from './incidents';
import { handoffAtLayerBoundary, llmopsSupportsAStage, provisionWithinCategoryLayers, stageInItsLayer, stageListsProvisionCategories } from './placement';
import { proseIsComplete, stageCitesSources } from './prose';
import { proseHasNoMarkup } from './raw-html';
import { provisionOnPinnedList } from './provision-identifiers';
import { provisionIsCited, table3CitationHomogeneous, table3CitationShape } from './table3';
import { additionalStagesFirst, stageTierExists } from './tiers';
import type { Rule } from './rule';

export const RULES: Rule[] = [
  danglingReference,
  duplicateInList,
  duplicateEntry,
  formerIdRetired,
  expectedCounts,
  stageInItsLayer,
  provisionWithinCategoryLayers,
  stageListsProvisionCategories,
  handoffAtLayerBoundary,
  llmopsSupportsAStage,
  table3CitationShape,
  table3CitationHomogeneous,
  provisionIsCited,
  proseIsComplete,
  proseHasNoMarkup,
  stageCitesSources,
  stageTierExists,
  additionalStagesFirst,
  claimMetricKnown,
  incidentHasPrimaryStage,
  incidentThreatsExist,
  handoffEvidenceCrossesBoundary,
  tierStepsWithinScope,
  pinnedIdentifiers,
  provisionOnPinnedList,
  controlsAnswerThreats,
];

/** Runs every rule. Rules that depend on resolved references skip what dangles; `dangling-reference` reports it. */
export const runRules = (m: Model, rules: Rule[] = RULES): Issue[] => rules.flatMap((r) => r.check(m).map((i) => ({ ...i, rule: r.name })));
export type { Rule };
