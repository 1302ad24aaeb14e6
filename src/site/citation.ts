/** "Cite this page": a plain-text citation and a BibTeX entry for any page, with the content version. */
export interface CitationInput {
  title: string;
  /** Absolute URL when the site URL is configured, otherwise the path. */
  url: string;
  publisher: string;
  siteTitle: string;
  version: string;
  /** ISO time the content last changed; its year dates the citation. */
  lastModified: string;
}

/** BibTeX escapes: braces, backslashes and the special characters of LaTeX. */
const tex = (s: string) => s.replace(/\\/g, '\\textbackslash{}').replace(/([{}&%$#_])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');

/** A citation key from the page path: `llmsl-stages-2-4-alignment`. */
export const citationKey = (path: string) => `llmsl-${path.replace(/^\/+|\/+$/g, '').replace(/[^a-zA-Z0-9]+/g, '-').toLowerCase() || 'home'}`;

export function citation(c: CitationInput, path: string) {
  const year = c.lastModified.slice(0, 4);
  const text = `${c.publisher}. "${c.title}". ${c.siteTitle}, content version ${c.version} (${year}). ${c.url}`;
  const bibtex = [
    `@misc{${citationKey(path)},`,
    `  author = {{${tex(c.publisher)}}},`,
    `  title = {${tex(c.title)}},`,
    `  howpublished = {${tex(c.siteTitle)}},`,
    `  year = {${year}},`,
    `  version = {${tex(c.version)}},`,
    `  note = {Content version ${tex(c.version)}},`,
    `  url = {${c.url}},`,
    '}',
  ].join('\n');
  return { text, bibtex };
}
