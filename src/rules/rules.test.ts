/**
 * Each rule rejects a crafted bad input, and the message names the file and the field.
 * Fixtures are copies of the real content with one deliberate defect.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_ROOT, loadModel, references, validateContent, type Issue } from '../model/index.ts';
import { cleanFixtures, fixture, type Edit } from '../test/fixture.ts';

// Some fifty copies of the content: removing them takes longer than the default hook timeout on a busy machine.
afterAll(cleanFixtures, 60_000);

const issuesFor = (...edits: Edit[]) => validateContent(fixture(...edits)).issues;
const expectIssue = (issues: Issue[], want: Partial<Issue> & { message?: any }) =>
  expect(issues).toContainEqual(expect.objectContaining(want));

describe('the shipped content', () => {
  it('has no issues at all', () => {
    expect(validateContent().issues).toEqual([]);
  });
});

describe('shape checks', () => {
  it('rejects an unknown field instead of dropping it', () => {
    const issues = issuesFor({ file: 'layers/L1.yaml', replace: /^name: Data$/m, with: 'name: Data\ncolour: blue' });
    expectIssue(issues, { file: 'content/layers/L1.yaml', rule: 'schema', message: expect.stringContaining('colour') });
  });
  it('rejects a value outside an enumeration, naming the field', () => {
    const issues = issuesFor({ file: 'stages/2.4.mdx', replace: /^novelty: \w+$/m, with: 'novelty: novel' });
    expectIssue(issues, { file: 'content/stages/2.4.mdx', field: 'novelty', rule: 'schema' });
  });
  it('reports malformed YAML with its line', () => {
    const issues = issuesFor({ file: 'layers/L2.yaml', write: 'name: Model\norder: 2\norder: 3\n' });
    expectIssue(issues, { file: 'content/layers/L2.yaml', rule: 'parse', message: expect.stringMatching(/^invalid YAML \(line 3\): duplicated mapping key/) });
  });
  it('counts the line of broken frontmatter in the file, after the opening ---', () => {
    const issues = issuesFor({ file: 'stages/2.4.mdx', write: '---\nname: Alignment\nname: Again\n---\nProse.\n' });
    expectIssue(issues, { file: 'content/stages/2.4.mdx', rule: 'parse', message: expect.stringMatching(/^invalid YAML \(line 3\)/) });
  });
  it('reports a Markdown file without frontmatter', () => {
    const issues = issuesFor({ file: 'stages/2.4.mdx', write: 'Just prose, no fields.\n' });
    expectIssue(issues, { file: 'content/stages/2.4.mdx', rule: 'parse', message: expect.stringContaining('frontmatter') });
  });
  it('rejects a file name that is not a valid ID', () => {
    const issues = issuesFor({ file: 'stages/2.x.mdx', write: '---\nname: X\n---\n' });
    expectIssue(issues, { file: 'content/stages/2.x.mdx', field: 'id (file name)', rule: 'id-pattern' });
  });
  it('reports a stray file rather than skipping it', () => {
    const issues = issuesFor({ file: 'stages/notes.txt', write: 'draft' });
    expectIssue(issues, { file: 'content/stages/notes.txt', rule: 'unexpected-file' });
  });
  it('catches a stage ID that YAML read as a number', () => {
    const issues = issuesFor({ file: 'incidents/rlhf-reward-poisoning.mdx', replace: /stage: '2\.4'/, with: 'stage: 2.4' });
    expectIssue(issues, { file: 'content/incidents/rlhf-reward-poisoning.mdx', rule: 'schema', field: expect.stringMatching(/^stages\[\d+\]\.stage$/) });
  });
  it('rejects a malformed citation tag', () => {
    const issues = issuesFor({ file: 'stages/2.4.mdx', replace: /:cite\[([a-z0-9-]+)\]/, with: ':cite[$1]{key=1}' });
    expectIssue(issues, { file: 'content/stages/2.4.mdx', field: 'body', rule: 'citation-syntax' });
  });
});

/** A complete guidance block for a fixture stage; tests break one thing in it. */
const GUIDANCE = `guidance:
  threats:
    - { key: a, title: Threat A, actor: insider, artifact: labels, how: Flips labels., sources: [wang2024rlhfpoison] }
    - { key: b, title: Threat B, actor: insider, artifact: reward model, how: Plants a trigger., sources: [wu2025preference] }
    - { key: c, title: Threat C, actor: end-user, artifact: feedback, how: Skews the reward., sources: [wang2024rlhfpoison] }
  controls:
    - { title: Control A, what: Re-label a sample., answers: [a] }
    - { title: Control B, what: Scan for triggers., answers: [b] }
    - { title: Control C, what: Gate releases., answers: [c] }
  evidence:
    - { record: Dataset hash, why: Shows what was used. }
    - { record: Approvals, why: Shows who approved. }
  ifSkipped: The preference signal goes unexamined.
  stride: { tampering: Labels can be altered. }
  owasp: [{ id: 'LLM04:2025', name: Data and Model Poisoning, why: Training data. }]
  atlas: [{ id: AML.T0020, name: Poison Training Data, why: Training data. }]
`;
/** Stage 2.4 with `block` as its guidance (replacing any guidance the shipped file has). */
const withGuidance = (block: string): Edit => {
  const text = readFileSync(`${DEFAULT_CONTENT_ROOT}/stages/2.4.mdx`, 'utf8').replace(/^guidance:\n(?: .*\n)*/m, '');
  return { file: 'stages/2.4.mdx', write: text.replace(/\n---\n/, `\n${block}---\n`) };
};

describe('stage guidance', () => {
  it('accepts a complete block', () => {
    const issues = issuesFor(withGuidance(GUIDANCE.replace(/^guidance:/, 'guidance:')));
    expect(issues.filter((i) => i.file === 'content/stages/2.4.mdx')).toEqual([]);
  });
  it('pinned-identifiers: an OWASP ID not on the 2025 list', () => {
    const issues = issuesFor(withGuidance(GUIDANCE.replace("'LLM04:2025'", "'LLM11:2025'")));
    expectIssue(issues, { file: 'content/stages/2.4.mdx', field: 'guidance.owasp[0].id', rule: 'pinned-identifiers' });
  });
  it('pinned-identifiers: a real ID paired with the wrong name', () => {
    const issues = issuesFor(withGuidance(GUIDANCE.replace('name: Poison Training Data', 'name: Training Data Poisoning')));
    expectIssue(issues, { file: 'content/stages/2.4.mdx', field: 'guidance.atlas[0].name', rule: 'pinned-identifiers', message: expect.stringContaining('"Poison Training Data"') });
  });
  it('controls-answer-threats: a control answering a threat that does not exist, leaving one unanswered', () => {
    const issues = issuesFor(withGuidance(GUIDANCE.replace('answers: [c]', 'answers: [d]')));
    expectIssue(issues, { file: 'content/stages/2.4.mdx', field: 'guidance.controls[2].answers[0]', rule: 'controls-answer-threats' });
    expectIssue(issues, { file: 'content/stages/2.4.mdx', field: 'guidance.threats[2]', rule: 'controls-answer-threats' });
  });
  it('dangling-reference: a threat citing an unknown source', () => {
    const issues = issuesFor(withGuidance(GUIDANCE.replace('sources: [wu2025preference]', 'sources: [nobody2099]')));
    expectIssue(issues, { file: 'content/stages/2.4.mdx', field: 'guidance.threats[1].sources[0]', rule: 'dangling-reference' });
  });
  it('schema: a stage without guidance', () => {
    const issues = issuesFor(withGuidance(''));
    expectIssue(issues, { file: 'content/stages/2.4.mdx', field: 'guidance', rule: 'schema' });
  });
  it('schema: fewer than three threats', () => {
    const issues = issuesFor(withGuidance(GUIDANCE.replace(/^    - \{ key: c.*\n/m, '')));
    expectIssue(issues, { file: 'content/stages/2.4.mdx', field: 'guidance.threats', rule: 'schema' });
  });
});

describe('provisions against the pinned official lists', () => {
  const RULE = 'provision-on-pinned-list';
  it('provision-on-pinned-list: a NIST category that does not exist', () => {
    const issues = issuesFor({ file: 'provisions/nist-map-1.mdx', replace: /^reference: MAP 1$/m, with: 'reference: MAP 6' });
    expectIssue(issues, { file: 'content/provisions/nist-map-1.mdx', field: 'reference', rule: RULE, message: expect.stringContaining('"MAP 6"') });
  });
  it('provision-on-pinned-list: a part of an article that is not on the list', () => {
    const issues = issuesFor({ file: 'provisions/eu-art-53-1-d.mdx', replace: "reference: 'Art. 53(1)(d)'", with: "reference: 'Art. 2(1)(a)'" });
    expectIssue(issues, { file: 'content/provisions/eu-art-53-1-d.mdx', field: 'reference', rule: RULE, message: expect.stringContaining('Art. 2 ') });
  });
  it('provision-on-pinned-list: a real ISO control with the paper\'s label as its title', () => {
    const issues = issuesFor({ file: 'provisions/iso-a-9-3.mdx', replace: /^title: .*$/m, with: 'title: Oversight controls' });
    expectIssue(issues, { file: 'content/provisions/iso-a-9-3.mdx', field: 'title', rule: RULE, message: expect.stringContaining('"Objectives for responsible use of AI system"') });
  });
  it('provision-on-pinned-list: a NIST category whose title is not the outcome statement', () => {
    const issues = issuesFor({ file: 'provisions/nist-govern-4.mdx', replace: /^title: .*$/m, with: 'title: Risk culture' });
    expectIssue(issues, { file: 'content/provisions/nist-govern-4.mdx', field: 'title', rule: RULE, message: expect.stringContaining('"Organizational teams are committed to a culture that considers and communicates AI risk."') });
  });
  it('provision-on-pinned-list: an AI 600-1 risk spelt with "or" instead of "and"', () => {
    const issues = issuesFor({ file: 'provisions/nist600-harmful-bias.mdx', replace: /^reference: Harmful Bias and/m, with: 'reference: Harmful Bias or' });
    expectIssue(issues, { file: 'content/provisions/nist600-harmful-bias.mdx', field: 'reference', rule: RULE, message: expect.stringContaining('"Harmful Bias and Homogenization (AI 600-1 §2.6)"') });
  });
  it('provision-on-pinned-list: a part of a listed article passes', () => {
    const issues = issuesFor({ file: 'provisions/eu-art-53-1-d.mdx', replace: "reference: 'Art. 53(1)(d)'", with: "reference: 'Art. 53(1)(c)'" });
    expect(issues.filter((i) => i.rule === RULE)).toEqual([]);
  });
  it('provision-on-pinned-list: a title on a part, which the list cannot confirm', () => {
    const issues = issuesFor({ file: 'provisions/eu-art-53-1-d.mdx', replace: /^label: .*$/m, with: "$&\ntitle: 'Public summary of training content'" });
    expectIssue(issues, { file: 'content/provisions/eu-art-53-1-d.mdx', field: 'title', rule: RULE });
  });
  it('provision-on-pinned-list: a framework whose list is missing', () => {
    const issues = issuesFor({ file: 'identifiers/iso-42001.yaml', remove: true });
    expectIssue(issues, { file: 'content/provisions/iso-cl-6-1.mdx', field: 'framework', rule: RULE, message: expect.stringContaining('content/identifiers/iso-42001.yaml') });
  });
});

describe('one error, one message: a file that cannot be read', () => {
  const refsTo = (target: string, id: string) => [...references(loadModel())].filter((r) => r.target === target && r.id === id);

  it('reports a stage that fails to parse once, and once that the references to it could not be checked', () => {
    const issues = issuesFor({ file: 'stages/2.4.mdx', replace: /^name: .*$/m, with: 'name: [unclosed' });
    const refs = refsTo('stages', '2.4');
    const files = new Set(refs.map((r) => r.file)).size;
    expect(refs.length).toBeGreaterThan(1);
    expect(issues).toEqual([
      { file: 'content/stages/2.4.mdx', rule: 'parse', message: expect.stringMatching(/^invalid YAML \(line 3\)/) },
      { file: 'content/stages/2.4.mdx', rule: 'dangling-reference', message: `${refs.length} references to stage "2.4" in ${files} files could not be checked, because this file could not be read; they are checked once it is fixed` },
    ]);
  });
  it('does the same for an entry that parses but fails its schema', () => {
    const issues = issuesFor({ file: 'layers/L2.yaml', replace: /^order: .*$/m, with: 'order: second' });
    expect(issues.map((i) => `${i.file} ${i.rule}`)).toEqual(['content/layers/L2.yaml schema', 'content/layers/L2.yaml dangling-reference']);
    expect(issues[1].message).toContain(`${refsTo('layers', 'L2').length} references to layer "L2"`);
  });
  it('still reports a reference to an ID that has no file at all, one per field', () => {
    const issues = issuesFor(
      { file: 'stages/2.4.mdx', replace: /^name: .*$/m, with: 'name: [unclosed' },
      { file: 'table3/G.1.yaml', replace: '[eu-art-10]', with: '[eu-art-999]' },
    );
    expectIssue(issues, { file: 'content/table3/G.1.yaml', rule: 'dangling-reference', message: expect.stringContaining('"eu-art-999"') });
    expect(issues.filter((i) => i.rule === 'dangling-reference')).toHaveLength(2);
  });
});

describe('cross-entry rules', () => {
  it('dangling-reference: a Table 3 citation naming an unknown provision', () => {
    const issues = issuesFor({ file: 'table3/G.1.yaml', replace: '[eu-art-10]', with: '[eu-art-999]' });
    expectIssue(issues, { file: 'content/table3/G.1.yaml', field: 'citations[0].provisions[0]', rule: 'dangling-reference', message: expect.stringContaining('"eu-art-999"') });
  });
  it('dangling-reference: a stage in a layer that does not exist', () => {
    const issues = issuesFor({ file: 'stages/2.4.mdx', replace: /^layer: L2$/m, with: 'layer: L9' });
    expectIssue(issues, { file: 'content/stages/2.4.mdx', field: 'layer', rule: 'dangling-reference' });
  });
  it('dangling-reference: a citation of an unknown reference key', () => {
    const issues = issuesFor({ file: 'stages/2.4.mdx', replace: /:cite\[[a-z0-9-]+\]/, with: ':cite[nobody2099]' });
    expectIssue(issues, { file: 'content/stages/2.4.mdx', rule: 'dangling-reference', message: expect.stringContaining('"nobody2099"') });
  });
  it('duplicate-in-list: the same provision twice in one citation', () => {
    const issues = issuesFor({ file: 'table3/G.2.yaml', replace: '[nist-measure-1, nist-measure-2]', with: '[nist-measure-1, nist-measure-1]' });
    expectIssue(issues, { file: 'content/table3/G.2.yaml', field: 'citations[2].provisions', rule: 'duplicate-in-list' });
  });
  it('duplicate-entry: a second file for the same provision', () => {
    const root = fixture();
    const copy = validateContent(root).model.byId.provisions.get('eu-art-14')!;
    const text = readFileSync(`${root}/provisions/eu-art-14.mdx`, 'utf8');
    const issues = issuesFor({ file: 'provisions/eu-art-14-bis.mdx', write: text });
    expect(copy.data.reference).toBe('Art. 14');
    expectIssue(issues, { file: 'content/provisions/eu-art-14-bis.mdx', rule: 'duplicate-entry', message: expect.stringContaining('Art. 14') });
  });
  it('expected-counts: a missing stage file', () => {
    const issues = issuesFor({ file: 'stages/4.12.mdx', remove: true });
    expectIssue(issues, { file: 'content/stages', rule: 'expected-counts', message: 'expected 32 entries; found 31' });
    expectIssue(issues, { rule: 'expected-counts', message: 'expected 13 additional stages; found 12' });
  });
  it('stage-in-its-layer: a Model stage placed in the Distribution layer', () => {
    const issues = issuesFor({ file: 'stages/2.4.mdx', replace: /^layer: L2$/m, with: 'layer: L3' });
    expectIssue(issues, { file: 'content/stages/2.4.mdx', field: 'layer', rule: 'stage-in-its-layer' });
  });
  it('provision-within-category-layers and provision-is-cited: a Data Governance provision mapped to an Application stage', () => {
    const body = 'A made-up provision used only to test validation. '.repeat(10);
    const issues = issuesFor({
      file: 'provisions/eu-art-999.mdx',
      write: `---\nframework: eu-ai-act\nreference: Art. 999\nlabel: Test\nbinds: [provider]\ncategories: [G.1]\nstages:\n  - stage: '4.2'\n    rationale: Test.\nkind: decision-shaping\nkindRationale: Test.\npaperLabel: test label\n---\n${body}\n`,
    });
    expectIssue(issues, { file: 'content/provisions/eu-art-999.mdx', field: 'stages[0].stage', rule: 'provision-within-category-layers' });
    expectIssue(issues, { file: 'content/provisions/eu-art-999.mdx', rule: 'provision-is-cited' });
  });
  it('provision-placed: a provision mapped to no stage and not marked organisation-wide', () => {
    const issues = issuesFor({
      file: 'provisions/eu-art-998.mdx',
      write: `---\nframework: eu-ai-act\nreference: Art. 998\nlabel: Test\nbinds: [provider]\ncategories: [G.1]\nstages: []\nkind: decision-shaping\nkindRationale: Test.\n---\nText.\n`,
    });
    expectIssue(issues, { file: 'content/provisions/eu-art-998.mdx', field: 'stages', rule: 'provision-placed', message: expect.stringContaining('mapped to no stage') });
  });
  it('provision-placed: a provision both mapped and marked organisation-wide', () => {
    const issues = issuesFor({ file: 'provisions/nist-govern-1-1.mdx', replace: /^kind: /m, with: 'organisationWide: Leadership owns it.\nkind: ' });
    expectIssue(issues, { file: 'content/provisions/nist-govern-1-1.mdx', field: 'organisationWide', rule: 'provision-placed' });
  });
  it('stage-lists-provision-categories: a provision whose categories the stage does not list', () => {
    const m = loadModel();
    const stage = m.stages.find((s) => !s.data.categories.includes('G.9'))!;
    const issues = issuesFor({
      file: 'provisions/nist-measure-3.mdx',
      replace: /^stages:\n/m,
      with: `stages:\n  - stage: '${stage.id}'\n    rationale: Test mapping.\n`,
    });
    expectIssue(issues, { file: stage.file, field: 'categories', rule: 'stage-lists-provision-categories' });
  });
  it('handoff-at-layer-boundary: a handoff that skips a layer', () => {
    const issues = issuesFor({ file: 'handoffs/H1.mdx', replace: /^to: L2$/m, with: 'to: L3' });
    expectIssue(issues, { file: 'content/handoffs/H1.mdx', field: 'to', rule: 'handoff-at-layer-boundary' });
  });
  it('table3-citation-shape: a "range" naming one provision', () => {
    const issues = issuesFor({ file: 'table3/G.1.yaml', replace: 'form: single, provisions: [eu-art-10]', with: 'form: range, provisions: [eu-art-10]' });
    expectIssue(issues, { file: 'content/table3/G.1.yaml', field: 'citations[0].provisions', rule: 'table3-citation-shape' });
  });
  it('table3-citation-homogeneous: one citation grouping provisions of both kinds', () => {
    const issues = issuesFor({ file: 'table3/G.2.yaml', replace: '[nist-measure-1, nist-measure-2]', with: '[nist-measure-1, nist-measure-3]' });
    expectIssue(issues, { file: 'content/table3/G.2.yaml', field: 'citations[2].provisions', rule: 'table3-citation-homogeneous' });
  });
  it('provision-is-cited: a provision no row or handoff cites any more', () => {
    const issues = issuesFor({ file: 'table3/G.6.yaml', replace: /^.*eu-art-27.*\n/m, with: '' });
    expectIssue(issues, { file: 'content/provisions/eu-art-27.mdx', rule: 'provision-is-cited' });
  });
  it('prose-is-complete: a stub marker in a body', () => {
    const issues = issuesFor({ file: 'stages/2.4.mdx', replace: /\n$/, with: '\n\nMore on this: TBD.\n' });
    expectIssue(issues, { file: 'content/stages/2.4.mdx', field: 'body', rule: 'prose-is-complete', message: expect.stringContaining('"TBD"') });
  });
  it('prose-is-complete: a body too short to be useful', () => {
    const issues = issuesFor({ file: 'handoffs/H2.mdx', replace: /\n---\n[\s\S]*$/, with: '\n---\nShort.\n' });
    expectIssue(issues, { file: 'content/handoffs/H2.mdx', field: 'body', rule: 'prose-is-complete', message: expect.stringMatching(/^expected at least 80 words/) });
  });
  it('mdx-body-is-safe: raw HTML pasted into a body', () => {
    const issues = issuesFor({ file: 'stages/2.4.mdx', replace: /\n$/, with: '\n\n<img src="x" onerror="alert(1)" />\n' });
    expectIssue(issues, { file: 'content/stages/2.4.mdx', field: expect.stringMatching(/^body \(line \d+\)$/), rule: 'mdx-body-is-safe', message: expect.stringContaining('<img>') });
  });
  it('mdx-body-is-safe: leaves code spans alone', () => {
    const issues = issuesFor({ file: 'stages/2.4.mdx', replace: /\n$/, with: '\n\nAn attacker may write `<script>` into a field.\n' });
    expect(issues.filter((i) => i.rule === 'mdx-body-is-safe')).toEqual([]);
  });
  it('stage-cites-sources: a stage summary without any citation', () => {
    const issues = issuesFor({ file: 'stages/2.4.mdx', replace: /:cite\[[a-z0-9-]+\]/g, with: '' });
    expectIssue(issues, { file: 'content/stages/2.4.mdx', field: 'body', rule: 'stage-cites-sources' });
  });
  it('stage-tier-exists: a tier no adoption tier defines', () => {
    const issues = issuesFor({ file: 'stages/2.4.mdx', replace: /^tier: \d$/m, with: 'tier: 7' });
    expectIssue(issues, { file: 'content/stages/2.4.mdx', field: 'tier', rule: 'stage-tier-exists' });
  });
  it('additional-stages-first: an additional stage deferred to the full decomposition', () => {
    const issues = issuesFor({ file: 'stages/2.4.mdx', replace: /^tier: \d$/m, with: 'tier: 3' });
    expectIssue(issues, { file: 'content/stages/2.4.mdx', field: 'tier', rule: 'additional-stages-first' });
  });
  it('claim-metric-known: a misspelt metric and a parameter out of range', () => {
    const issues = issuesFor(
      { file: 'claims/stages-total.yaml', replace: 'metric: stages.count', with: 'metric: stages.cuont' },
      { file: 'claims/stages-layer-1.yaml', replace: 'layer: L1', with: 'layer: L7' },
    );
    expectIssue(issues, { file: 'content/claims/stages-total.yaml', field: 'metric', rule: 'claim-metric-known' });
    expectIssue(issues, { file: 'content/claims/stages-layer-1.yaml', field: 'params', rule: 'claim-metric-known', message: expect.stringContaining('"L7"') });
  });
  it('incident-has-primary-stage: an incident with only related stages', () => {
    const issues = issuesFor({ file: 'incidents/rlhf-reward-poisoning.mdx', replace: /role: primary/g, with: 'role: related' });
    expectIssue(issues, { file: 'content/incidents/rlhf-reward-poisoning.mdx', field: 'stages', rule: 'incident-has-primary-stage' });
  });
  it('llmops-supports-a-stage: a sub-stage no stage lists', () => {
    const root = fixture();
    const issues = issuesFor({ file: 'llmops/L.13.mdx', write: readFileSync(`${root}/llmops/L.12.mdx`, 'utf8').replace(/^name: .*$/m, 'name: Test Sub-stage') });
    expectIssue(issues, { file: 'content/llmops/L.13.mdx', rule: 'llmops-supports-a-stage' });
    expectIssue(issues, { file: 'content/llmops', rule: 'expected-counts', message: 'expected 12 entries; found 13' });
  });
});

describe('former IDs', () => {
  it('reject an ID that a current entry still has', () => {
    const issues = issuesFor({ file: 'stages/2.4.mdx', replace: /^layer: /m, with: "formerIds: ['2.3']\nlayer: " });
    expectIssue(issues, { file: 'content/stages/2.4.mdx', field: 'formerIds[0]', rule: 'former-id-retired', message: expect.stringContaining('content/stages/2.3.mdx') });
  });
  it('reject a former ID claimed by two entries', () => {
    const issues = issuesFor(
      { file: 'stages/2.4.mdx', replace: /^layer: /m, with: "formerIds: ['2.99']\nlayer: " },
      { file: 'stages/2.5.mdx', replace: /^layer: /m, with: "formerIds: ['2.99']\nlayer: " },
    );
    expectIssue(issues, { file: 'content/stages/2.5.mdx', field: 'formerIds[0]', rule: 'former-id-retired' });
  });
});
