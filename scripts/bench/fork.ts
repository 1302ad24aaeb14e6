/**
 * A synthetic fork with `factor`× the entries: every stage, sub-stage, category, provision, Table 3 row,
 * handoff, actor, framework, incident, crosswalk phase and reference is cloned (factor − 1) times with consistent
 * cross-references, so the copy validates like real content. Used only by the growth benchmark.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadModel, type Model } from '../../src/model/index.ts';
import { listIdOf, PROVISION_LISTS } from '../../src/model/provision-ids.ts';
import type { FrameworkKey } from '../../src/schemas/index.ts';

type Ids = Record<string, (id: string, k: number) => string>;

function idMaps(m: Model): Ids {
  const perLayer = new Map<string, string[]>();
  for (const s of m.stages) perLayer.set(s.data.layer, [...(perLayer.get(s.data.layer) ?? []), s.id]);
  const dotted = (prefix: string, n: number) => (id: string, k: number) => `${prefix}${Number(id.split('.')[1]) + k * n}`;
  return {
    stages: (id, k) => {
      const [l, i] = id.split('.');
      const n = perLayer.get(`L${l}`)!.length;
      return `${l}.${Number(i) + k * n}`;
    },
    llmops: dotted('L.', m.llmops.length),
    categories: dotted('G.', m.categories.length),
    handoffs: (id, k) => `H${Number(id.slice(1)) + k * m.handoffs.length}`,
    suffix: (id, k) => `${id}-x${k}`,
  };
}

const write = (path: string, data: object, body?: string) =>
  writeFileSync(path, body === undefined ? stringify(data) : `---\n${stringify(data)}---\n${body}`);

/**
 * A copy's reference, in the form its framework's references take, so the copy stays checkable against the
 * pinned lists (which the fork extends with the same IDs): AI 600-1 sections and EU articles get new numbers.
 */
function copiedReference(framework: FrameworkKey, reference: string, k: number): string {
  const at = listIdOf(framework, reference);
  if (framework === 'nist-ai-600-1' && at?.name) return `${at.name} (AI 600-1 §2.${Number(at.id.slice('§2.'.length)) + 100 * k})`;
  const article = /^Art\. (\d+)(.*)$/.exec(reference);
  if (framework === 'eu-ai-act' && article) return `Art. ${Number(article[1]) + 1000 * k}${article[2]}`;
  return `${reference} x${k}`;
}

export function growContent(root: string, factor: number): Record<string, number> {
  const m = loadModel(root);
  const ids = idMaps(m);
  const sfx = ids.suffix;
  const cite = (body: string, k: number) => body.replace(/:cite\[([a-z0-9-]+)\]/g, (_, r) => `:cite[${sfx(r, k)}]`);
  const file = (c: string, id: string, ext: string) => join(root, c, `${id}.${ext}`);
  for (let k = 1; k < factor; k++) {
    const copy = ` (copy ${k})`;
    for (const s of m.stages)
      write(file('stages', ids.stages(s.id, k), 'mdx'), {
        ...s.data,
        name: s.data.name + copy,
        attackSurface: { ...s.data.attackSurface, actors: s.data.attackSurface.actors.map((a) => sfx(a, k)) },
        llmops: s.data.llmops.map((l) => ids.llmops(l, k)),
        categories: s.data.categories.map((g) => ids.categories(g, k)),
      }, cite(s.body, k));
    for (const l of m.llmops) write(file('llmops', ids.llmops(l.id, k), 'mdx'), { ...l.data, name: l.data.name + copy }, cite(l.body, k));
    for (const g of m.categories) write(file('categories', ids.categories(g.id, k), 'mdx'), { ...g.data, name: g.data.name + copy, order: g.data.order + k * m.categories.length }, cite(g.body, k));
    for (const p of m.provisions)
      write(file('provisions', sfx(p.id, k), 'mdx'), {
        ...p.data,
        reference: copiedReference(p.data.framework, p.data.reference, k),
        ...(p.data.parent ? { parent: sfx(p.data.parent, k) } : {}),
        categories: p.data.categories.map((g) => ids.categories(g, k)),
        stages: p.data.stages.map((s) => ({ ...s, stage: ids.stages(s.stage, k) })),
      }, cite(p.body, k));
    for (const r of m.table3)
      write(file('table3', ids.categories(r.id, k), 'yaml'), { ...r.data, citations: r.data.citations.map((c) => ({ ...c, provisions: c.provisions.map((p) => sfx(p, k)) })) });
    for (const h of m.handoffs)
      write(file('handoffs', ids.handoffs(h.id, k), 'mdx'), {
        ...h.data,
        name: h.data.name + copy,
        evidence: h.data.evidence.map((e) => ({ ...e, provisions: e.provisions.map((p) => sfx(p, k)), producedAt: ids.stages(e.producedAt, k), usedAt: ids.stages(e.usedAt, k) })),
        categories: h.data.categories.map((g) => ids.categories(g, k)),
      }, cite(h.body, k));
    for (const a of m.actors) write(file('actors', sfx(a.id, k), 'yaml'), { ...a.data, order: a.data.order + k * m.actors.length });
    for (const f of m.frameworks)
      write(file('frameworks', sfx(f.id, k), 'yaml'), { ...f.data, name: f.data.name + copy, order: f.data.order + k * m.frameworks.length, ...(f.data.reference ? { reference: sfx(f.data.reference, k) } : {}) });
    for (const x of m.incidents)
      write(file('incidents', sfx(x.id, k), 'mdx'), {
        ...x.data,
        name: x.data.name + copy,
        stages: x.data.stages.map((s) => ({ ...s, stage: ids.stages(s.stage, k) })),
        llmops: x.data.llmops.map((l) => ({ ...l, id: ids.llmops(l.id, k) })),
        caughtAt: { ...x.data.caughtAt, stage: ids.stages(x.data.caughtAt.stage, k) },
        missingEvidence: x.data.missingEvidence.map((e) => ({ ...e, provision: sfx(e.provision, k) })),
        sources: x.data.sources.map((r) => sfx(r, k)),
      }, cite(x.body, k));
    for (const p of m.phases)
      write(file('phases', sfx(p.id, k), 'yaml'), {
        ...p.data,
        source: sfx(p.data.source, k),
        stages: p.data.stages.map((s) => ({ ...s, stage: ids.stages(s.stage, k) })),
        llmops: p.data.llmops.map((l) => ({ ...l, id: ids.llmops(l.id, k) })),
        categories: p.data.categories.map((g) => ids.categories(g, k)),
      });
    for (const r of m.references) {
      const { paperNumber: _drop, ...rest } = r.data;
      write(file('references', sfx(r.id, k), 'yaml'), rest);
    }
  }
  // The pinned lists gain the IDs the copied provisions cite, with the names of the originals.
  for (const [framework, key] of Object.entries(PROVISION_LISTS) as [FrameworkKey, string][]) {
    const list = m.byId.identifiers.get(key);
    if (!list) continue;
    // Copied with the original's reviewed addressee table (EU AI Act), so the copies bind whom the originals do.
    const originals = new Map(list.data.items.map((i) => [i.id, i]));
    const extra = new Map<string, (typeof list.data.items)[number]>();
    for (const p of m.provisions.filter((x) => x.data.framework === framework))
      for (let k = 1; k < factor; k++) {
        const from = listIdOf(framework, p.data.reference);
        const to = listIdOf(framework, copiedReference(framework, p.data.reference, k));
        const item = from && originals.get(from.id);
        if (to && item !== undefined && !originals.has(to.id)) extra.set(to.id, { ...item, id: to.id });
      }
    write(file('identifiers', key, 'yaml'), { ...list.data, items: [...list.data.items, ...extra.values()] });
  }
  const counts = { layers: m.layers.length, stages: m.stages.length * factor, additionalStages: m.stages.filter((s) => s.data.novelty !== 'refined').length * factor, llmops: m.llmops.length * factor, categories: m.categories.length * factor, handoffs: m.handoffs.length * factor };
  // A fork that grows the model changes the expected counts, as src/rules/expected-counts.ts says.
  const rules = join(root, '..', 'src/rules/expected-counts.ts');
  let text = readFileSync(rules, 'utf8');
  for (const [k, v] of Object.entries(counts)) text = text.replace(new RegExp(`(\\n  ${k}: )\\d+`), `$1${v}`);
  writeFileSync(rules, text);
  return counts;
}
