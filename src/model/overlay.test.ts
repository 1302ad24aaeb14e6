/**
 * Reading and checking an organisation overlay: the example overlay is valid, and each crafted defect
 * is reported with the file, the field, what was expected and what was found.
 * Fixtures are copies of `examples/org/` (a folder named `org`) with one deliberate defect.
 */
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanFixtures, EXAMPLE_ORG_ROOT, fixture, orgFixture, type Edit } from '../test/fixture.ts';
import { ContentError, type Issue } from './issues.ts';
import { loadModel, validateContent } from './load.ts';
import { activeOverlay, loadOverlay } from './overlay.ts';
import { overlaySource } from './overlay-source.ts';

afterAll(cleanFixtures);

const m = loadModel();
const issuesFor = (...edits: Edit[]) => loadOverlay(orgFixture(...edits), m).issues;
const expectIssue = (issues: Issue[], want: Partial<Issue> & { message?: unknown }) =>
  expect(issues).toContainEqual(expect.objectContaining(want));
const ORG = 'organisation.yaml';

describe('the example overlay (Example Corp)', () => {
  const { overlay, issues } = loadOverlay(EXAMPLE_ORG_ROOT, m);
  it('has no issues', () => expect(issues).toEqual([]));
  it('names the organisation, its tier and says it is fictional', () => {
    expect(overlay?.organisation.data.name).toBe('Example Corp (fictional)');
    expect(overlay?.organisation.data.tier).toBe('T2');
  });
  it('reads one control per file, in ID order, with the file name as the ID', () => {
    expect(overlay?.controls.map((c) => c.id)).toEqual([
      'EC-APP-01', 'EC-APP-02', 'EC-APP-03', 'EC-APP-04', 'EC-DATA-01', 'EC-DATA-02', 'EC-DATA-03',
      'EC-DIST-01', 'EC-DIST-02', 'EC-MOD-01', 'EC-MOD-02', 'EC-MOD-03',
    ]);
    expect(overlay?.byId.get('EC-DATA-01')?.file).toBe('examples/org/controls/EC-DATA-01.yaml');
  });
});

describe('references to the model', () => {
  it('rejects an unknown stage in a control', () => {
    const issues = issuesFor({ file: 'controls/EC-DATA-02.yaml', replace: "stages: ['1.4']", with: "stages: ['9.9']" });
    expectIssue(issues, {
      file: 'org/controls/EC-DATA-02.yaml', field: 'stages[0]', rule: 'overlay-unknown-reference',
      message: 'expected an existing stage ID; found "9.9", which matches no file in content/stages/',
    });
  });
  it('leaves a stage whose content file cannot be read to that file\'s own issue, rather than repeating it', () => {
    const broken = validateContent(fixture({ file: 'stages/1.4.mdx', replace: /^name: .*$/m, with: 'name: [unclosed' })).model;
    expect(broken.byId.stages.has('1.4')).toBe(false);
    expect(loadOverlay(EXAMPLE_ORG_ROOT, broken).issues).toEqual([]);
  });
  it('rejects an unknown provision in a control', () => {
    const issues = issuesFor({ file: 'controls/EC-DATA-02.yaml', replace: 'provisions: [nist-govern-3]', with: 'provisions: [nist-govern-99]' });
    expectIssue(issues, {
      file: 'org/controls/EC-DATA-02.yaml', field: 'provisions[0]', rule: 'overlay-unknown-reference',
      message: 'expected an existing provision ID; found "nist-govern-99", which matches no file in content/provisions/',
    });
  });
  it('rejects an unknown LLMOps sub-stage in a control', () => {
    const issues = issuesFor({ file: 'controls/EC-MOD-01.yaml', replace: 'llmops: [L.7]', with: 'llmops: [L.70]' });
    expectIssue(issues, { file: 'org/controls/EC-MOD-01.yaml', field: 'llmops[0]', rule: 'overlay-unknown-reference', message: expect.stringContaining('found "L.70"') });
  });
  it('rejects an unknown tier, listing the tiers there are', () => {
    const issues = issuesFor({ file: ORG, replace: 'tier: T2', with: 'tier: T9' });
    expectIssue(issues, {
      file: 'org/organisation.yaml', field: 'tier', rule: 'overlay-unknown-reference',
      message: 'expected an existing adoption tier ID (one of T1, T2, T3); found "T9", which matches no file in content/tiers/',
    });
  });
  it('rejects an unknown handoff, listing the handoffs there are', () => {
    const issues = issuesFor({ file: ORG, replace: 'handoff: H3', with: 'handoff: H7' });
    expectIssue(issues, {
      file: 'org/organisation.yaml', field: 'handoffs[2].handoff', rule: 'overlay-unknown-reference',
      message: 'expected an existing governance handoff ID (one of H1, H2, H3); found "H7", which matches no file in content/handoffs/',
    });
  });
  it('rejects a skipped stage that is not in the model', () => {
    const issues = issuesFor({ file: ORG, replace: "stage: '4.9'", with: "stage: '4.99'" });
    expectIssue(issues, { file: 'org/organisation.yaml', field: 'skips[1].stage', rule: 'overlay-unknown-reference', message: expect.stringContaining('found "4.99"') });
  });
  it('accepts skipping a stage that the adopted tier does not cover anyway', () => {
    expect(m.byId.stages.get('2.2')?.data.tier).toBe(3);
    expect(issuesFor({ file: ORG, replace: "stage: '4.9'", with: "stage: '2.2'" })).toEqual([]);
  });
});

describe('controls and handoff evidence', () => {
  it('rejects a handoff control that has no file', () => {
    const issues = issuesFor({ file: ORG, replace: 'controls: [EC-MOD-02]', with: 'controls: [EC-MOD-09]' });
    expectIssue(issues, {
      file: 'org/organisation.yaml', field: 'handoffs[1].controls[0]', rule: 'overlay-unknown-control',
      message: 'expected an internal control ID with a file in org/controls/; found "EC-MOD-09", which matches no file there',
    });
  });
  it('rejects a received artifact that is not on the handoff checklist, naming the expected ones', () => {
    const issues = issuesFor({ file: ORG, replace: /receives: \[Provenance records for each dataset version, /, with: 'receives: [Data sheets, ' });
    const h1 = m.byId.handoffs.get('H1')!;
    expectIssue(issues, {
      file: 'org/organisation.yaml', field: 'handoffs[0].receives[0]', rule: 'overlay-handoff-evidence',
      message: `expected one of the evidence artifacts of H1 ${h1.data.name} (${h1.data.evidence.map((e) => `"${e.artifact}"`).join(', ')}); found "Data sheets"`,
    });
  });
  it('rejects a stage skipped twice and a handoff listed twice', () => {
    const issues = issuesFor({ file: ORG, replace: "stage: '4.9'", with: "stage: '1.5'" }, { file: ORG, replace: 'handoff: H3', with: 'handoff: H2' });
    expectIssue(issues, { file: 'org/organisation.yaml', field: 'skips', rule: 'overlay-duplicate-in-list', message: 'expected each value once; found "1.5" more than once' });
    expectIssue(issues, { file: 'org/organisation.yaml', field: 'handoffs', rule: 'overlay-duplicate-in-list', message: 'expected each value once; found "H2" more than once' });
  });
  it('rejects a stage listed twice in a control', () => {
    const issues = issuesFor({ file: 'controls/EC-MOD-02.yaml', replace: "stages: ['2.8', '3.5']", with: "stages: ['2.8', '2.8']" });
    expectIssue(issues, { file: 'org/controls/EC-MOD-02.yaml', field: 'stages', rule: 'overlay-duplicate-in-list' });
  });
});

describe('shape checks', () => {
  it('rejects an unknown control status, naming the field', () => {
    const issues = issuesFor({ file: 'controls/EC-APP-01.yaml', replace: 'status: implemented', with: 'status: done' });
    expectIssue(issues, { file: 'org/controls/EC-APP-01.yaml', field: 'status', rule: 'schema' });
  });
  it('rejects an unknown field instead of dropping it', () => {
    const issues = issuesFor({ file: 'controls/EC-APP-01.yaml', replace: 'status: implemented', with: 'status: implemented\nreviewer: Alex' });
    expectIssue(issues, { file: 'org/controls/EC-APP-01.yaml', rule: 'schema', message: expect.stringContaining('reviewer') });
  });
  it('catches a stage ID that YAML read as a number', () => {
    const issues = issuesFor({ file: 'controls/EC-APP-01.yaml', replace: "stages: ['4.10']", with: 'stages: [4.10]' });
    expectIssue(issues, { file: 'org/controls/EC-APP-01.yaml', field: 'stages[0]', rule: 'schema' });
  });
  it('rejects a control that addresses nothing', () => {
    const issues = issuesFor({ file: 'controls/EC-APP-03.yaml', replace: "stages: ['4.12']\n", with: '' });
    expectIssue(issues, { file: 'org/controls/EC-APP-03.yaml', field: 'stages', rule: 'schema', message: expect.stringContaining('expected at least one stage') });
  });
  it('rejects a control file whose name is not a control ID', () => {
    const issues = issuesFor({ file: 'controls/ec-app-09.yaml', write: 'title: X\n' });
    expectIssue(issues, { file: 'org/controls/ec-app-09.yaml', field: 'id (file name)', rule: 'id-pattern', message: expect.stringContaining('found "ec-app-09"') });
  });
  it('reports stray files rather than skipping them', () => {
    const issues = issuesFor({ file: 'control/EC-X.yaml', write: 'title: X\n' }, { file: 'controls/notes.txt', write: 'draft' });
    expectIssue(issues, { file: 'org/control', rule: 'unexpected-file' });
    expectIssue(issues, { file: 'org/controls/notes.txt', rule: 'unexpected-file' });
  });
  it('reports a missing organisation.yaml and returns no overlay', () => {
    const { overlay, issues } = loadOverlay(orgFixture({ file: ORG, remove: true }), m);
    expect(overlay).toBeUndefined();
    expectIssue(issues, { file: 'org/organisation.yaml', rule: 'missing-file' });
  });
  it('reports malformed YAML with its line', () => {
    const issues = issuesFor({ file: ORG, write: 'name: X\ntier: [T2\n' });
    expectIssue(issues, { file: 'org/organisation.yaml', rule: 'parse', message: expect.stringMatching(/invalid YAML \(line \d+\)/) });
  });
  it('accepts an overlay without controls: every stage is then uncovered', () => {
    expect(issuesFor({ file: 'controls', remove: true }, { file: ORG, replace: /\n {4}controls: \[.*\]/g, with: '' })).toEqual([]);
  });
});

describe("a fork's own pages (pages/*.mdx)", () => {
  const PAGE = 'pages/release-procedure.mdx';
  it('reads the example release procedure with its title, its body and the line the body starts on', () => {
    const { overlay, issues } = loadOverlay(EXAMPLE_ORG_ROOT, m);
    expect(issues).toEqual([]);
    expect(overlay!.pages.map((p) => [p.id, p.data.title])).toEqual([['release-procedure', 'Model release procedure']]);
    expect(overlay!.pages[0].body).toContain('<EvidenceChecklist handoff="H2" />');
    expect(overlay!.pages[0].bodyLine).toBe(8);
  });
  it('checks a page body like an entry body: a javascript: link is rejected with the file and line', () => {
    const issues = issuesFor({ file: PAGE, replace: 'This page is\nthe board', with: 'This page is\n[the](javascript:alert(1)) board' });
    expectIssue(issues, { file: 'org/pages/release-procedure.mdx', field: 'body (line 10)', rule: 'mdx-body-is-safe', message: expect.stringContaining('javascript:') });
  });
  it('rejects a component outside the set, an import, and a unit link that names nothing', () => {
    const issues = issuesFor({ file: PAGE, replace: /\n$/, with: '\n\nimport X from "x"\n\n<Widget />\n\nSee <UnitLink id="9.9" />.\n' });
    for (const found of ['import X', '<Widget>', '"9.9"']) expectIssue(issues, { file: 'org/pages/release-procedure.mdx', rule: 'mdx-body-is-safe', message: expect.stringContaining(found) });
  });
  it('rejects a citation of an unknown reference', () => {
    const issues = issuesFor({ file: PAGE, replace: /\n$/, with: '\n\nAs argued :cite[nobody2099].\n' });
    expectIssue(issues, { file: 'org/pages/release-procedure.mdx', rule: 'mdx-body-is-safe', message: expect.stringContaining('"nobody2099"') });
  });
  it('rejects a page without a title, and a file that is not an .mdx page', () => {
    const issues = issuesFor({ file: PAGE, replace: /^title: .*\n/m, with: '' }, { file: 'pages/policy.md', write: '# Policy\n' });
    expectIssue(issues, { file: 'org/pages/release-procedure.mdx', field: 'title', rule: 'schema' });
    expectIssue(issues, { file: 'org/pages/policy.md', rule: 'unexpected-file' });
  });
});

describe('which overlay a build uses', () => {
  const content = fixture({ file: 'org/organisation.yaml', write: 'name: Fork\ntier: T1\n' });
  const bare = fixture();
  it('uses <content>/org/ when present, and nothing when absent', () => {
    expect(overlaySource({}, content)).toEqual({ root: join(content, 'org'), required: false });
    expect(overlaySource({}, bare)).toBeUndefined();
  });
  it('uses ORG_ROOT when set, and requires it to exist', () => {
    expect(overlaySource({ ORG_ROOT: 'examples/org' }, content)).toEqual({ root: resolve('examples/org'), required: true });
    expect(() => activeOverlay(m, { ORG_ROOT: join(tmpdir(), 'llmsl-no-such-org') })).toThrow(/expected an organisation overlay folder/);
  });
  it('leaves the overlay out of a public build, however the flag is spelled', () => {
    for (const PUBLIC_BUILD of ['1', 'true', 'yes']) expect(overlaySource({ PUBLIC_BUILD, ORG_ROOT: 'examples/org' }, content)).toBeUndefined();
    for (const PUBLIC_BUILD of ['', '0', 'false']) expect(overlaySource({ PUBLIC_BUILD, ORG_ROOT: 'examples/org' }, content)).toBeDefined();
    expect(activeOverlay(m, { PUBLIC_BUILD: '1', ORG_ROOT: 'examples/org' })).toBeUndefined();
  });
  it('stops a build on an invalid overlay with every issue', () => {
    const root = orgFixture({ file: ORG, replace: 'tier: T2', with: 'tier: T9' });
    expect(() => activeOverlay(m, { ORG_ROOT: root })).toThrow(ContentError);
    expect(() => activeOverlay(m, { ORG_ROOT: root })).toThrow(/organisation\.yaml → tier: expected an existing adoption tier ID/);
  });
  it('returns the example overlay for ORG_ROOT=examples/org', () => {
    expect(activeOverlay(m, { ORG_ROOT: 'examples/org' })?.organisation.data.name).toBe('Example Corp (fictional)');
  });
});
