import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { citationLabel } from '../model/urls.ts';
import { loadModel } from '../model/load.ts';
import { citationDirective, labelCitations } from './citations.ts';

const render = (md: string, base = '/') => {
  const out = markdownToHtml(md, { mdastPlugins: [citationDirective(base)], features: { directive: true } });
  if (out instanceof Promise) throw new Error('expected synchronous rendering: the plugin is synchronous');
  return out.html;
};

describe('citations in Markdown bodies', () => {
  it('become links to the bibliography entry, under the base path', () => {
    const html = render('Poisoned preferences :cite[wang2024rlhfpoison] shift the reward.', '/kb/');
    expect(html).toContain('<a href="/kb/references/#wang2024rlhfpoison" class="cite" data-cite="wang2024rlhfpoison">[wang2024rlhfpoison]</a>');
  });

  it('leave other directives and code alone', () => {
    const html = render('Write `:cite[key]` to cite.');
    expect(html).not.toContain('data-cite');
    expect(html).toContain('<code>:cite[key]</code>');
  });

  it('are labelled from the current model: the paper number, or the key for other sources', () => {
    const m = loadModel();
    const numbered = m.references.find((r) => r.data.paperNumber)!;
    const unnumbered = m.references.find((r) => !r.data.paperNumber)!;
    const html = labelCitations(render(`A :cite[${numbered.id}] and B :cite[${unnumbered.id}].`), (k) => citationLabel(m, k));
    expect(html).toContain(`>[${numbered.data.paperNumber}]</a>`);
    expect(html).toContain(`>[${unnumbered.id}]</a>`);
  });

  it('follow a renumbered reference without touching the body', () => {
    const html = render('See :cite[x].');
    expect(labelCitations(html, () => '7')).toContain('>[7]</a>');
    expect(labelCitations(html, () => '8')).toContain('>[8]</a>');
  });

  it('fail loudly for a key the model does not know', () => {
    expect(() => labelCitations(render('See :cite[nobody2099].'), () => undefined)).toThrow(':cite[nobody2099]: no such reference');
  });
});
