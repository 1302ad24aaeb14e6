import type { Rule } from './rule';

/**
 * MDX bodies hold Markdown and <Cite />, nothing else. Raw HTML or other components in prose would be
 * rendered as markup, so a pasted <script>, <iframe> or event handler would run in every reader's
 * browser; fields outside the body are always escaped. Code spans and fences may show any text.
 */
const ALLOWED = new Set(['Cite']);
const TAG = /<\/?([A-Za-z][\w.-]*)[^>]*>/g;
const CODE = /```[\s\S]*?```|`[^`\n]*`/g;

export const proseHasNoMarkup: Rule = {
  name: 'prose-has-no-markup',
  description: 'MDX bodies contain Markdown and <Cite /> only: no raw HTML, scripts or other components.',
  check: (m) =>
    (['stages', 'llmops', 'categories', 'provisions', 'handoffs', 'incidents'] as const).flatMap((name) =>
      m[name].flatMap((e) =>
        [...e.body.replace(CODE, '').matchAll(TAG)]
          .filter((t) => !ALLOWED.has(t[1]))
          .map((t) => ({ file: e.file, field: 'body', message: `expected Markdown and <Cite /> only; found the tag ${t[0].slice(0, 60)}` })),
      ),
    ),
};
