/** Display words for enumerations, in one place so every page says the same thing. */
import type { CheckStatus, IncidentKind, Kind, Novelty, Role } from '../schemas/index.ts';

export const NOVELTY_LABEL: Record<Novelty, string> = {
  refined: 'Refines an existing category',
  subsumed: 'Additional stage: previously subsumed under a broader category',
  omitted: 'Additional stage: previously omitted from lifecycle frameworks',
  emerging: 'Additional stage: emerging architectural paradigm',
};
export const NOVELTY_SHORT: Record<Novelty, string> = { refined: 'Refined', subsumed: 'Subsumed', omitted: 'Omitted', emerging: 'Emerging' };
export const KIND_LABEL: Record<Kind, string> = { 'decision-shaping': 'Decision-shaping', 'evidence-producing': 'Evidence-producing' };
export const KIND_SHORT: Record<Kind, string> = { 'decision-shaping': 'Decision', 'evidence-producing': 'Evidence' };
export const COVERAGE_MARK = { named: '✓', implicit: '~', absent: '–' } as const;
export const COVERAGE_TEXT = { named: 'named function', implicit: 'implicit treatment', absent: 'absent' } as const;
export const PHASE_LABEL = { consensus: 'Consensus', elevation: 'Elevation', 'gap-closure': 'Gap closure', unclassifiable: 'Fits no phase' } as const;
export const ROLE_LABEL: Record<Role, string> = {
  provider: 'Provider',
  deployer: 'Deployer',
  importer: 'Importer',
  distributor: 'Distributor',
  'authorised-representative': 'Authorised representative',
  'notified-body': 'Notified body',
  'national-competent-authorities': 'National competent authorities',
  'gpai-provider': 'GPAI model provider',
  'gpai-provider-systemic-risk': 'GPAI provider (systemic risk)',
  'member-states': 'Member States',
  commission: 'European Commission',
  'ai-office': 'AI Office',
  'adopting-organisation': 'Adopting organisation',
};
/** Coverage report (organisation overlay): the status of a stage, and the status an organisation gives a control. */
export const COVERAGE_STATUS_LABEL = { covered: 'Covered', partial: 'Partly covered', not: 'Not covered', skipped: 'Skipped' } as const;
/** Shapes that differ without colour; the label always accompanies them. */
export const COVERAGE_STATUS_MARK = { covered: '●', partial: '◐', not: '○', skipped: '⊘' } as const;
export const CONTROL_STATUS_LABEL = { implemented: 'Implemented', partial: 'Partial', planned: 'Planned', 'not-implemented': 'Not implemented' } as const;
/** How an amendment's dates were checked (src/schemas/amendment.ts), as the provision pages say it. */
export const CHECK_STATUS_LABEL: Record<CheckStatus, string> = {
  'official-text': 'against the official text',
  'secondary-sources': 'against several independent secondary sources (not yet against the published text)',
};
/** Incident kinds (src/schemas/incident.ts): on the entry page, as a search filter and on the Open Graph card, and counted on the index. */
export const INCIDENT_KIND_LABEL: Record<IncidentKind, string> = {
  incident: 'Incident in the wild',
  disclosure: 'Vulnerability disclosure, no reported exploitation',
  demonstration: 'Research demonstration',
};
export const INCIDENT_KIND_FILTER: Record<IncidentKind, string> = { incident: 'In the wild', disclosure: 'Vulnerability disclosure', demonstration: 'Research demonstration' };
export const INCIDENT_KIND_CARD: Record<IncidentKind, string> = { incident: 'Incident', disclosure: 'Vulnerability disclosure', demonstration: 'Research demonstration' };
/** How the incidents index counts each kind: "26 incidents in the wild". */
export const INCIDENT_KIND_COUNTED: Record<IncidentKind, [string, string]> = {
  incident: ['incident in the wild', 'incidents in the wild'],
  disclosure: ['vulnerability disclosure with no reported exploitation', 'vulnerability disclosures with no reported exploitation'],
  demonstration: ['research demonstration', 'research demonstrations'],
};
