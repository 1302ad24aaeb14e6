import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Astro first imports astro.config.mjs with Node itself and only when that throws starts a Vite server to
 * load it, which costs a clean build about a second (transforming every module the configuration pulls in).
 * Node runs our TypeScript by stripping its types, provided relative imports name their `.ts` files and the
 * syntax is erasable (tsconfig `erasableSyntaxOnly`). This keeps the fast path from regressing silently.
 */
describe('astro.config.mjs', () => {
  it('loads in plain Node, without Vite', () => {
    expect(process.features.typescript, 'the pinned Node (node@22) strips TypeScript types').toBeTruthy();
    const config = pathToFileURL(resolve('astro.config.mjs')).href;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', `const c = (await import(${JSON.stringify(config)})).default; console.log(c.integrations.length)`], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(r.stderr.replace(/.*ExperimentalWarning.*\n?|.*node --trace-warnings.*\n?/g, ''), 'error output of a native import').toBe('');
    expect(r.status).toBe(0);
    expect(Number(r.stdout.trim())).toBeGreaterThan(0);
  }, 30_000);
});
