/**
 * Citations in Markdown bodies, written `:cite[key]` (a text directive; the core checks every key,
 * src/model/read.ts). Two steps, so that a rendered body never goes stale:
 * - when Astro renders a body (once, then cached by its content store), this Sätteri plugin turns each
 *   citation into a link to the bibliography that carries the key, `<a class="cite" data-cite="key">`;
 * - when a page is built, `labelCitations` writes the current label into each of those links (the
 *   paper's reference number, or the key), so renumbering a reference needs no change to any body.
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
      return {
        type: 'link',
        url: `${prefix}/${referencePath(key)}`,
        children: [{ type: 'text', value: `[${key}]` }],
        data: { hProperties: { className: ['cite'], dataCite: key } },
      };
    },
  };
}

const CITATION_LINK = /(<a\b[^>]*\bdata-cite="([^"]+)"[^>]*>)\[[^\]<]*\](<\/a>)/g;

/**
 * Writes each citation link's label, `[12]`, from `label(key)`. A key the model does not know throws:
 * validation has already failed the build for it, so reaching here means the body and model disagree.
 */
export function labelCitations(html: string, label: (key: string) => string | undefined): string {
  return html.replace(CITATION_LINK, (_, open: string, key: string, close: string) => {
    const text = label(key);
    if (text === undefined) throw new Error(`:cite[${key}]: no such reference in content/references/`);
    return `${open}[${text}]${close}`;
  });
}
