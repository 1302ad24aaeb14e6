/**
 * Citations in MDX bodies, written `:cite[key]` (a text directive; the core checks every key,
 * src/model/read.ts). When Astro compiles a body, this Sätteri plugin turns each citation into the
 * `<Cite id="key" />` component (src/components/mdx/), which writes the current label (the paper's
 * reference number, or the key) when the page is built: renumbering a reference needs no change to any body.
 * In plain Markdown (Starlight's own docs pages) a citation becomes a link to the bibliography.
 */
import type { MdastPluginDefinition } from 'satteri';
import { referencePath } from '../model/urls.ts';

export function citationDirective(base: string): MdastPluginDefinition {
  const prefix = base.replace(/\/$/, '');
  return {
    name: 'citations',
    textDirective(node, ctx) {
      if (node.name !== 'cite') return undefined;
      const key = ctx.textContent(node).trim();
      if (ctx.sourceFormat === 'mdx') return { type: 'mdxJsxTextElement', name: 'Cite', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: key }], children: [] };
      return {
        type: 'link',
        url: `${prefix}/${referencePath(key)}`,
        children: [{ type: 'text', value: `[${key}]` }],
        data: { hProperties: { className: ['cite'], dataCite: key } },
      };
    },
  };
}
