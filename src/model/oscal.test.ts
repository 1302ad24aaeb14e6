import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanFixtures, fixture } from '../test/fixture.ts';
import { loadModel, validateContent } from './load.ts';
import { oscalCatalog, oscalId, oscalProfile, type OscalControl, type OscalPart } from './oscal.ts';

afterAll(cleanFixtures);

const m = loadModel();
const OPTIONS = { version: '1.2.3', lastModified: '2025-06-30T12:00:00Z' };
const catalog = oscalCatalog(m, OPTIONS);

/** NIST's published schemas (draft-07), pinned in `src/schemas/oscal/`. Ajv 8 compiles their `\p{…}` patterns as Unicode regexps. */
function validator(model: 'catalog' | 'profile') {
  const ajv = new Ajv({ allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(process.cwd(), 'src', 'schemas', 'oscal', `oscal_${model}_schema.json`), 'utf8')));
}
const validateCatalog = validator('catalog');
const validateProfile = validator('profile');
const errorsOf = (validate: ReturnType<typeof validator>, doc: unknown) => (validate(JSON.parse(JSON.stringify(doc))) ? [] : validate.errors);

const controlsOf = (c: typeof catalog): OscalControl[] => c.catalog.groups.flatMap((g) => g.controls ?? []);
const control = (id: string) => controlsOf(catalog).find((c) => c.id === id)!;
const allIds = (c: typeof catalog) => {
  const ids: string[] = [];
  const walkParts = (ps: OscalPart[] = []) => ps.forEach((p) => { if (p.id) ids.push(p.id); walkParts(p.parts); });
  for (const g of c.catalog.groups) {
    ids.push(g.id);
    walkParts(g.parts);
    for (const x of g.controls ?? []) { ids.push(x.id); walkParts(x.parts); }
  }
  return ids;
};

describe('the OSCAL catalog', () => {
  it("validates against NIST's OSCAL 1.1.2 catalog schema", () => {
    expect(errorsOf(validateCatalog, catalog)).toEqual([]);
  });

  it('is checked with the schema patterns in force (a control ID starting with a digit is rejected)', () => {
    const bad = structuredClone(catalog);
    bad.catalog.groups[0].controls![0].id = '2-4';
    expect(errorsOf(validateCatalog, bad)).not.toEqual([]);
  });

  it('carries the content version and last-modified time it is given', () => {
    expect(catalog.catalog.metadata).toMatchObject({ version: '1.2.3', 'last-modified': '2025-06-30T12:00:00Z', 'oscal-version': '1.1.2' });
  });

  it('groups every stage of the model under its layer, in pipeline order', () => {
    const layerGroups = catalog.catalog.groups.slice(0, m.layers.length);
    expect(layerGroups.map((g) => g.title)).toEqual(m.layers.map((l) => l.data.name));
    expect(layerGroups.flatMap((g) => (g.controls ?? []).map((c) => c.title))).toEqual(m.stages.map((s) => s.data.name));
    for (const [i, l] of m.layers.entries())
      expect(layerGroups[i].controls!.map((c) => c.id)).toEqual(m.stages.filter((s) => s.data.layer === l.id).map((s) => oscalId('stages', s.id)));
  });

  it('has a governance group with every category and an llmops group with every sub-stage', () => {
    const group = (id: string) => catalog.catalog.groups.find((g) => g.id === id)!;
    expect(group('governance').controls!.map((c) => c.title)).toEqual(m.categories.map((g) => g.data.name));
    expect(group('llmops').controls!.map((c) => c.title)).toEqual(m.llmops.map((l) => l.data.name));
  });

  it('gives stage 2.4 the control ID s-2-4, with its layer, tier and novelty class', () => {
    const s = m.byId.stages.get('2.4')!;
    const c = control('s-2-4');
    expect(c.title).toBe(s.data.name);
    const prop = (name: string) => c.props!.find((p) => p.name === name)?.value;
    expect([prop('label'), prop('layer'), prop('tier'), prop('novelty')]).toEqual(['2.4', s.data.layer, String(s.data.tier), s.data.novelty]);
  });

  it("states each stage's summary and carries its guidance: threats, controls, evidence and the risk if skipped", () => {
    for (const s of m.stages) {
      const c = control(oscalId('stages', s.id));
      const part = (name: string) => c.parts!.find((p) => p.name === name)!;
      expect(part('statement').prose).toBe(s.data.summary);
      const g = part('guidance').parts!;
      const named = (name: string) => g.filter((p) => p.name === name);
      expect(named('threat').map((p) => p.title)).toEqual(s.data.guidance.threats.map((t) => t.title));
      expect(named('control').map((p) => p.prose)).toEqual(s.data.guidance.controls.map((x) => x.what));
      expect(named('evidence').map((p) => p.prose)).toEqual(s.data.guidance.evidence.map((e) => e.record));
      expect(named('if-skipped').map((p) => p.prose)).toEqual([s.data.guidance.ifSkipped]);
    }
  });

  it('links each guidance control to threats that exist in the same control', () => {
    for (const c of controlsOf(catalog).filter((x) => x.class === 'stage')) {
      const ids = new Set(allIds({ catalog: { ...catalog.catalog, groups: [{ id: 'x', title: 'x', controls: [c] }] } }));
      const hrefs = c.parts!.flatMap((p) => p.parts ?? []).flatMap((p) => p.links ?? []).map((l) => l.href.slice(1));
      expect(hrefs.filter((h) => !ids.has(h))).toEqual([]);
    }
  });

  it('has one part per provision mapped to a stage, with framework, reference and kind', () => {
    for (const s of m.stages) {
      const mapped = m.provisions.filter((p) => p.data.stages.some((x) => x.stage === s.id));
      const parts = control(oscalId('stages', s.id)).parts!.filter((p) => p.name === 'provision-mapping');
      expect(parts.map((p) => p.props!.find((x) => x.name === 'provision')!.value)).toEqual(mapped.map((p) => p.id));
      for (const [i, p] of mapped.entries()) {
        const props = Object.fromEntries(parts[i].props!.map((x) => [x.name, x.value]));
        expect(props).toMatchObject({ framework: p.data.framework, reference: p.data.reference, kind: p.data.kind });
      }
    }
  });

  it("links each stage to its governance categories (#g-5) and every link resolves inside the catalog", () => {
    const ids = new Set(allIds(catalog));
    for (const s of m.stages) {
      const links = control(oscalId('stages', s.id)).links!;
      expect(links.filter((l) => l.href.startsWith('#g-')).map((l) => l.href)).toEqual(s.data.categories.map((g) => `#${oscalId('categories', g)}`));
      expect(links.every((l) => l.rel === 'related' && ids.has(l.href.slice(1)))).toBe(true);
    }
  });

  it('uses every ID once', () => {
    const ids = allIds(catalog);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('reflects an edited stage', () => {
    const root = fixture(
      { file: 'stages/2.4.mdx', replace: /^name: Alignment$/m, with: 'name: Preference alignment' },
    );
    const changed = oscalCatalog(loadModel(root), OPTIONS);
    expect(controlsOf(changed).find((c) => c.id === 's-2-4')!.title).toBe('Preference alignment');
  });

  it('includes a new stage file, under its layer', () => {
    const alignment = readFileSync(join(process.cwd(), 'content', 'stages', '2.4.mdx'), 'utf8');
    const root = fixture({ file: 'stages/2.10.mdx', write: alignment.replace(/^name: Alignment$/m, 'name: Model merging') });
    // A 33rd stage breaks the paper's fixed counts and nothing else; the model is built all the same.
    const { model, issues } = validateContent(root);
    expect(new Set(issues.map((i) => i.rule))).toEqual(new Set(['expected-counts']));
    const changed = oscalCatalog(model, OPTIONS);
    const l2 = changed.catalog.groups.find((g) => g.id === 'l2')!;
    expect(l2.controls!.map((c) => c.id).at(-1)).toBe('s-2-10');
    expect(l2.controls!.at(-1)!.title).toBe('Model merging');
    expect(errorsOf(validateCatalog, changed)).toEqual([]);
  });

  it('is byte-identical when built twice from the same content', () => {
    const again = oscalCatalog(loadModel(), OPTIONS);
    expect(JSON.stringify(again)).toBe(JSON.stringify(catalog));
    expect(catalog.catalog.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('an OSCAL profile', () => {
  const profile = oscalProfile(m, { ...OPTIONS, title: 'Tier 2 stages', catalogHref: 'catalog.json', stageIds: ['2.4', '1.1'] });
  const withIds = profile.profile.imports[0]['include-controls'][0]['with-ids'];

  it("validates against NIST's OSCAL 1.1.2 profile schema", () => {
    expect(errorsOf(validateProfile, profile)).toEqual([]);
  });

  it('imports the catalog it is given', () => {
    expect(profile.profile.imports.map((i) => i.href)).toEqual(['catalog.json']);
  });

  it('selects exactly the given stages, in catalog order', () => {
    expect(withIds.filter((id) => id.startsWith('s-'))).toEqual(['s-1-1', 's-2-4']);
  });

  it('also selects exactly the categories and sub-stages those stages link to, so every link resolves', () => {
    const used = (ids: string[], pick: (s: (typeof m.stages)[number]) => string[]) => [...new Set(ids.flatMap((id) => pick(m.byId.stages.get(id)!)))];
    const categories = used(['1.1', '2.4'], (s) => s.data.categories);
    const llmops = used(['1.1', '2.4'], (s) => s.data.llmops);
    expect(new Set(withIds.filter((id) => !id.startsWith('s-')))).toEqual(new Set([...categories.map((g) => oscalId('categories', g)), ...llmops.map((l) => oscalId('llmops', l))]));
    const linked = ['s-1-1', 's-2-4'].flatMap((id) => control(id).links!.map((l) => l.href.slice(1)));
    expect(linked.filter((id) => !withIds.includes(id))).toEqual([]);
  });

  it('refuses a stage the model does not have', () => {
    expect(() => oscalProfile(m, { ...OPTIONS, title: 'x', catalogHref: 'catalog.json', stageIds: ['9.9'] })).toThrow(/"9\.9"/);
  });

  it('is byte-identical when built twice, and its UUID differs from the catalog', () => {
    const again = oscalProfile(m, { ...OPTIONS, title: 'Tier 2 stages', catalogHref: 'catalog.json', stageIds: ['2.4', '1.1'] });
    expect(JSON.stringify(again)).toBe(JSON.stringify(profile));
    expect(profile.profile.uuid).not.toBe(catalog.catalog.uuid);
  });
});

describe('the profile of an organisation overlay', () => {
  it("selects the stages of the organisation's tier minus its skips, and validates", async () => {
    const { loadOverlay } = await import('./overlay.ts');
    const { adoptedStages } = await import('./coverage.ts');
    const { EXAMPLE_ORG_ROOT } = await import('../test/fixture.ts');
    const { tierScope } = await import('./units.ts');
    const o = loadOverlay(EXAMPLE_ORG_ROOT, m).overlay!;
    const adopted = adoptedStages(m, o);
    const tier = m.byId.tiers.get(o.organisation.data.tier)!;
    const expected = tierScope(m, tier.data.level)!.stages.map((s) => s.id).filter((id) => !o.organisation.data.skips.some((k) => k.stage === id));
    expect(adopted).toEqual(expected);
    expect(adopted.length).toBeGreaterThan(0);
    const profile = oscalProfile(m, { ...OPTIONS, title: 'Example', catalogHref: 'catalog.json', stageIds: adopted });
    expect(errorsOf(validateProfile, profile)).toEqual([]);
    const ids = profile.profile.imports[0]['include-controls']![0]['with-ids'];
    for (const id of adopted) expect(ids).toContain(oscalId('stages', id));
    for (const k of o.organisation.data.skips) expect(ids).not.toContain(oscalId('stages', k.stage));
  });
});
