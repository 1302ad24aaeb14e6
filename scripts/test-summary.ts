/** Prints one closing line (pass the test command's exit status as the first argument), "N passed, N failed", from the JSON reports Vitest wrote under .test-results/. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = '.test-results';
let passed = 0;
let failed = 0;
for (const f of existsSync(dir) ? readdirSync(dir).filter((x) => x.endsWith('.json')).sort() : []) {
  const r = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTestSuites: number; numFailedTestSuites: number };
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numFailedTests === 0 ? r.numFailedTestSuites : 0);
}
// A step that failed before any test file ran (typecheck, validation, build) still counts as a failure.
const status = Number(process.argv[2] ?? 0);
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
