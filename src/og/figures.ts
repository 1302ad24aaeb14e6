/**
 * The downloadable figures, drawn with Satori at presentation size (1920×1080) on a white background
 * for slides. Same data as the in-page figures (src/site/figures.ts); no Astro imports.
 */
import { NOVELTY_SHORT } from '../site/labels.ts';
import type { AsymmetryChart, GovernanceStack, LifecycleFigure } from '../site/figures.ts';
import { h, type El } from './tree.ts';

const INK = '#0f172a';
const MUTED = '#475569';
const PANEL = '#f1f5f9';
const frame = (title: string, footer: string, body: El[]): El =>
  h('div', { width: '100%', height: '100%', boxSizing: 'border-box', display: 'flex', flexDirection: 'column', background: '#ffffff', color: INK, fontFamily: 'Inter', padding: '48px 56px', gap: 24 }, [
    h('div', { display: 'flex', fontSize: 40, fontWeight: 700 }, title),
    h('div', { display: 'flex', height: 850, gap: 24 }, body),
    h('div', { display: 'flex', fontSize: 20, color: MUTED }, footer),
  ]);
const pillar = (title: string, items: { id: string; name: string }[]): El =>
  h('div', { display: 'flex', flexDirection: 'column', width: 340, flexShrink: 0, background: PANEL, borderRadius: 12, padding: 20, gap: 8 }, [
    h('div', { display: 'flex', fontSize: 24, fontWeight: 700, marginBottom: 6 }, title),
    ...items.map((u) => h('div', { display: 'flex', fontSize: 17, gap: 8 }, [h('span', { fontWeight: 700, width: 44 }, u.id), h('span', { flex: 1 }, u.name)])),
  ]);
const chip = (text: string, colour: string, mark?: string): El =>
  h('div', { display: 'flex', alignItems: 'center', gap: 8, border: `2px solid ${colour}`, borderRadius: 8, padding: '6px 10px', fontSize: 18, background: '#ffffff' }, [
    h('span', { display: 'flex' }, text),
    ...(mark ? [h('span', { display: 'flex', fontSize: 14, fontWeight: 700, color: '#ffffff', background: colour, borderRadius: 4, padding: '1px 6px' }, mark)] : []),
  ]);

export function lifecycleTree(f: LifecycleFigure, site: string): El {
  const additional = f.layers.flatMap((l) => l.stages).filter((s) => s.novelty !== 'refined').length;
  return frame('The security-oriented LLM lifecycle', `${site} · ${f.layers.length} layers in pipeline order, top to bottom · ${additional} additional stages marked Subsumed, Omitted or Emerging`, [
    pillar('LLMOps pillar', f.llmops),
    h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, gap: 14 }, [...f.layers.map((l) =>
      h('div', { display: 'flex', flexDirection: 'column', borderLeft: `10px solid ${l.colour.fill}`, background: PANEL, borderRadius: 8, padding: '12px 16px', gap: 10 }, [
        h('div', { display: 'flex', fontSize: 24, fontWeight: 700, color: l.colour.fill }, `${l.id} ${l.name}`),
        h('div', { display: 'flex', flexWrap: 'wrap', gap: 8 }, l.stages.map((s) => chip(`${s.id} ${s.name}`, l.colour.fill, s.novelty === 'refined' ? undefined : NOVELTY_SHORT[s.novelty]))),
      ])),
      ...f.loops.map((l) => h('div', { display: 'flex', border: `2px dashed ${MUTED}`, borderRadius: 8, padding: '10px 16px', fontSize: 20 },
        `Feedback loop: ${l.from.id} ${l.from.name}, through ${l.via.id} ${l.via.name}, back to ${l.to.id} ${l.to.name}`)),
    ]),
    pillar('Governance pillar', f.categories),
  ]);
}

export function governanceTree(g: GovernanceStack, site: string): El {
  const rows: El[] = [];
  for (const r of g.rows) {
    rows.push(h('div', { display: 'flex', alignItems: 'center', gap: 16, borderLeft: `10px solid ${r.colour.fill}`, background: PANEL, borderRadius: 8, padding: '14px 18px' }, [
      h('div', { display: 'flex', width: 260, fontSize: 26, fontWeight: 700, color: r.colour.fill }, `${r.id} ${r.name}`),
      h('div', { display: 'flex', flexWrap: 'wrap', gap: 10, flex: 1 }, r.categories.length ? r.categories.map((c) => chip(`${c.id} ${c.name}`, r.colour.fill)) : [h('span', { display: 'flex', fontSize: 18, color: MUTED }, 'No category placed here')]),
    ]));
    if (r.handoffOut) rows.push(h('div', { display: 'flex', fontSize: 20, color: INK, paddingLeft: 40 }, `Handoff ${r.handoffOut.id}: ${r.handoffOut.name}, from ${r.id} to ${r.handoffOut.to}`));
  }
  return frame('The governance stack and its handoffs', `${site} · cross-cutting: ${g.crossCutting.map((c) => `${c.id} ${c.name}`).join(', ') || 'none'}`, [
    h('div', { display: 'flex', flexDirection: 'column', flex: 1, gap: 10 }, rows),
  ]);
}

const KIND_COLOUR = { 'decision-shaping': '#1d4ed8', 'evidence-producing': '#b45309' } as const;

export function asymmetryTree(a: AsymmetryChart, site: string): El {
  return frame('Decision-shaping and evidence-producing provisions by layer', `${site} · counts from the stage mapping; a provision mapped to two layers counts in both · blue: decision-shaping, amber: evidence-producing`, a.readings.map((r) =>
    h('div', { display: 'flex', flexDirection: 'column', flex: 1, gap: 18, background: PANEL, borderRadius: 12, padding: 24 }, [
      h('div', { display: 'flex', fontSize: 28, fontWeight: 700 }, r.reading === 'paper' ? "Paper's reading" : 'Alternative reading'),
      ...r.layers.map((l) => h('div', { display: 'flex', flexDirection: 'column', gap: 6 }, [
        h('div', { display: 'flex', fontSize: 22, fontWeight: 700, color: l.colour.fill }, `${l.id} ${l.name}`),
        ...l.bars.map((b) => h('div', { display: 'flex', alignItems: 'center', gap: 12 }, [
          h('div', { display: 'flex', width: 220, fontSize: 18 }, b.kind === 'decision-shaping' ? 'Decision-shaping' : 'Evidence-producing'),
          h('div', { display: 'flex', height: 26, width: Math.max(4, Math.round((b.provisions.length / a.max) * 480)), background: KIND_COLOUR[b.kind], borderRadius: 4 }),
          h('div', { display: 'flex', fontSize: 20, fontWeight: 700 }, String(b.provisions.length)),
        ])),
      ])),
    ])));
}
