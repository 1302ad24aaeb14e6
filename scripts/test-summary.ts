/** Prints one closing line, "N passed, N failed", from the JSON reports Vitest wrote under .test-results/. */
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
console.log(`${passed} passed, ${failed} failed`);
