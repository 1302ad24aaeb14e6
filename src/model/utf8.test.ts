/**
 * A content file that is not UTF-8 is rejected with its byte offset, instead of being read with U+FFFD
 * in place of the lost text.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSiteConfig } from '../site/config.ts';
import { cleanFixtures, fixture, orgFixture } from '../test/fixture.ts';
import { validateContent } from './load.ts';
import { loadOverlay } from './overlay.ts';
import { invalidUtf8Offset } from './utf8.ts';

afterAll(cleanFixtures);

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
/** Replaces the first occurrence of `text` in a file with raw bytes. */
function spliceBytes(path: string, text: string, raw: number[]) {
  const buf = readFileSync(path);
  const at = buf.indexOf(text);
  if (at < 0) throw new Error(`"${text}" not found in ${path}`);
  writeFileSync(path, Buffer.concat([buf.subarray(0, at), Buffer.from(raw), buf.subarray(at + Buffer.byteLength(text))]));
  return at;
}

describe('finding the first byte that is not UTF-8', () => {
  it('accepts ASCII, accented letters, CJK, emoji and a U+FFFD written on purpose', () => {
    expect(invalidUtf8Offset(bytes('plain ASCII'))).toBeUndefined();
    expect(invalidUtf8Offset(bytes('Ümlaut, 漢字, 🔐, \uFFFD'))).toBeUndefined();
  });
  it('points at a Latin-1 byte after multi-byte characters, counting bytes, not characters', () => {
    // "é€" is 2 + 3 bytes; the lone 0xE9 (Latin-1 "é") comes after them.
    expect(invalidUtf8Offset(bytes('é€ caf', [0xe9], ' ok'))).toBe(9);
  });
  it('looks past a U+FFFD that is really in the file', () => {
    expect(invalidUtf8Offset(bytes('a\uFFFDb', [0xff]))).toBe(5);
  });
  it('rejects a sequence cut short at the end, an overlong encoding and an encoded surrogate', () => {
    expect(invalidUtf8Offset(bytes('end ', [0xe2, 0x82]))).toBe(4);
    expect(invalidUtf8Offset(bytes('/', [0xc0, 0xaf]))).toBe(1);
    expect(invalidUtf8Offset(bytes('x', [0xed, 0xa0, 0x80]))).toBe(1);
  });
});

describe('validation of a file that is not UTF-8', () => {
  it('rejects a stage saved with a Latin-1 byte, naming the file, the byte offset and the line', () => {
    const root = fixture();
    const path = join(root, 'stages', '2.4.mdx');
    const text = readFileSync(path, 'utf8');
    const word = /^name: (.*)$/m.exec(text)![1];
    const at = spliceBytes(path, word, [...Buffer.from(word.slice(0, 3)), 0xe9]);
    const issues = validateContent(root).issues.filter((i) => i.file === 'content/stages/2.4.mdx');
    expect(issues).toEqual([
      { file: 'content/stages/2.4.mdx', rule: 'encoding', message: expect.stringContaining(`found byte 0xE9 at byte offset ${at + 3} (line 2)`) },
      // The references to the stage are not checked against a model that lacks it (src/rules/dangling-reference.ts).
      { file: 'content/stages/2.4.mdx', rule: 'dangling-reference', message: expect.stringMatching(/^\d+ references to stage "2\.4" in \d+ files could not be checked/) },
    ]);
  });
  it('rejects an overlay file that is not UTF-8', () => {
    const root = orgFixture();
    spliceBytes(join(root, 'organisation.yaml'), 'name:', [0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xff]);
    const { issues } = loadOverlay(root, validateContent().model);
    expect(issues).toContainEqual(expect.objectContaining({ file: 'org/organisation.yaml', rule: 'encoding', message: expect.stringContaining('found byte 0xFF') }));
  });
  it('rejects a site configuration that is not UTF-8, naming the file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cfg-')), 'site.yaml');
    writeFileSync(file, bytes('title: Caf', [0xe9], '\ndescription: Y\npublisher: Z\ncontentVersion: 1.0.0\n'));
    expect(() => readSiteConfig(file, {})).toThrow(`${file}: expected UTF-8 text; found byte 0xE9 at byte offset 10 (line 1)`);
  });
});
