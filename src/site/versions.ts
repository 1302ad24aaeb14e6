/**
 * The versioned site: every release on record served, frozen, at `/v/<version>/`, next to the latest version
 * at the root. At the start of a build the copies are taken from the cache or built (src/site/frozen-build.ts);
 * at the end they are written into the output, each page with a notice about the latest version
 * (src/site/version-notice.ts). The security-headers integration runs after this one, so the policy allows the
 * copies' own inline scripts. Pages of the latest version read `frozenRelease()` for their permalink.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ReleaseRecord } from '../schemas/releases.ts';
import { FROZEN_ENV, frozenBuild } from './frozen-build.ts';
import { missingCommitReason } from './releases.ts';
import { counterpart, noticeHtml, redirectTarget, withNotice, type LatestSite } from './version-notice.ts';

/** A release and where its built copy is, or why it has none here. */
export interface FrozenRelease { release: ReleaseRecord; dir?: string; missing?: string }

const KEY = '__llmslFrozenReleases';
const shared = globalThis as { [KEY]?: FrozenRelease[] };

/** The releases of this build with their copies (empty outside a build, in a frozen copy's own build, or with LLMSL_VERSIONS=0). */
export const frozenReleases = (): FrozenRelease[] => shared[KEY] ?? [];

/** The latest recorded release whose copy this build serves, for the permalinks of the latest version. */
export const latestFrozen = (): FrozenRelease | undefined => frozenReleases().filter((f) => f.dir).at(-1);

/** Whether the copy of a release has a page at `path` (relative to the base, "" for home). */
export const frozenHasPage = (f: FrozenRelease, path: string) => f.dir !== undefined && existsSync(join(f.dir, path, 'index.html'));

/** Whether this build serves frozen copies: not in a frozen copy's own build, and not with LLMSL_VERSIONS=0. */
export const versionsEnabled = (env: NodeJS.ProcessEnv = process.env) => !env[FROZEN_ENV] && env.LLMSL_VERSIONS !== '0';

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else yield p;
  }
}

/** Page path relative to a base, from a built file: "stages/x/index.html" → "stages/x/". */
const pageOf = (rel: string) => rel.split('\\').join('/').replace(/(^|\/)index\.html$/, '$1');

/**
 * Writes a frozen copy into `out` (the output's `v/<version>/`): every file as built, and on every page the
 * notice about its counterpart in the latest version. The copy's own `_headers` is left out: the site's
 * covers every path under the base.
 */
export function installFrozen(copy: string, out: string, release: ReleaseRecord, latest: LatestSite, base: string, latestVersion: string, frozenBase: string) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // The copy's own short links say which entry each of its pages shows ("s/2.4/" → its stage page).
  const idByPage = new Map<string, string>();
  const sDir = join(copy, 's');
  if (existsSync(sDir)) {
    for (const id of readdirSync(sDir).sort()) {
      const file = join(sDir, id, 'index.html');
      if (!existsSync(file)) continue;
      const target = redirectTarget(readFileSync(file, 'utf8'));
      if (!target?.startsWith(frozenBase)) continue;
      const page = target.slice(frozenBase.length);
      const known = idByPage.get(page);
      if (known === undefined || (id !== id.toLowerCase() && known === known.toLowerCase())) idByPage.set(page, id);
    }
  }
  for (const file of files(copy)) {
    const rel = relative(copy, file);
    if (rel === '_headers') continue;
    const dest = join(out, rel);
    mkdirSync(dirname(dest), { recursive: true });
    if (!rel.endsWith('.html') || rel === '404.html') {
      cpSync(file, dest);
      continue;
    }
    const html = readFileSync(file, 'utf8');
    if (redirectTarget(html) !== undefined) {
      cpSync(file, dest);
      continue;
    }
    const page = pageOf(rel);
    writeFileSync(dest, withNotice(html, noticeHtml(release, counterpart(page, (p) => idByPage.get(p), latest), base, latestVersion)));
  }
}

export function versionsIntegration(opts: { root: string; base: string; site?: string; releases: () => ReleaseRecord[]; latest: () => Omit<LatestSite, 'pages'>; version: string }): AstroIntegration {
  let outDir: string | undefined;
  return {
    name: 'llmsl:versions',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger }) => {
        // The copies of an earlier build go first: Starlight's search index, built over the whole output before
        // the copies are written again, must not take them in.
        if (outDir) rmSync(join(outDir, 'v'), { recursive: true, force: true });
        if (!versionsEnabled()) {
          shared[KEY] = [];
          return;
        }
        shared[KEY] = opts.releases().map((release): FrozenRelease => {
          const missing = missingCommitReason(opts.root, release.commit);
          if (missing) {
            logger.warn(`release ${release.version} is not served at /v/${release.version}/: ${missing}`);
            return { release, missing };
          }
          const b = frozenBuild(opts.root, release, { base: opts.base, site: opts.site, log: (m) => logger.info(m) });
          logger.info(`release ${release.version}: ${b.cached ? 'frozen copy from the cache' : `frozen copy built in ${b.seconds.toFixed(1)} s`} (${relative(opts.root, b.dir)})`);
          return { release, dir: b.dir };
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        rmSync(join(out, 'v'), { recursive: true, force: true });
        const frozen = frozenReleases().filter((f) => f.dir);
        if (!frozen.length) return;
        const pages = new Set<string>();
        for (const file of files(out)) {
          const rel = relative(out, file);
          if (rel.endsWith('.html') && !redirectTarget(readFileSync(file, 'utf8'))) pages.add(pageOf(rel));
        }
        const latest: LatestSite = { pages, ...opts.latest() };
        const b = opts.base.replace(/\/?$/, '/');
        for (const f of frozen) installFrozen(f.dir!, join(out, 'v', f.release.version), f.release, latest, b, opts.version, `${b}v/${f.release.version}/`);
        logger.info(`frozen releases served: ${frozen.map((f) => `/v/${f.release.version}/`).join(', ')}`);
      },
    },
  };
}
