/**
 * Where the content and the organisation overlay live, and nothing else: `src/content.config.ts` imports
 * this, and Astro runs that file through Vite's module runner (transformed, with source maps) before every
 * build. Importing it from `overlay.ts` pulled the whole validator (the model, every rule, the MDX parser)
 * into that runner for two paths.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The project's `content/` folder, or CONTENT_ROOT for forks and fixtures. Resolved from the working directory
 * (npm scripts run at the project root) rather than from this file, because Astro bundles this module into build
 * chunks elsewhere. Tests pass a root explicitly.
 */
export const DEFAULT_CONTENT_ROOT = resolve(process.env.CONTENT_ROOT ?? join(process.cwd(), 'content'));

/** The overlay's folder of a fork's own pages (`<overlay>/pages/*.mdx`). */
export const PAGES_DIR = 'pages';

/** Whether an environment switch is on: set to anything but empty, `0` or `false`. */
const isOn = (v: string | undefined) => v !== undefined && !['', '0', 'false'].includes(v.trim().toLowerCase());

/**
 * Which overlay folder a build uses. `PUBLIC_BUILD` (any value but empty, `0` or `false`, so that a
 * spelling such as `true` never leaks an internal overlay into a public build) excludes it. `ORG_ROOT`
 * names a folder that must exist; otherwise `<content root>/org/` is used when present.
 */
export function overlaySource(env: Record<string, string | undefined> = process.env, contentRoot: string = DEFAULT_CONTENT_ROOT): { root: string; required: boolean } | undefined {
  if (isOn(env.PUBLIC_BUILD)) return undefined;
  if (env.ORG_ROOT) return { root: resolve(env.ORG_ROOT), required: true };
  const root = join(contentRoot, 'org');
  return existsSync(root) ? { root, required: false } : undefined;
}
