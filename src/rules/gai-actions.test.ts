/** AI 600-1 actions placed in the lifecycle: their subcategory, their risks and any narrower stages. */
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../model/index.ts';
import { subcategoryOfAction } from '../model/gai-actions.ts';
import { cleanFixtures, fixture } from '../test/fixture.ts';

afterAll(cleanFixtures);
const issuesFor = (edit: Parameters<typeof fixture>[0]) => validateContent(fixture(edit)).issues;

describe('gai-action-placed', () => {
  it('reads the subcategory off the action ID', () => {
    expect(subcategoryOfAction('GV-1.1-001')).toBe('nist-govern-1-1');
    expect(subcategoryOfAction('MS-2.13-002')).toBe('nist-measure-2-13');
    expect(subcategoryOfAction('XX-1.1-001')).toBeUndefined();
  });
  it('fails an action filed under another subcategory than its ID names', () => {
    expect(issuesFor({ file: 'actions/GV-1.1-001.yaml', replace: 'subcategory: nist-govern-1-1', with: 'subcategory: nist-govern-1-2' }))
      .toContainEqual(expect.objectContaining({ file: 'content/actions/GV-1.1-001.yaml', field: 'subcategory', rule: 'gai-action-placed' }));
  });
  it('fails a risk that is not an AI 600-1 risk', () => {
    expect(issuesFor({ file: 'actions/GV-1.1-001.yaml', replace: '  - nist600-data-privacy', with: '  - eu-art-10' }))
      .toContainEqual(expect.objectContaining({ file: 'content/actions/GV-1.1-001.yaml', field: 'risks[0]', rule: 'gai-action-placed' }));
  });
  it('fails a narrower stage its subcategory does not map to', () => {
    expect(issuesFor({ file: 'actions/GV-1.1-001.yaml', replace: /$/, with: "stages:\n  - stage: '4.12'\n    rationale: Test.\n" }))
      .toContainEqual(expect.objectContaining({ file: 'content/actions/GV-1.1-001.yaml', field: 'stages[0].stage', rule: 'gai-action-placed' }));
  });
});
