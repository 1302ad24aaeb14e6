import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteConfig } from './config.ts';
import { accentCss, hueSaturation } from './theme.ts';

const write = (text: string) => {
  const f = join(mkdtempSync(join(tmpdir(), 'cfg-')), 'site.yaml');
  writeFileSync(f, text);
  return f;
};
const minimal = 'title: Internal KB\ndescription: Our copy.\npublisher: Example Corp\ncontentVersion: 1.0.0\n';

describe('site configuration', () => {
  it("reads the project's own file", () => {
    const c = readSiteConfig(join(process.cwd(), 'content', 'site.yaml'), {});
    expect(c.title).toBe('LLM Security Lifecycle');
    expect(c.basePath).toBe('/');
  });
  it('fills defaults and lets BASE_PATH and SITE_URL override the file', () => {
    const f = write(minimal + 'basePath: /kb/\n');
    expect(readSiteConfig(f, {}).basePath).toBe('/kb/');
    const c = readSiteConfig(f, { BASE_PATH: '/internal/llm-lifecycle/', SITE_URL: 'https://kb.example.org' });
    expect(c.basePath).toBe('/internal/llm-lifecycle/');
    expect(c.siteUrl).toBe('https://kb.example.org');
    expect(c.sections).toContain('analysis');
  });
  it('names the file and every invalid field', () => {
    const f = write('title: X\ndescription: Y\npublisher: Z\ncontentVersion: one\naccentColour: blue\nbasePath: kb\ncolour: red\n');
    let message = '';
    try { readSiteConfig(f, {}); } catch (e) { message = (e as Error).message; }
    expect(message).toContain(f);
    expect(message).toMatch(/contentVersion: expected a semantic version/);
    expect(message).toMatch(/accentColour: expected a colour/);
    expect(message).toMatch(/basePath: expected a path/);
    expect(message).toMatch(/colour/); // unknown keys are errors, not dropped
  });
  it('rejects a base path from the environment that is not a path', () => {
    expect(() => readSiteConfig(write(minimal), { BASE_PATH: 'kb' })).toThrow(/basePath/);
  });
});

describe('accent colour', () => {
  it('keeps the hue and saturation of the configured colour', () => {
    expect(hueSaturation('#ff0000')).toEqual({ h: 0, s: 100 });
    expect(hueSaturation('#0b6bcb').h).toBe(210);
    expect(accentCss('#0b6bcb')).toContain('hsl(210, ');
  });
  it('emits no palette when none is configured', () => {
    expect(accentCss(undefined)).not.toContain('--sl-color');
  });
});
