/**
 * The content version and when the content last changed, defined once for every export that states them
 * (the OSCAL catalog, the release bundle, citations). The version is the site configuration's `contentVersion`.
 */
import { execFileSync } from 'node:child_process';
import { siteConfig } from './config.ts';

/** The content version from content/site.yaml. */
export const contentVersion = (): string => siteConfig().contentVersion;

/** Used when git cannot say (no git, or a copy of the files without history): fixed, so builds stay reproducible. */
export const EPOCH = '1970-01-01T00:00:00Z';

/** Per working directory; on `globalThis`, so the configuration and the pages (another copy of this module, in the same process) ask git once. */
const KEY = '__llmslContentLastModified';
const cache: Map<string, string> = ((globalThis as { [KEY]?: Map<string, string> })[KEY] ??= new Map());

/**
 * Commit time of the last commit touching `content/` (other than the release record), in UTC (`2025-06-30T12:00:00Z`): the same for every
 * build of a given commit, whatever the clock or time zone of the machine building it.
 */
export function contentLastModified(cwd: string = process.cwd()): string {
  const hit = cache.get(cwd);
  if (hit !== undefined) return hit;
  let iso = '';
  try {
    // Recording a release (content/releases.yaml) does not change the content.
    iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', 'content', ':(exclude)content/releases.yaml'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Not a git checkout, or git is missing: fall back to the fixed epoch.
  }
  const time = Date.parse(iso);
  const out = Number.isNaN(time) ? EPOCH : new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
  cache.set(cwd, out);
  return out;
}
