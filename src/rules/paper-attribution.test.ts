import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../model/index.ts';
import { cleanFixtures, fixture } from '../test/fixture.ts';
import { sentenceAt } from './paper-attribution.ts';

afterAll(cleanFixtures);
const issues = (body: string) =>
  validateContent(fixture({ file: 'provisions/nist-measure-2.mdx', replace: /\nIn an LLM pipeline/, with: `\n${body}\n\nIn an LLM pipeline` })).issues.filter((i) => i.rule === 'paper-attribution-quoted');

describe('paper-attribution-quoted', () => {
  it('flags a sentence saying what the paper counts without its words', () => {
    expect(issues('The paper counts MEASURE 2 as decision-shaping.')).toEqual([expect.objectContaining({
      file: 'content/provisions/nist-measure-2.mdx', field: 'body', message: expect.stringContaining('found: The paper counts MEASURE 2 as decision-shaping.'),
    })]);
  });
  it('flags "says", "classifies" and "calls" too, in any case', () => {
    for (const s of ['Here the paper says evaluation comes first.', 'The paper classifies it as upstream.', 'This is what the paper calls drift.'])
      expect(issues(s)).toHaveLength(1);
  });
  it('accepts the sentence when it quotes the paper', () => {
    expect(issues('The paper counts it among "all twenty-two provisions assigned to Layers 2/3 through 4".')).toEqual([]);
    expect(issues('The paper says it carries “the heaviest enforcement weight”.')).toEqual([]);
  });
  it("accepts the site's own reading, which it does not attribute", () => {
    expect(issues("This site reads MEASURE 2 as decision-shaping, one of the readings that reproduces the paper's totals.")).toEqual([]);
  });
  it('does not let a quotation in another sentence count', () => {
    expect(issues('The paper counts it as upstream. Table 3 glosses it as "evaluation and risk assessment".')).toHaveLength(1);
  });
});

describe('sentenceAt', () => {
  it('does not end a sentence at an abbreviation such as Art.', () => {
    const text = 'First one. The paper says Art. 10 is "data governance" here. Next.';
    expect(sentenceAt(text, text.indexOf('The paper'))).toBe('The paper says Art. 10 is "data governance" here.');
  });
});
