import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { citationDirective } from './citations.ts';

const render = (md: string, base = '/') => {
  const out = markdownToHtml(md, { mdastPlugins: [citationDirective(base)], features: { directive: true } });
  if (out instanceof Promise) throw new Error('expected synchronous rendering: the plugin is synchronous');
  return out.html;
};
const compile = (mdx: string) => {
  const out = mdxToJs(mdx, { mdastPlugins: [citationDirective('/')], features: { directive: true } });
  if (out instanceof Promise) throw new Error('expected synchronous compilation: the plugin is synchronous');
  return out.code;
};

describe('citations in MDX bodies', () => {
  it('become the Cite component, which labels them from the current model', () => {
    expect(compile('Poisoned preferences :cite[wang2024rlhfpoison] shift the reward.')).toContain('_jsx(Cite, { id: "wang2024rlhfpoison" })');
  });

  it('leave code alone', () => {
    const code = compile('Write `:cite[key]` to cite.');
    expect(code).not.toContain('Cite,');
    expect(code).toContain('":cite[key]"');
  });
});

describe('citations in Markdown pages', () => {
  it('become links to the bibliography entry, under the base path', () => {
    const html = render('Poisoned preferences :cite[wang2024rlhfpoison] shift the reward.', '/kb/');
    expect(html).toContain('<a href="/kb/references/#wang2024rlhfpoison" class="cite" data-cite="wang2024rlhfpoison">[wang2024rlhfpoison]</a>');
  });

  it('leave other directives and code alone', () => {
    const html = render('Write `:cite[key]` to cite.');
    expect(html).not.toContain('data-cite');
    expect(html).toContain('<code>:cite[key]</code>');
  });
});
