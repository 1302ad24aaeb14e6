/**
 * What a page of a frozen release says about the latest version (pure): the same page when it still exists,
 * where it went when its entry was renamed (through `formerIds`) or its address changed, or that it was
 * removed. The notice is set into the frozen copy's own HTML, under its own heading, as a plain block with
 * inline styles (the copy's stylesheets are its own and do not know this block).
 */

/** What the latest version has, as paths relative to the base ("stages/2-4-alignment/"). */
export interface LatestSite {
  /** Every page of the latest version. */
  pages: Set<string>;
  /** Short links and former addresses of the latest version, to the page they lead to ("s/2.4/" → …). */
  redirects: Map<string, string>;
  /** IDs that are now another entry's `formerIds`, to that entry's ID. */
  formerIds: Map<string, string>;
}

export type Counterpart =
  | { kind: 'same'; path: string }
  | { kind: 'renamed'; from: string; to: string; path: string }
  | { kind: 'moved'; path: string }
  | { kind: 'removed' };

/**
 * The latest version's counterpart of a frozen page. `idOf` gives the entry ID a frozen page shows (from the
 * frozen copy's own short links), undefined for a page that is no entry's.
 */
export function counterpart(path: string, idOf: (path: string) => string | undefined, latest: LatestSite): Counterpart {
  if (latest.pages.has(path)) return { kind: 'same', path };
  const id = idOf(path);
  const redirect = latest.redirects.get(path) ?? (id === undefined ? undefined : latest.redirects.get(`s/${id}/`));
  if (redirect !== undefined && latest.pages.has(redirect)) {
    const to = id === undefined ? undefined : latest.formerIds.get(id);
    return to !== undefined && id !== undefined ? { kind: 'renamed', from: id, to, path: redirect } : { kind: 'moved', path: redirect };
  }
  return { kind: 'removed' };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The notice block for a frozen page; `base` is the latest version's base path. */
export function noticeHtml(release: { version: string; date: string }, c: Counterpart, base: string, latestVersion: string): string {
  const b = base.replace(/\/?$/, '/');
  const link = (path: string, text: string) => `<a href="${esc(b + path)}">${esc(text)}</a>`;
  const where =
    c.kind === 'same' ? `${link(c.path, 'This page in the latest version')} (${esc(latestVersion)}).`
    : c.kind === 'renamed' ? `${esc(c.from)} has since been renamed ${esc(c.to)}: ${link(c.path, 'its page in the latest version')} (${esc(latestVersion)}).`
    : c.kind === 'moved' ? `This page has since moved: ${link(c.path, 'its page in the latest version')} (${esc(latestVersion)}).`
    : `This page has since been removed: it is not in the latest version (${esc(latestVersion)}). See ${link('', 'the latest version')} and ${link('changelog/', 'the changelog')}.`;
  return `<aside class="llmsl-version-notice" data-version-notice="${esc(c.kind)}" aria-label="Version notice" data-pagefind-ignore ` +
    `style="border-inline-start:.25rem solid #c2410c;background:rgba(194,65,12,.12);padding:.5rem 1rem;margin:0 0 1rem">` +
    `<p style="margin:0"><strong>Version ${esc(release.version)}</strong>, released ${esc(release.date)} and kept as it was then. ${where} ` +
    `${link('versions/', 'All versions')}.</p></aside>`;
}

/** The frozen page with the notice set at the start of its main content; unchanged when it has none (a redirect page). */
export function withNotice(html: string, notice: string): string {
  const m = /<main\b[^>]*>/.exec(html);
  if (!m) return html;
  const at = m.index + m[0].length;
  return `${html.slice(0, at)}${notice}${html.slice(at)}`;
}

/** The target of a redirect page (`<meta http-equiv="refresh" content="0;url=…">`), or undefined. */
export function redirectTarget(html: string): string | undefined {
  return /<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/i.exec(html)?.[1];
}
