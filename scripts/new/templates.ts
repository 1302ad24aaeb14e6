/**
 * What `npm run new` writes for each collection. Keyed by collection with a mapped type, so adding a
 * collection to the registry without a template here fails the typecheck; each template's data is typed
 * as the input of the collection's schema, so a template lacking a required field (one renamed in the
 * schema, say) fails it too. A field the schema does not know fails `scaffold.test.ts` instead (TypeScript
 * does not check excess properties of a returned object).
 *
 * Convention: every field the author has to write (names, summaries, rationales, keys, sources) is an
 * empty string, so `npm run validate` names each one ("must not be empty"); structural fields (enums,
 * numbers, switches) and cross-references start at a real value (L1, G.1, stage 1.1, eu-art-10, end-user)
 * that validates, and the CLI lists them so the author checks each one.
 */
import { subcategoryOfAction } from '../../src/model/gai-actions.ts';
import type { z } from 'zod';
import type { Entry } from '../../src/model/read.ts';
import type { COLLECTIONS, CollectionName } from '../../src/schemas/index.ts';

type Input<K extends CollectionName> = z.input<(typeof COLLECTIONS)[K]['schema']>;

export interface Scaffold<K extends CollectionName> {
  data: Input<K>;
  /** Markdown body: the section headings the collection's pages use, with the prose left to write. */
  body?: string;
}

/** The new ID, and the collection's existing entries (to continue their `order`). */
type Template<K extends CollectionName> = (id: string, existing: Entry<z.output<(typeof COLLECTIONS)[K]['schema']>>[]) => Scaffold<K>;

/** The number in an ID such as L5, T4 or H4. */
const numberIn = (id: string) => Number(/\d+/.exec(id)?.[0] ?? 1);
const nextOrder = (xs: { data: { order: number } }[]) => Math.max(0, ...xs.map((x) => x.data.order)) + 1;
const headings = (...hs: string[]) => hs.map((h) => `## ${h}\n`).join('\n');

/** The framework a provision ID's prefix names (`eu-…`, `nist-…`, `nist600-…`, `iso-…`). */
const FRAMEWORK_OF_PREFIX = { eu: 'eu-ai-act', nist: 'nist-ai-rmf', nist600: 'nist-ai-600-1', iso: 'iso-42001' } as const;

export const TEMPLATES: { [K in CollectionName]: Template<K> } = {
  layers: (id) => ({ data: { name: '', order: numberIn(id), summary: '', band: 'downstream' } }),

  stages: (id, existing) => ({
    data: {
      name: '',
      // stage-in-its-layer: the layer is the one numbered like the ID's first part.
      layer: `L${id.split('.')[0]}`,
      novelty: 'refined',
      summary: '',
      attackSurface: { actors: ['end-user'], artifacts: [''], access: '' },
      tier: Math.max(1, ...existing.map((s) => s.data.tier)),
      llmops: [],
      categories: ['G.1'],
      aliases: [],
      guidance: {
        threats: [1, 2, 3].map(() => ({ key: '', title: '', actor: 'external-adversary', artifact: '', how: '', sources: [''] })),
        controls: [1, 2, 3].map(() => ({ title: '', what: '', answers: [''] })),
        evidence: [1, 2].map(() => ({ record: '', why: '' })),
        ifSkipped: '',
        stride: { tampering: '' },
        owasp: [{ id: '', name: '', why: '' }],
        agentic: [],
        atlas: [],
      },
    },
    body: headings('What happens here', 'Why it is a separate stage', 'Representative threats', 'Where it connects'),
  }),

  llmops: () => ({
    data: { name: '', summary: '', coverage: { D: 'absent', S: 'absent', P: 'absent' }, phase: 'gap-closure' },
    body: headings('Operational function', 'Security concern', 'How a compromise cascades', 'Sources'),
  }),

  categories: (_id, existing) => ({
    data: { name: '', placement: 'cross-cutting', scope: '', order: nextOrder(existing) },
    body: headings('Scope', 'Why it sits at this layer', 'What it asks of practitioners'),
  }),

  provisions: (id) => {
    const framework = FRAMEWORK_OF_PREFIX[id.split('-')[0] as keyof typeof FRAMEWORK_OF_PREFIX];
    return {
      data: {
        framework,
        reference: '',
        label: '',
        binds: [framework === 'eu-ai-act' ? 'provider' : 'adopting-organisation'],
        // The EU AI Act's provisions name the scopes of Art. 113 they fall under; the date shown is derived.
        scopes: framework === 'eu-ai-act' ? ['general'] : [],
        categories: ['G.1'],
        stages: [{ stage: '1.1', rationale: '' }],
        kind: 'decision-shaping',
        kindRationale: '',
      },
      body: '',
    };
  },

  table3: () => ({
    data: { layerLabel: '', citations: [{ label: '', framework: 'eu-ai-act', form: 'single', provisions: ['eu-art-10'] }] },
  }),

  handoffs: () => ({
    data: { name: '', from: 'L1', to: 'L2', fromRole: '', toRole: '', summary: '', evidence: [{ artifact: '', provisions: ['eu-art-10'], producedAt: '1.1', usedAt: '2.1', check: '' }], categories: ['G.1'] },
    body: '',
  }),

  actors: (_id, existing) => ({
    data: { name: '', order: nextOrder(existing), legitimateAccess: false, description: '', examples: [''], mitigations: '' },
  }),

  tiers: (id, existing) => ({
    data: {
      name: '',
      level: numberIn(id),
      summary: '',
      layersAndHandoffs: true,
      stagesUpToTier: Math.max(0, ...existing.map((t) => t.data.stagesUpToTier)),
      llmops: true,
      categories: true,
      steps: [1, 2, 3].map(() => ({ title: '', what: '', units: ['L1'] })),
      leavesUncovered: [{ gap: '', units: ['L1'] }],
    },
  }),

  frameworks: (_id, existing) => ({
    data: {
      name: '',
      reference: '',
      order: nextOrder(existing),
      summary: '',
      granularity: '',
      securityStages: 'No',
      evidenceBase: 'Theoretical',
      governanceLinkage: 'None',
      endToEnd: false,
    },
  }),

  incidents: () => ({
    data: { name: '', date: '', sortDate: '', kind: 'incident', summary: '', stages: [{ stage: '1.1', role: 'primary', note: '', threats: [''] }], llmops: [], caughtAt: { stage: '1.1', how: '' }, missingEvidence: [{ provision: 'eu-art-10', evidence: '' }], sources: [''] },
    body: '',
  }),

  references: () => ({ data: { text: '' } }),

  claims: (_id, existing) => ({
    data: { section: '', statement: '', claimed: 0, metric: '', params: {}, order: nextOrder(existing), topic: '' },
  }),

  identifiers: () => ({ data: { name: '', edition: '', source: '', items: [{ id: '', name: '' }] } }),

  phases: (_id, existing) => ({
    data: { source: '', order: nextOrder(existing), name: '', summary: '', stages: [{ stage: '1.1', note: '' }], llmops: [], categories: [] },
  }),

  schedules: () => ({
    data: { framework: 'eu-ai-act', basis: '', source: '', checked: '', scopes: [{ id: '', label: '', covers: '', date: '', basis: '' }] },
  }),

  // One scope moved; `from` must be the date in force before this amendment, which validation checks.
  // The subcategory follows from the ID (GV-1.1-004 serves GOVERN 1.1); a risk must be filled in.
  actions: (id) => ({
    data: { subcategory: subcategoryOfAction(id) ?? '', action: '', risks: [''], tasks: ['Governance and Oversight'] },
  }),

  amendments: () => ({
    data: { name: '', amends: 'eu-ai-act', adopted: [{ by: '', date: '' }], checkStatus: 'secondary-sources', checked: '', sources: [''], changes: [{ scope: 'general', from: '', to: '', what: '' }], adds: [] },
  }),
};
