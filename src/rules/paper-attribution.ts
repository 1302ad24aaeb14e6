import { CODE } from '../model/read.ts';
import type { Model } from '../model/model.ts';
import { PROSE_COLLECTIONS } from '../schemas/index.ts';
import type { Rule } from './rule.ts';

/**
 * Prose that tells what the paper says, counts, classifies or calls something must show the paper's own
 * words: the sentence carries a quotation ("…" or “…”, two words at least). What the paper does not say in
 * so many words is this site's reading, and is written as such ("this site reads …"). The paper is not in
 * this repository, so whether a quotation is verbatim is for review; the rule makes its absence visible.
 */
const ATTRIBUTION = /\bthe paper(?:'s authors)? (says|counts|classifies|calls)\b/gi;
const QUOTATION = /"[^"\n]*\S\s+\S[^"\n]*"|“[^”\n]*\S\s+\S[^”\n]*”/;
/** Abbreviations that end in a full stop without ending the sentence. */
const ABBREVIATION = /\b(?:Art|Arts|Cl|e\.g|i\.e|etc|cf|No|Sec|vs|al)\.$/;

/** The sentence around `at`: from the previous sentence end to the next, skipping abbreviations. */
export function sentenceAt(text: string, at: number): string {
  const ends = [...text.matchAll(/[.!?](?=\s+[A-Z"“(]|\s*$)|\n\s*\n/g)]
    .map((e) => e.index! + e[0].length)
    .filter((end) => !ABBREVIATION.test(text.slice(Math.max(0, end - 6), end)));
  const start = Math.max(0, ...ends.filter((e) => e <= at));
  const end = Math.min(text.length, ...ends.filter((e) => e > at));
  return text.slice(start, end).trim();
}

export const paperAttributionQuoted: Rule = {
  name: 'paper-attribution-quoted',
  description: 'A sentence saying what the paper says, counts, classifies or calls something carries a quotation of the paper; anything else is phrased as this site\'s reading.',
  check: (m: Model) =>
    PROSE_COLLECTIONS.flatMap((name) =>
      m[name].flatMap((e) => {
        const text = e.body.replace(CODE, (c) => ' '.repeat(c.length));
        return [...text.matchAll(ATTRIBUTION)].flatMap((hit) => {
          const sentence = sentenceAt(text, hit.index!);
          return QUOTATION.test(sentence) ? [] : [{
            file: e.file, field: 'body',
            message: `expected a quotation of the paper ("…") in a sentence saying "${hit[0]}", or the claim phrased as this site's reading; found: ${sentence.length > 160 ? `${sentence.slice(0, 157)}…` : sentence}`,
          }];
        });
      }),
    ),
};
