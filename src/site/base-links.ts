/**
 * Sätteri hast plugin: prefixes root-relative links written in Markdown bodies with the site base
 * (Starlight does not, starlight#932), so `/stages/…` in prose works when the site is hosted under a sub-path.
 */
export function baseLinks(base: string) {
  const prefix = base.replace(/\/$/, '');
  return {
    name: 'base-links',
    element: [
      {
        filter: ['a'],
        visit(node: { properties?: Record<string, unknown> }, ctx: { setProperty(n: unknown, k: string, v: string): void }) {
          const h = node.properties?.href;
          if (prefix && typeof h === 'string' && h.startsWith('/') && !h.startsWith('//') && !h.startsWith(`${prefix}/`)) ctx.setProperty(node, 'href', prefix + h);
        },
      },
    ],
  };
}
