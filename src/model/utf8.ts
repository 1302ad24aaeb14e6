/**
 * Content files must be UTF-8. Node decodes an invalid byte as U+FFFD without complaint, so a file saved
 * in Latin-1 or cut mid-character would lose its text silently; here it becomes an issue naming the byte.
 */
import { readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import type { Issue } from './issues.ts';

const REPLACEMENT = '\uFFFD';

/**
 * The byte offset of the first byte that is not valid UTF-8, or undefined when the whole buffer is valid.
 * Everything before the first invalid byte decodes and re-encodes to the same bytes, so the offset of a
 * replacement character in the decoded text is its encoded length up to there; a U+FFFD written in the
 * file (bytes EF BF BD) is told apart by the bytes at that offset.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number | undefined {
  if (isUtf8(bytes)) return undefined;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buf.toString('utf8');
  let chars = 0;
  let offset = 0;
  for (let i = text.indexOf(REPLACEMENT); i !== -1; i = text.indexOf(REPLACEMENT, i + 1)) {
    offset += Buffer.byteLength(text.slice(chars, i));
    chars = i;
    if (!(buf[offset] === 0xef && buf[offset + 1] === 0xbf && buf[offset + 2] === 0xbd)) return offset;
  }
  // Unreachable while isUtf8 and the decoder agree; say where decoding would have changed the text rather than pass it.
  return offset;
}

/** What an author sees for a file that is not UTF-8: the byte offset, its value and its line. */
export function utf8Message(bytes: Uint8Array, offset: number): string {
  const line = bytes.subarray(0, offset).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);
  const hex = bytes[offset].toString(16).toUpperCase().padStart(2, '0');
  return `expected UTF-8 text; found byte 0x${hex} at byte offset ${offset} (line ${line}), which is not valid UTF-8: save the file as UTF-8`;
}

/** Reads a content file as UTF-8 text; a file that is not valid UTF-8 becomes an issue and `undefined`. */
export function readUtf8(path: string, file: string, issues: Issue[]): string | undefined {
  const bytes = readFileSync(path);
  const offset = invalidUtf8Offset(bytes);
  if (offset === undefined) return bytes.toString('utf8');
  issues.push({ file, rule: 'encoding', message: utf8Message(bytes, offset) });
  return undefined;
}
