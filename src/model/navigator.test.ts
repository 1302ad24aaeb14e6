import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { loadModel } from './load.ts';
import { modelLayer, navigatorLayers, stageLayer, stageLayerName, type NavigatorLayer } from './navigator.ts';
import { pathOf } from './urls.ts';

const m = loadModel();
const SITE = { version: '1.2.3', basePath: '/kb/', siteUrl: 'https://kb.example.org' };
const LOCAL = { version: '1.2.3', basePath: '/kb/' };
const layers = navigatorLayers(m, SITE);

const schemaDir = join(process.cwd(), 'src', 'schemas', 'navigator');
const readJson = (file: string) => JSON.parse(readFileSync(join(schemaDir, file), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(readJson('layer-4.5.schema.json'));
const errorsOf = (layer: unknown) => (validate(JSON.parse(JSON.stringify(layer))) ? [] : validate.errors);
const atlasIds = new Set(m.byId.identifiers.get('mitre-atlas')!.data.items.map((i) => i.id));

describe('the pinned layer format 4.5 schema', () => {
  it("accepts the specification's own examples, single and several layers", () => {
    expect(errorsOf(readJson('spec-example-layer.json'))).toEqual([]);
    for (const layer of readJson('spec-example-layers.json') as unknown[]) expect(errorsOf(layer)).toEqual([]);
  });

  it('rejects a layer of another format version, a property the format lacks, and a link without a protocol', () => {
    const layer = structuredClone(layers.get('model')!);
    expect(errorsOf({ ...layer, versions: { ...layer.versions, layer: '4.4' } })).not.toEqual([]);
    expect(errorsOf({ ...layer, colour: '#fff' })).not.toEqual([]);
    expect(errorsOf({ ...layer, links: [{ label: 'x', url: '/kb/stages/' }] })).not.toEqual([]);
  });
});

describe('the ATLAS Navigator layers', () => {
  it('are one for the whole model and one per stage, in pipeline order', () => {
    expect([...layers.keys()]).toEqual(['model', ...m.stages.map((s) => stageLayerName(s.id))]);
    expect(stageLayerName('2.4')).toBe('stage-2-4');
  });

  it('each validate against the layer format 4.5, in the ATLAS domain, with a gradient that rises', () => {
    for (const [name, layer] of layers) {
      expect(errorsOf(layer), name).toEqual([]);
      expect(layer.domain).toBe('atlas-atlas');
      expect(layer.versions.layer).toBe('4.5');
      expect(layer.gradient.maxValue, name).toBeGreaterThan(layer.gradient.minValue);
    }
  });

  it('score only technique IDs of the pinned ATLAS list', () => {
    for (const layer of layers.values()) for (const t of layer.techniques) expect(atlasIds.has(t.techniqueID), t.techniqueID).toBe(true);
  });

  it("score each technique a stage maps, with the content's reason as comment and a link back to the stage page", () => {
    const s = m.stages.find((x) => x.data.guidance.atlas.length > 1)!;
    const layer = stageLayer(m, s.id, SITE);
    expect(layer.techniques.map((t) => t.techniqueID)).toEqual(s.data.guidance.atlas.map((x) => x.id));
    expect(layer.techniques.map((t) => t.comment)).toEqual(s.data.guidance.atlas.map((x) => x.why));
    const url = `https://kb.example.org/kb/${pathOf(m, 'stages', s.id)}`;
    for (const t of layer.techniques) {
      expect(t.score).toBe(1);
      expect(t.links).toEqual([{ label: `Stage ${s.id} ${s.data.name}`, url }]);
    }
    expect(layer.name).toBe(`Stage ${s.id} ${s.data.name}`);
    expect(layer.metadata).toContainEqual({ name: 'page', value: url });
    expect(layer.metadata).toContainEqual({ name: 'content version', value: '1.2.3' });
  });

  it('score a technique in the whole-model layer by the number of stages it is mapped to, naming each', () => {
    const count = new Map<string, string[]>();
    for (const s of m.stages) for (const x of s.data.guidance.atlas) count.set(x.id, [...(count.get(x.id) ?? []), s.id]);
    const layer = modelLayer(m, SITE);
    expect(layer.techniques.map((t) => t.techniqueID).sort()).toEqual([...count.keys()].sort());
    for (const t of layer.techniques) {
      expect(t.score, t.techniqueID).toBe(count.get(t.techniqueID)!.length);
      expect(t.links!.map((l) => l.url)).toEqual(count.get(t.techniqueID)!.map((id) => `https://kb.example.org/kb/${pathOf(m, 'stages', id)}`));
      for (const id of count.get(t.techniqueID)!) expect(t.comment).toContain(`${id} ${m.byId.stages.get(id)!.data.name}: `);
    }
    expect(layer.gradient.maxValue).toBe(Math.max(...[...count.values()].map((v) => v.length)));
  });

  it('follow the data: a mapping added to a stage raises that technique’s score in the whole-model layer', () => {
    const changed = structuredClone(m);
    const target = changed.stages.find((s) => !s.data.guidance.atlas.some((x) => x.id === 'AML.T0051'))!;
    const before = modelLayer(m, SITE).techniques.find((t) => t.techniqueID === 'AML.T0051')?.score ?? 0;
    target.data.guidance.atlas.push({ id: 'AML.T0051', name: 'LLM Prompt Injection', why: 'Test mapping.' });
    expect(modelLayer(changed, SITE).techniques.find((t) => t.techniqueID === 'AML.T0051')!.score).toBe(before + 1);
  });

  it('refuse a technique ID that is not on the pinned list, naming the file and field', () => {
    const changed = structuredClone(m);
    const s = changed.stages.find((x) => x.data.guidance.atlas.length)!;
    changed.byId.stages.set(s.id, s);
    s.data.guidance.atlas[0].id = 'AML.T9999';
    expect(() => modelLayer(changed, SITE)).toThrow(`${s.file}: guidance.atlas[0].id: expected a technique ID on the pinned ATLAS list; found "AML.T9999"`);
    expect(() => stageLayer(changed, s.id, SITE)).toThrow('found "AML.T9999"');
  });

  it('without a site URL, give the base-relative page in metadata and no links (the Navigator needs a protocol)', () => {
    const local: NavigatorLayer = stageLayer(m, '1.1', LOCAL);
    expect(errorsOf(local)).toEqual([]);
    expect(local.metadata).toContainEqual({ name: 'page', value: `/kb/${pathOf(m, 'stages', '1.1')}` });
    expect(local.links).toBeUndefined();
    expect(local.techniques.every((t) => t.links === undefined)).toBe(true);
  });
});
