/**
 * Reading the built site: HTML files, the links and ids in them, and how a link resolves to a file.
 * Plain Node, no browser: the checks run in a second, over every page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = join(process.cwd(), 'dist');
/**
 * The base path the site in dist/ was built with ("/" or "/x/y/"), read from the build's own `_headers`
 * file (its rule applies to `<base>*`), so tests always check the build they are given.
 */
export const BASE = (() => {
  const file = join(DIST, '_headers');
  if (!existsSync(file)) return '/';
  const rule = readFileSync(file, 'utf8').split('\n').find((l) => l.startsWith('/'));
  return rule ? rule.replace(/\*$/, '') : '/';
})();

/** The site URL the build was given (SITE_URL), read from the home page's canonical link; undefined when none was set. */
export const SITE = (() => {
  const file = join(DIST, 'index.html');
  if (!existsSync(file)) return undefined;
  const href = readFileSync(file, 'utf8').match(/<link rel="canonical" href="([^"]+)"/)?.[1];
  return href ? new URL(href).origin : undefined;
})();

/** The folder of the frozen releases (`v/<version>/`), which tests/site/versions.test.ts checks on their own. */
export const FROZEN = join(DIST, 'v');

/**
 * HTML files under `dir`: by default the latest version's pages, leaving out the frozen releases under
 * `v/`, which were built by their own code and are checked as copies (tests/site/versions.test.ts).
 */
export function htmlFiles(dir = DIST, skip: string | undefined = dir === DIST ? FROZEN : undefined): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (p === skip) continue;
    if (statSync(p).isDirectory()) out.push(...htmlFiles(p, skip));
    else if (name.endsWith('.html')) out.push(p);
  }
  return out.sort();
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');

export function linksIn(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) out.push(decode(m[1]));
  return out;
}

export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1])));
}

/** The URL path at which a built file is served, e.g. dist/stages/x/index.html → /stages/x/. */
export function urlOf(file: string): string {
  const rel = relative(DIST, file).split('\\').join('/');
  return BASE + rel.replace(/(^|\/)index\.html$/, '$1');
}

export interface Resolved { file?: string; fragment?: string; external: boolean; reason?: string }

/** Resolves a link found on `fromUrl` to a file in dist/, or says why it cannot. */
export function resolveLink(link: string, fromUrl: string): Resolved {
  if (/^(https?:|mailto:|data:|javascript:)/.test(link) || link.startsWith('//')) return { external: true };
  const url = new URL(link, `http://site${fromUrl}`);
  if (!url.pathname.startsWith(BASE)) return { external: false, reason: `outside the base ${BASE}` };
  const rel = decodeURIComponent(url.pathname.slice(BASE.length));
  const candidates = rel === '' || rel.endsWith('/') ? [join(DIST, rel, 'index.html')] : [join(DIST, rel), join(DIST, rel, 'index.html')];
  const file = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  return { file, fragment: url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined, external: false, reason: file ? undefined : 'no such file' };
}

export const read = (file: string) => readFileSync(file, 'utf8');
