import type { Model } from '../model/model.ts';
import type { Rule } from './rule.ts';

/**
 * Minimum body length in words per collection: below it a page says too little to be useful.
 * Stages carry the guidance, so they need the most.
 */
export const MIN_WORDS = { stages: 150, llmops: 80, categories: 80, provisions: 40, handoffs: 80, incidents: 40 } as const;
/** Markers of unfinished text; a page containing one is a stub. */
const STUB = /\b(TBD|TODO|FIXME|lorem ipsum|coming soon|placeholder)\b/i;

const words = (body: string) => body.replace(/<[^>]+>|:cite\[[^\]]*\]/g, ' ').split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;

export const proseIsComplete: Rule = {
  name: 'prose-is-complete',
  description: 'Every Markdown body is long enough to be useful and holds no stub markers (TBD, TODO, lorem ipsum …).',
  check: (m) =>
    (Object.keys(MIN_WORDS) as (keyof typeof MIN_WORDS)[]).flatMap((name) =>
      m[name].flatMap((e) => {
        const out: ReturnType<Rule['check']> = [];
        const n = words(e.body);
        if (n < MIN_WORDS[name]) out.push({ file: e.file, field: 'body', message: `expected at least ${MIN_WORDS[name]} words of prose; found ${n}` });
        const stub = STUB.exec(e.body);
        if (stub) out.push({ file: e.file, field: 'body', message: `expected finished prose; found the stub marker "${stub[0]}"` });
        return out;
      }),
    ),
};

export const stageCitesSources: Rule = {
  name: 'stage-cites-sources',
  description: 'Every stage body cites at least one source with :cite[key].',
  check: (m) => m.stages.filter((s) => s.cites.length === 0).map((s) => ({ file: s.file, field: 'body', message: 'expected at least one citation, :cite[reference-key], in the summary; found none' })),
};
