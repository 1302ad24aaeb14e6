/** The registry of cross-entry rules, listed explicitly. Each runs on the model and reports issues. */
import type { Issue } from '../model/issues.ts';
import type { Model } from '../model/model.ts';
import { bindsNamesAddressees } from './binds-addressees.ts';
import { claimMetricKnown } from './claims.ts';
import { danglingReference } from './dangling-reference.ts';
import { duplicateEntry, duplicateInList, formerIdRetired } from './duplicates.ts';
import { expectedCounts } from './expected-counts.ts';
import { gaiActionPlaced } from './gai-actions.ts';
import { controlsAnswerThreats, pinnedIdentifiers } from './guidance.ts';
import { handoffEvidenceCrossesBoundary, tierStepsWithinScope } from './guides.ts';
import { incidentHasPrimaryStage, incidentThreatsExist } from './incidents.ts';
import { handoffAtLayerBoundary, llmopsSupportsAStage, provisionPlaced, provisionWithinCategoryLayers, stageInItsLayer, stageListsProvisionCategories } from './placement.ts';
import { paperAttributionQuoted } from './paper-attribution.ts';
import { proseIsComplete, stageCitesSources } from './prose.ts';
import { mdxBodyIsSafe } from './mdx-body.ts';
import { provisionOnPinnedList } from './provision-identifiers.ts';
import { pinnedListCovered } from './provision-coverage.ts';
import { provisionNamesItsScopes } from './provision-scopes.ts';
import { amendmentFitsSchedule } from './schedule-amendments.ts';
import { provisionIsCited, table3CitationHomogeneous, table3CitationShape } from './table3.ts';
import { additionalStagesFirst, stageTierExists } from './tiers.ts';
import type { Rule } from './rule.ts';

export const RULES: Rule[] = [
  danglingReference,
  duplicateInList,
  duplicateEntry,
  formerIdRetired,
  expectedCounts,
  stageInItsLayer,
  provisionPlaced,
  provisionWithinCategoryLayers,
  stageListsProvisionCategories,
  handoffAtLayerBoundary,
  llmopsSupportsAStage,
  table3CitationShape,
  table3CitationHomogeneous,
  provisionIsCited,
  proseIsComplete,
  mdxBodyIsSafe,
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
  pinnedListCovered,
  controlsAnswerThreats,
  amendmentFitsSchedule,
  provisionNamesItsScopes,
  bindsNamesAddressees,
  paperAttributionQuoted,
  gaiActionPlaced,
];

/** Runs every rule. Rules that depend on resolved references skip what dangles; `dangling-reference` reports it. */
export const runRules = (m: Model, rules: Rule[] = RULES): Issue[] => rules.flatMap((r) => r.check(m).map((i) => ({ ...i, rule: r.name })));
export type { Rule };
