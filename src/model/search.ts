/**
 * Search keywords per page, indexed by Pagefind in a heavily weighted `keywords` meta field.
 *
 * Pagefind drops punctuation inside words, so "1.4" is indexed as "14", the same token as the 14 of
 * "Art. 14", and "L.1" as "l1", the same as the layer "L1". A reader who types a bare identifier means
 * the unit that carries it, so a unit's own identifier is repeated (term frequency decides between
 * otherwise equal matches), while a provision keeps its prefix ("Art.", "GOVERN", "A.") and wins as
 * soon as the prefix is typed.
 */
import type { Model } from './model.ts';
import type { Routed } from './urls.ts';
import { actionsOfSubcategory } from './gai-actions.ts';

/**
 * The ways readers write a provision's identifier: "Art. 15(5)" is also typed "Article 15(5)" and
 * "Art 15(5)"; "Cl. 6.1.2" as "Clause 6.1.2"; "MEASURE 2.7" as "MS-2.7" (AI 600-1's prefix for its
 * actions); "A.6.2.6" as "Annex A.6.2.6"; "Confabulation (AI 600-1 §2.2)" as "AI 600-1 2.2".
 */
export function identifierForms(reference: string): string[] {
  const forms = [reference];
  const art = /^Art\. (.+)$/.exec(reference);
  if (art) forms.push(`Article ${art[1]}`, `Art ${art[1]}`);
  const annex = /^Annex ([IVXL]+)$/.exec(reference);
  if (annex) forms.push(`Annex ${annex[1]} EU AI Act`);
  const clause = /^Cl\. (.+)$/.exec(reference);
  if (clause) forms.push(`Clause ${clause[1]}`, `ISO 42001 ${clause[1]}`);
  if (/^A\.\d/.test(reference)) forms.push(`Annex ${reference}`, `ISO 42001 ${reference}`);
  const nist = /^(GOVERN|MAP|MEASURE|MANAGE)( (\d+(\.\d+)?))?$/.exec(reference);
  if (nist) {
    const prefix = { GOVERN: 'GV', MAP: 'MP', MEASURE: 'MS', MANAGE: 'MG' }[nist[1] as 'GOVERN'];
    if (nist[3]) forms.push(`${prefix}-${nist[3]}`, `${nist[1][0]}${nist[1].slice(1).toLowerCase()} ${nist[3]}`);
  }
  const risk = /^(.+) \(AI 600-1 §(2\.\d+)\)$/.exec(reference);
  if (risk) forms.push(risk[1]!, `AI 600-1 ${risk[2]}`);
  return forms;
}

/** Stages are what bare numbers usually mean ("1.1"), so they repeat their ID most. */
const EMPHASIS = { stages: 6, llmops: 3, categories: 3 } as const;
const repeat = (s: string, n: number) => Array.from({ length: n }, () => s);

/**
 * Practitioner words a provision is also found by (its `aliases`), indexed with less weight than
 * identifiers, so a stage that carries the same word as its own alias ("SBOM", "typosquatting") stays first:
 * a reader typing what goes wrong lands on the stage where it happens, then on the provisions.
 */
export const searchAliases = (m: Model, collection: Routed, id: string): string[] =>
  collection === 'provisions' ? m.byId.provisions.get(id)!.data.aliases : [];

export function searchKeywords(m: Model, collection: Routed, id: string): string[] {
  switch (collection) {
    case 'stages': {
      const s = m.byId.stages.get(id)!;
      // The name twice: a one-word stage name ("Alignment", "Evaluation") also starts provision titles
      // (ISO A.2.3 "Alignment with other organizational policies"), and the reader means the stage.
      return [...repeat(id, EMPHASIS.stages), `Stage ${id}`, ...repeat(s.data.name, 2), ...s.data.aliases];
    }
    case 'llmops':
      return [...repeat(id, EMPHASIS.llmops), `LLMOps ${id}`];
    case 'categories':
      return [...repeat(id, EMPHASIS.categories), `Category ${id}`];
    case 'handoffs':
      return [id, `Handoff ${id.slice(1)}`];
    case 'layers':
      return [id, `Layer ${m.byId.layers.get(id)!.data.order}`];
    case 'provisions': {
      const p = m.byId.provisions.get(id)!;
      return [...identifierForms(p.data.reference), p.data.label, ...actionsOfSubcategory(m, p).map((a) => a.id)];
    }
    default:
      return [];
  }
}
