/**
 * Astro integration: after the build, hash the inline scripts Starlight emits and write the security
 * headers for static hosts: `dist/_headers` and `deploy/nginx/generated/security-headers.conf`. An internal
 * build (src/model/internal.ts) adds `X-Robots-Tag: noindex, nofollow` to both and writes a robots.txt
 * that disallows everything; a public build writes no robots.txt.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { InternalBuild } from '../model/internal.ts';
import { headersFile, inlineScriptHashes, internalRobotsTxt, nginxInclude, securityHeaders } from './security-headers.ts';

function* html(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* html(p);
    else if (name.endsWith('.html')) yield readFileSync(p, 'utf8');
  }
}

export function securityHeadersIntegration(opts: { base: string; nginxDir: string; internal?: InternalBuild }): AstroIntegration {
  return {
    name: 'llmsl:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const hashes = inlineScriptHashes(html(out));
        const headers = securityHeaders(hashes, opts.internal);
        writeFileSync(join(out, '_headers'), headersFile(opts.base, headers));
        if (opts.internal) writeFileSync(join(out, 'robots.txt'), internalRobotsTxt(opts.internal));
        mkdirSync(opts.nginxDir, { recursive: true });
        writeFileSync(join(opts.nginxDir, 'security-headers.conf'), nginxInclude(headers));
        logger.info(`security headers written (${hashes.length} inline script hashes)${opts.internal ? `; internal build of ${opts.internal.organisation}: noindex, robots.txt disallows all` : ''}`);
      },
    },
  };
}
