/**
 * Security headers for static hosting, computed from the built HTML. The Content-Security-Policy allows
 * no inline script except the exact inline scripts the build emits, by SHA-256 hash; everything else
 * must come from the site's own origin. Pure functions; the integration below writes the files.
 */
import { createHash } from 'node:crypto';
import { INTERNAL_ROBOTS, type InternalBuild } from '../model/internal.ts';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** Base64 SHA-256 of every distinct inline script body, sorted for stable output. */
export function inlineScriptHashes(htmls: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const html of htmls) for (const m of html.matchAll(INLINE_SCRIPT)) if (m[1].trim()) out.add(createHash('sha256').update(m[1]).digest('base64'));
  return [...out].sort();
}

export function contentSecurityPolicy(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    // Pagefind compiles its WebAssembly search engine at run time, hence wasm-unsafe-eval (not unsafe-eval).
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.map((h) => `'sha256-${h}'`).join(' ')}`.trim(),
    // Starlight sets CSS custom properties in style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The headers of every response. An internal build adds `X-Robots-Tag`, which covers files a meta tag cannot (JSON, CSV, images). */
export function securityHeaders(scriptHashes: string[], internal?: InternalBuild): [string, string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(scriptHashes)],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ...(internal ? [['X-Robots-Tag', INTERNAL_ROBOTS] as [string, string]] : []),
  ];
}

/** A `_headers` file (Netlify, Cloudflare Pages and compatible hosts) applying the headers to every path under the base. */
export const headersFile = (base: string, headers: [string, string][]) =>
  `# Generated at build time by src/site/security-headers.ts. Do not edit: rebuild instead.\n${base.replace(/\/?$/, '/')}*\n${headers.map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`;

/** An nginx include with the same headers, for `deploy/nginx/site.conf`. */
export const nginxInclude = (headers: [string, string][]) =>
  `# Generated at build time by src/site/security-headers.ts. Do not edit: rebuild instead.\n${headers.map(([k, v]) => `add_header ${k} "${v}" always;`).join('\n')}\n`;

/** The first line of an internal build's robots.txt; `scripts/bundle.ts` reads the organisation back from it. */
export const internalRobotsComment = (b: InternalBuild) => `# Internal build of ${b.organisation}: not for publication or indexing.`;
export const INTERNAL_ROBOTS_COMMENT = /^# Internal build of (.+): not for publication or indexing\.$/m;

/** robots.txt of an internal build: every crawler is asked to stay out of everything. */
export const internalRobotsTxt = (b: InternalBuild) => `${internalRobotsComment(b)}\nUser-agent: *\nDisallow: /\n`;
