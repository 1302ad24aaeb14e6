/**
 * Content types as nginx sends them with Debian's /etc/nginx/mime.types, the two additions of the test's
 * http block (wasm, mjs) and `default_type application/octet-stream`, for every kind of file a build writes.
 * The Node fallback server answers with these, so a reader without nginx sees what nginx would send;
 * tests/site/fallback-server.test.ts fails when the build writes a kind of file missing here, and, where nginx
 * is installed, when an answer here differs from nginx's.
 */
export const NGINX_TYPES: Record<string, string> = {
  '.html': 'text/html', '.css': 'text/css', '.js': 'application/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.xml': 'text/xml', '.txt': 'text/plain', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2', '.wasm': 'application/wasm', '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '.gz': 'application/octet-stream',
  // Not in nginx's table: served as `default_type`. Listed so that every kind the build writes is a decision.
  '.csv': 'application/octet-stream', '.pagefind': 'application/octet-stream', '.pf_filter': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_meta': 'application/octet-stream',
};

/** What nginx sends for a file with no entry in its table. */
export const NGINX_DEFAULT_TYPE = 'application/octet-stream';
