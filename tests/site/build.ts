/** Runs a production build into a folder of the test's choosing, with the pinned Node the tests run on. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * Vitest exports Vite's mode variables (MODE=test, DEV=1, BASE_URL=/, NODE_ENV=test …) into process.env;
 * passed on, they turn the child into a development-flavoured build under the wrong base.
 */
const LEAKED = /^(MODE|BASE_URL|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;

export function buildSite(outDir: string, env: Record<string, string> = {}): void {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !LEAKED.test(k)));
  const r = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    env: { ...clean, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`build failed (${r.status}):\n${(r.stdout + r.stderr).slice(-3000)}`);
}

/** Relative path → SHA-256 of every file under `dir`. */
export function fileHashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}
