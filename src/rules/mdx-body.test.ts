import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_ROOT, loadModel, validateContent } from '../model/index.ts';
import { BODY_COMPONENTS } from '../schemas/body-components.ts';
import { cleanFixtures, fixture } from '../test/fixture.ts';
import { checkBody } from './mdx-body.ts';

afterAll(cleanFixtures);
const m = loadModel();
/** The findings for a body that starts on line 1 of its file. */
const check = (body: string) => checkBody(m, body, 1);
const one = (body: string) => {
  const found = check(body);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('mdx-body-is-safe: a javascript: link', () => {
  const text = readFileSync(`${DEFAULT_CONTENT_ROOT}/stages/2.4.mdx`, 'utf8');
  const lines = text.split('\n').length;
  it('was a live link before MDX bodies; now fails validation naming the file, the line and the address', () => {
    const { issues } = validateContent(fixture({ file: 'stages/2.4.mdx', replace: /\n$/, with: '\n\nSee [x](javascript:alert(1)).\n' }));
    expect(issues).toContainEqual({
      file: 'content/stages/2.4.mdx',
      field: `body (line ${lines + 1})`,
      rule: 'mdx-body-is-safe',
      message: 'expected a safe address (https:, a relative path, mailto:) in a link; found a javascript: URL: "javascript:alert(1)"',
    });
  }, 30_000);
});

describe('mdx-body-is-safe rejects what could run code, naming the line', () => {
  it('import and export', () => {
    expect(check('Text.\n\nimport X from "../../src/x.astro"\n\nexport const a = 1\n').map((f) => f.field)).toEqual(['body (line 3)', 'body (line 5)']);
    expect(one('import X from "y"\n').message).toContain('"import X from \\"y\\""');
  });
  it('JavaScript expressions, in the text and in props', () => {
    expect(one('Sum: {1 + 1}.\n').message).toContain('found {1 + 1}');
    expect(check('<UnitLink id={"2.4"} />\n')[0].message).toContain('id={"2.4"}');
    expect(check('<UnitLink {...props} />\n')[0].message).toMatch(/JavaScript expression \{\.\.\.props\}/);
  });
  it('raw HTML, with the tag', () => {
    expect(one('<div onclick="steal()">hi</div>\n')).toEqual({ field: 'body (line 1)', message: 'expected Markdown, not raw HTML; found the tag <div>' });
    expect(one('Text <span>inline</span>.\n').message).toContain('<span>');
  });
  it('a component outside the allowed set', () => {
    expect(one('\n<Script src="x" />\n')).toEqual({ field: 'body (line 2)', message: `expected one of the body components (${Object.keys(BODY_COMPONENTS).join(', ')}); found <Script>` });
  });
  it('unsafe schemes in links, images and definitions, however they are written', () => {
    expect(one('[x](javascript:alert(1))\n').message).toContain('javascript:');
    expect(one('[x]( JavaScript:alert(1))\n').message).toContain('javascript:');
    expect(one('[x](vbscript:msgbox)\n').message).toContain('vbscript:');
    expect(one('[x](data:text/html;base64,PHNjcmlwdD4=)\n').message).toContain('a data: URL in a link');
    expect(one('![x](data:image/svg+xml;base64,PHN2Zz4=)\n').message).toContain('not a raster image');
    expect(one('[x][r]\n\n[r]: javascript:alert(1)\n').field).toBe('body (line 3)');
  });
  it('a syntax error, with its line', () => {
    expect(one('Fine.\n\n<UnitLink id="2.4"\n')).toMatchObject({ field: expect.stringMatching(/^body \(line \d\)$/), message: expect.stringMatching(/^expected valid MDX; found a syntax error/) });
  });
  it('directives other than :cite', () => {
    expect(one(':::note\nHi\n:::\n').message).toContain(':::note');
  });
  it('counts lines from the top of the file, after the frontmatter', () => {
    expect(checkBody(m, 'Text.\n\n{x}\n', 10)[0].field).toBe('body (line 12)');
  });
});

describe('mdx-body-is-safe allows Markdown, citations and the body components', () => {
  it('plain Markdown with safe links and a raster data: image', () => {
    expect(check('**Bold** :cite[batzolis-lifecycle], [a](https://example.org), [b](/stages/), [c](mailto:a@example.org), ![p](data:image/png;base64,iVBOR)\n\n`<script>` in code.\n')).toEqual([]);
  });
  it.each(Object.entries(BODY_COMPONENTS))('the example of <%s> on the schema reference page', (_, spec) => {
    expect(check(`${spec.example}\n`)).toEqual([]);
  });
});

describe('mdx-body-is-safe checks the props of a component against the model', () => {
  it('a unit link to an ID that matches no entry', () => {
    expect(one('See <UnitLink id="2.99" />.\n').message).toBe('<UnitLink id="2.99">: expected the ID of a stage, sub-stage, category, provision, handoff or incident; found "2.99", which matches no entry');
  });
  it('a dangling unit link in a shipped file, naming the file and line', () => {
    const text = readFileSync(`${DEFAULT_CONTENT_ROOT}/handoffs/H2.mdx`, 'utf8');
    const { issues } = validateContent(fixture({ file: 'handoffs/H2.mdx', replace: /\n$/, with: '\n\nSee <UnitLink id="L.99" />.\n' }));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/handoffs/H2.mdx', field: `body (line ${text.split('\n').length + 1})`, rule: 'mdx-body-is-safe', message: expect.stringContaining('"L.99"') }));
  }, 30_000);
  it('unknown, missing and conflicting props', () => {
    expect(one('<StageLocator stage="2.4" colour="red" />\n').message).toContain('found colour');
    expect(one('<EvidenceChecklist />\n').message).toBe('expected the prop handoff on <EvidenceChecklist>; found none');
    expect(one('<ProvisionList stage="2.4" framework="eu-ai-act" />\n').message).toContain('found stage and framework');
  });
  it('values that name nothing', () => {
    expect(one('<Figure name="pie" />\n').message).toContain('expected one of lifecycle, governance, asymmetry; found "pie"');
    expect(one('<StageList tier="T9" />\n').message).toContain('"T9"');
    expect(one('<CoverageStatus stages="2.6–3.2" />\n').message).toContain('"2.6–3.2"');
    expect(one('<EvidenceChecklist handoff="H9" />\n').message).toContain('"H9"');
  });
  it('content inside a component that takes none', () => {
    expect(one('<UnitLink id="2.4">Alignment</UnitLink>\n').message).toContain('without content');
  });
});
