/**
 * Where an export points a reader back to a page: an absolute URL when the site's address (`siteUrl`) is
 * configured, else the path under the base (`/internal/llm-lifecycle/stages/2-4-alignment/`), which
 * works wherever the site is served from the same host.
 */
export interface SiteAddress {
  /** The configured base path, e.g. `/` or `/internal/llm-lifecycle/`. */
  basePath: string;
  /** The configured site URL, e.g. `https://kb.example.org`, when there is one. */
  siteUrl?: string;
}

/** The link to a page given by its model path (`stages/2-4-alignment/`, see `urls.ts`). */
export function pageLink(site: SiteAddress, path: string): string {
  const base = `/${site.basePath.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const local = `${base}${path}`;
  return site.siteUrl ? new URL(local, site.siteUrl).href : local;
}

/** Whether links are absolute (some formats, such as Navigator links and STIX URLs, require a scheme). */
export const isAbsolute = (site: SiteAddress) => Boolean(site.siteUrl);
