import { describe, expect, it } from 'vitest';
import { citation, citationKey } from './citation.ts';

const input = { title: '2.4 Alignment', url: 'https://kb.example.org/stages/2-4-alignment/', publisher: 'Example & Co', siteTitle: 'LLM Security Lifecycle', version: '1.2.0', lastModified: '2026-03-04T10:00:00Z' };

describe('cite this page', () => {
  it('names the page, the publisher, the content version, the year and the URL', () => {
    const c = citation(input, 'stages/2-4-alignment/');
    expect(c.text).toBe('Example & Co. "2.4 Alignment". LLM Security Lifecycle, content version 1.2.0 (2026). https://kb.example.org/stages/2-4-alignment/');
    expect(c.bibtex).toContain('@misc{llmsl-stages-2-4-alignment,');
    expect(c.bibtex).toContain('version = {1.2.0}');
    expect(c.bibtex).toContain('year = {2026}');
  });
  it('escapes LaTeX specials in BibTeX', () => {
    expect(citation(input, 'x/').bibtex).toContain('author = {{Example \\& Co}}');
  });
  it('derives a stable key from the path', () => {
    expect(citationKey('')).toBe('llmsl-home');
    expect(citationKey('provisions/eu-art-14/')).toBe('llmsl-provisions-eu-art-14');
  });
});
