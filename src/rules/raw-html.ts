import { CODE } from '../model/read.ts';
import { PROSE_COLLECTIONS } from '../schemas/index.ts';
import type { Rule } from './rule.ts';

/**
 * Bodies hold Markdown and `:cite[key]` citations, nothing else. Raw HTML in prose would be rendered as
 * markup, so a pasted <script>, <iframe> or event handler would run in every reader's browser; fields
 * outside the body are always escaped. Code spans and fences may show any text.
 */
const TAG = /<\/?([A-Za-z][\w.-]*)[^>]*>/g;

export const proseHasNoMarkup: Rule = {
  name: 'prose-has-no-markup',
  description: 'Markdown bodies contain Markdown and :cite[key] citations only: no raw HTML, scripts or components.',
  check: (m) =>
    PROSE_COLLECTIONS.flatMap((name) =>
      m[name].flatMap((e) =>
        [...e.body.replace(CODE, '').matchAll(TAG)].map((t) => ({
          file: e.file,
          field: 'body',
          message: `expected Markdown and :cite[key] citations only; found the tag ${t[0].slice(0, 60)}`,
        })),
      ),
    ),
};
