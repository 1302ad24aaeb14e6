/**
 * The site configuration: `content/site.yaml` (or SITE_CONFIG), validated by its Zod schema, with
 * BASE_PATH and SITE_URL from the environment taking precedence. Astro-free, so the config file,
 * scripts and tests share it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { siteConfigSchema, type SiteConfig } from '../schemas/site-config.ts';
import { freshCache } from '../model/generation.ts';
import { invalidUtf8Offset, utf8Message } from '../model/utf8.ts';

export class ConfigError extends Error {}

/** Reads and validates a configuration file; environment overrides win. Throws ConfigError naming the file and fields. */
export function readSiteConfig(file: string, env: Record<string, string | undefined> = process.env): SiteConfig {
  if (!existsSync(file)) throw new ConfigError(`${file}: expected the site configuration file; found none`);
  const bytes = readFileSync(file);
  const offset = invalidUtf8Offset(bytes);
  if (offset !== undefined) throw new ConfigError(`${file}: ${utf8Message(bytes, offset)}`);
  let raw: unknown;
  try {
    raw = loadYaml(bytes.toString('utf8'), { schema: CORE_SCHEMA });
  } catch (e) {
    throw new ConfigError(`${file}: expected valid YAML; ${(e as Error).message}`);
  }
  const withEnv = { ...(raw as object), ...(env.BASE_PATH ? { basePath: env.BASE_PATH } : {}), ...(env.SITE_URL ? { siteUrl: env.SITE_URL } : {}) };
  const r = siteConfigSchema.safeParse(withEnv);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ✗ ${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new ConfigError(`${file}: the site configuration is not valid\n${lines.join('\n')}`);
  }
  return r.data;
}

const cache = freshCache<SiteConfig>();
/** The project's configuration, read once per process (once per edit under the dev server: src/model/generation.ts). */
/** The configuration file in use: `content/site.yaml`, or SITE_CONFIG. */
export const siteConfigFile = (): string => resolve(process.env.SITE_CONFIG ?? join(process.cwd(), 'content', 'site.yaml'));

export function siteConfig(): SiteConfig {
  const file = process.env.SITE_CONFIG ?? join(process.cwd(), 'content', 'site.yaml');
  const hit = cache.get(file);
  if (hit) return hit;
  const c = readSiteConfig(file);
  cache.set(file, c);
  return c;
}
