/**
 * The components an MDX body may use, without an import: their names, props and an example each. This is
 * the allowed set: the rule `mdx-body-is-safe` (src/rules/mdx-body.ts) rejects any other component and
 * checks every prop against the model; `src/components/mdx/` holds one component per name (the body map
 * in `src/components/Prose.astro` must list exactly these, which the type checker enforces); and the schema
 * reference page documents each one with its example.
 *
 * Props are plain strings (`id="2.4"`): a JavaScript expression (`id={x}`) is rejected, so a body can only
 * name things, never compute them.
 */
import { FRAMEWORKS } from './provision.ts';

/** What a prop's value must be, checked against the model by the rule. */
export type PropKind =
  /** the ID of a stage, sub-stage, category, provision, handoff or incident */
  | 'unit'
  | 'stage'
  /** stage IDs separated by commas or spaces, or a range written `2.6–2.9` (en dash or hyphen) within one layer */
  | 'stages'
  | 'handoff'
  | 'tier'
  | 'figure'
  | 'framework'
  /** one of `values` */
  | 'choice'
  /** any text (shown escaped) */
  | 'text';

export interface PropSpec { kind: PropKind; required: boolean; description: string; values?: readonly string[] }

export interface BodyComponentSpec {
  description: string;
  props: Record<string, PropSpec>;
  /** Whether the component wraps Markdown written between its tags. */
  children: boolean;
  /** Shown on the schema reference page; the tests check that every example validates. */
  example: string;
  /** Props of which exactly one must be given. */
  oneOf?: readonly string[];
}

/** The figures a body can embed by name (the downloadable ones, `figures/<name>.svg|png`). */
export const FIGURE_NAMES = ['lifecycle', 'governance', 'asymmetry'] as const;
export const ASIDE_TYPES = ['note', 'tip', 'caution', 'danger'] as const;

export const BODY_COMPONENTS = {
  UnitLink: {
    description: 'A link to a stage, sub-stage, category, provision, handoff or incident by its ID, showing its current ID and name; it follows a rename.',
    props: { id: { kind: 'unit', required: true, description: 'The entry\'s ID, e.g. 2.4, L.7, G.5, eu-art-14, H2, hf-malicious-models.' } },
    children: false,
    example: 'Reward models are trained at <UnitLink id="2.4" />.',
  },
  Figure: {
    description: 'One of the generated figures, drawn from the model, with its SVG and PNG downloads.',
    props: { name: { kind: 'figure', required: true, description: 'The figure\'s name.', values: FIGURE_NAMES } },
    children: false,
    example: '<Figure name="governance" />',
  },
  StageLocator: {
    description: 'The small lifecycle map with one stage highlighted, as at the top of every stage page.',
    props: { stage: { kind: 'stage', required: true, description: 'The stage to highlight.' } },
    children: false,
    example: '<StageLocator stage="2.4" />',
  },
  ProvisionList: {
    description: 'The provisions mapped to a stage, or every provision of a framework, as links.',
    props: {
      stage: { kind: 'stage', required: false, description: 'List the provisions mapped to this stage.' },
      framework: { kind: 'framework', required: false, description: 'List every provision of this framework.', values: FRAMEWORKS },
    },
    oneOf: ['stage', 'framework'],
    children: false,
    example: '<ProvisionList stage="2.4" />',
  },
  StageList: {
    description: 'The stages an organisation analyses at an adoption tier, as links.',
    props: { tier: { kind: 'tier', required: true, description: 'The adoption tier, T1 to T3.' } },
    children: false,
    example: '<StageList tier="T2" />',
  },
  EvidenceChecklist: {
    description: 'A handoff\'s evidence checklist: each record, where it is produced and relied on, and what the receiver checks.',
    props: { handoff: { kind: 'handoff', required: true, description: 'The handoff, e.g. H2.' } },
    children: false,
    example: '<EvidenceChecklist handoff="H2" />',
  },
  CoverageStatus: {
    description: 'The organisation overlay\'s coverage status of the given stages (covered, partial, skipped or uncovered); without an overlay it says that none is in use.',
    props: { stages: { kind: 'stages', required: true, description: 'The stages, e.g. 2.6–2.9 or 2.6, 4.1.' } },
    children: false,
    example: '<CoverageStatus stages="2.6–2.9" />',
  },
  Aside: {
    description: 'Starlight\'s callout box around Markdown.',
    props: {
      type: { kind: 'choice', required: false, description: 'The kind of callout; note by default.', values: ASIDE_TYPES },
      title: { kind: 'text', required: false, description: 'A title instead of the kind\'s own.' },
    },
    children: true,
    example: '<Aside type="caution">Keep the signed manifest with the weights.</Aside>',
  },
  Tabs: {
    description: 'Starlight\'s tabs; each tab is a TabItem.',
    props: {},
    children: true,
    example: '<Tabs>\n<TabItem label="Provider">Publishes the model card.</TabItem>\n<TabItem label="Deployer">Checks it.</TabItem>\n</Tabs>',
  },
  TabItem: {
    description: 'One tab of Tabs.',
    props: { label: { kind: 'text', required: true, description: 'The tab\'s label.' } },
    children: true,
    example: '<TabItem label="Provider">Publishes the model card.</TabItem>',
  },
  Card: {
    description: 'Starlight\'s card: a titled box around Markdown.',
    props: { title: { kind: 'text', required: true, description: 'The card\'s title.' } },
    children: true,
    example: '<Card title="Before release">Run the red-team suite.</Card>',
  },
  Steps: {
    description: 'Starlight\'s numbered steps, around one ordered Markdown list.',
    props: {},
    children: true,
    example: '<Steps>\n\n1. Collect the evaluation report.\n2. Sign the release.\n\n</Steps>',
  },
} as const satisfies Record<string, BodyComponentSpec>;

export type BodyComponentName = keyof typeof BODY_COMPONENTS;
export const isBodyComponent = (name: string): name is BodyComponentName => Object.hasOwn(BODY_COMPONENTS, name);
