/**
 * `npm run bundle`: after a build, packs `dist/` into `release/llm-security-lifecycle-<version>.tar.gz`
 * (entries under `llm-security-lifecycle-<version>/`), writes `release/SHA256SUMS` (every file of `dist/`)
 * and the archive's own hash in `release/<archive>.sha256`. An internal build (one that carries
 * organisation data, src/model/internal.ts) is packed as `llm-security-lifecycle-internal-<version>`, and
 * its SHA256SUMS opens with a line naming it internal and whose it is. Two runs on the same build give the same bytes:
 * every time stamp is the time of the last commit touching `content/`.
 *
 * `npm run bundle -- --verify <dir> [--sums <file>]`: recomputes the hashes of an unpacked bundle (or of
 * `dist/`) and compares them with `release/SHA256SUMS` (or `<file>`); lists every mismatch and exits 1.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXCHANGE_PATHS } from '../src/site/exchange.ts';
import { contentVersion, contentLastModified } from '../src/site/version.ts';
import { bundleName, compareManifests, formatSums, internalOrganisation, manifest, pack, parseSums, sha256 } from './bundle/bundle.ts';

const DIST = 'dist';
const RELEASE = 'release';
/** Exports a release must carry: the exchange formats (all of dist/ is packed; this catches a build that lost one). */
const REQUIRED = [EXCHANGE_PATHS.navigator('model'), EXCHANGE_PATHS.stix, EXCHANGE_PATHS.workbook];

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function bundle() {
  if (!existsSync(join(DIST, 'index.html'))) fail(`expected a built site in ${DIST}/ (with index.html); run \`npm run build\` first`);
  const internal = internalOrganisation(DIST);
  const name = bundleName(contentVersion(), internal);
  const entries = manifest(DIST);
  const missing = REQUIRED.filter((p) => !entries.some((e) => e.path === p));
  if (missing.length) fail(`expected the exchange formats in ${DIST}/; found ${missing.join(', ')} missing (rebuild with \`npm run build\`)`);
  const archive = pack(DIST, name, Date.parse(contentLastModified()) / 1000);
  mkdirSync(RELEASE, { recursive: true });
  writeFileSync(join(RELEASE, `${name}.tar.gz`), archive);
  writeFileSync(join(RELEASE, 'SHA256SUMS'), formatSums(entries, internal));
  writeFileSync(join(RELEASE, `${name}.tar.gz.sha256`), `${sha256(archive)}  ${name}.tar.gz\n`);
  console.log(`${RELEASE}/${name}.tar.gz: ${entries.length} files, ${archive.length} bytes, sha256 ${sha256(archive)}`);
  console.log(`${RELEASE}/SHA256SUMS and ${RELEASE}/${name}.tar.gz.sha256 written.`);
  if (internal) console.log(`Internal build of ${internal}: host it only behind access control (see the hosting guide), never publicly.`);
}

function verify(dir: string, sumsFile: string) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) fail(`expected a folder to verify; found no folder at ${dir}`);
  if (!existsSync(sumsFile)) fail(`expected the manifest ${sumsFile}; found none (pass it with --sums <file>)`);
  const { changed, missing, extra } = compareManifests(parseSums(readFileSync(sumsFile, 'utf8')), manifest(dir));
  const lines = [...changed.map((p) => `  changed  ${p}`), ...missing.map((p) => `  missing  ${p}`), ...extra.map((p) => `  extra    ${p}`)];
  if (lines.length) fail(`${dir} does not match ${sumsFile}:\n${lines.join('\n')}\n${lines.length} mismatch${lines.length === 1 ? '' : 'es'}.`);
  console.log(`${dir} matches ${sumsFile}.`);
}

const args = process.argv.slice(2);
if (!args.length) bundle();
else if (args[0] === '--verify' && args[1] && (args.length === 2 || (args.length === 4 && args[2] === '--sums'))) verify(args[1], args[3] ?? join(RELEASE, 'SHA256SUMS'));
else fail('usage: npm run bundle   or   npm run bundle -- --verify <dir> [--sums <file>]');
