import type { Model } from '../model/model.ts';
import type { Rule } from './rule.ts';

function dupes(xs: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(xs.filter((x) => (seen.has(x) ? true : (seen.add(x), false))))];
}

/** Lists in which an ID may appear once. */
function* lists(m: Model) {
  for (const s of m.stages) {
    yield { file: s.file, field: 'attackSurface.actors', values: s.data.attackSurface.actors };
    yield { file: s.file, field: 'llmops', values: s.data.llmops };
    yield { file: s.file, field: 'categories', values: s.data.categories };
  }
  for (const p of m.provisions) {
    yield { file: p.file, field: 'categories', values: p.data.categories };
    yield { file: p.file, field: 'stages', values: p.data.stages.map((s) => s.stage) };
  }
  for (const x of m.incidents) {
    yield { file: x.file, field: 'stages', values: x.data.stages.map((s) => s.stage) };
    yield { file: x.file, field: 'llmops', values: x.data.llmops.map((l) => l.id) };
    yield { file: x.file, field: 'sources', values: x.data.sources };
  }
  for (const r of m.table3) for (const [i, c] of r.data.citations.entries()) yield { file: r.file, field: `citations[${i}].provisions`, values: c.provisions };
}

export const duplicateInList: Rule = {
  name: 'duplicate-in-list',
  description: 'An ID appears at most once in any list field.',
  check: (m) => [...lists(m)].flatMap((l) => dupes(l.values).map((d) => ({ file: l.file, field: l.field, message: `expected each ID once; found "${d}" more than once` }))),
};

/** Two files describing the same thing under different IDs: the same stage name, or the same provision. */
export const duplicateEntry: Rule = {
  name: 'duplicate-entry',
  description: 'No two stages share a name, no two sub-stages share a name, and no two provisions cite the same framework reference.',
  check: (m) => {
    const out: ReturnType<Rule['check']> = [];
    const groups: [string, { file: string; key: string }[]][] = [
      ['stage name', m.stages.map((s) => ({ file: s.file, key: s.data.name.toLowerCase() }))],
      ['sub-stage name', m.llmops.map((s) => ({ file: s.file, key: s.data.name.toLowerCase() }))],
      ['category name', m.categories.map((s) => ({ file: s.file, key: s.data.name.toLowerCase() }))],
      ['provision reference', m.provisions.map((p) => ({ file: p.file, key: `${p.data.framework} ${p.data.reference}` }))],
    ];
    for (const [what, xs] of groups) {
      const first = new Map<string, string>();
      for (const x of xs) {
        const prev = first.get(x.key);
        if (prev) out.push({ file: x.file, message: `expected a unique ${what}; found "${x.key}", already used by ${prev}` });
        else first.set(x.key, x.file);
      }
    }
    return out;
  },
};

/** A former ID is retired: no current entry of the collection has it, and only one entry claims it. */
export const formerIdRetired: Rule = {
  name: 'former-id-retired',
  description: 'An ID listed in formerIds belongs to no current entry of the same collection and to no other entry\'s formerIds, so its redirect is unambiguous.',
  check: (m) => {
    const out: ReturnType<Rule['check']> = [];
    for (const c of ['stages', 'llmops', 'categories', 'handoffs', 'provisions'] as const) {
      const claimed = new Map<string, string>();
      for (const e of m[c] as { id: string; file: string; data: { formerIds: string[] } }[])
        e.data.formerIds.forEach((old, i) => {
          if (m.byId[c].has(old)) out.push({ file: e.file, field: `formerIds[${i}]`, message: `expected a retired ID; found "${old}", which is the ID of ${m.byId[c].get(old)!.file}` });
          else if (claimed.has(old)) out.push({ file: e.file, field: `formerIds[${i}]`, message: `expected a former ID claimed once; found "${old}", also claimed by ${claimed.get(old)}` });
          else claimed.set(old, e.file);
        });
    }
    return out;
  },
};
