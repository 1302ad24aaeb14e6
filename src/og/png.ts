/**
 * A minimal PNG encoder for the rendered images (src/og/render.ts). resvg's own `asPng()` took about twice
 * as long as drawing the image; this one packs the pixels in JavaScript and deflates them with the zlib
 * built into Node. Social cards skip most of that: their rows come in runs deflated once and shared
 * between cards (`deflateRows`, `pngOfRows`). Same input, same bytes: the output depends only on the
 * pixels (and, for a card, where its runs start), this file's version and Node's zlib version, which the
 * image cache key includes (PNG_ENCODER, PNG_ZLIB).
 * Erasable TypeScript only, so the prerendering processes run it with Node's own type stripping.
 */
import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';

/**
 * zlib level 1, chosen by measurement over the site's 229 images (scripts/bench/og-encoder.ts): level 1
 * encodes a card in about 2.3 ms against 2.7 ms at level 3 and 5.8 ms at level 6 (resvg's `asPng()`:
 * 7.1 ms). Cards come out at 32 KB on average, 45 KB at most (level 3: 29 KB, level 6: 19 KB; resvg's
 * encoder: 28 KB), well under the 60 KB a social card may weigh, so the fastest level wins.
 */
export const PNG_LEVEL = 1;
/** Changes whenever the bytes for the same pixels would change: the image cache keys on it. */
export const PNG_ENCODER = `llmsl-png@2 (rgb-if-opaque, filter none, deflate level ${PNG_LEVEL}, cards as runs of rows)`;
/** The zlib that deflates: another zlib may choose other (equally valid) bytes, so it is part of the key too. */
export const PNG_ZLIB = `zlib@${process.versions.zlib}`;

/** Pixels as resvg hands them over: RGBA, 4 bytes a pixel, rows top to bottom. */
export interface RgbaImage {
  pixels: Uint8Array;
  width: number;
  height: number;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOUR_RGB = 2;
const COLOUR_RGBA = 6;

/** length, type, data, CRC-32 of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * The pixels as 32-bit words (little-endian: red in the low byte, alpha in the high one), without copying
 * when aligned. Signed, so that every value stays a small integer for V8: unsigned words above 2³¹ would
 * be handled as doubles, which made the loops below several times slower.
 */
function words(px: Uint8Array): Int32Array {
  const aligned = px.byteOffset % 4 === 0 ? px : px.slice();
  return new Int32Array(aligned.buffer, aligned.byteOffset, aligned.length >>> 2);
}

/**
 * The scanline buffer of the last image, reused by the next one of the same size: a fresh 2 MB buffer per
 * card cost more in page faults (the kernel zeroing new memory) than packing the pixels into it. Safe to
 * share because `encodePng` deflates the scanlines before it returns, and every byte is written anew
 * except the filter bytes, which stay 0.
 */
let scratch: Uint8Array | undefined;
const scanlineBuffer = (bytes: number) => (scratch?.length === bytes ? scratch : (scratch = new Uint8Array(bytes)));

/**
 * Scanlines for colour type 2: a filter byte (0, none) and then R, G, B per pixel; undefined as soon as a
 * pixel is not opaque (the alpha check rides along, instead of a pass of its own). Four pixels at a time
 * become three 32-bit words, several times faster than copying byte by byte.
 */
function rgbScanlines(px: Uint8Array, width: number, height: number): Uint8Array | undefined {
  const src = words(px);
  const rowBytes = width * 3;
  const out = scanlineBuffer((rowBytes + 1) * height);
  const row = new Int32Array(Math.ceil(rowBytes / 4));
  const rowView = new Uint8Array(row.buffer, 0, rowBytes);
  const quads = width - (width % 4);
  for (let y = 0; y < height; y++) {
    let s = y * width;
    let alpha = -1;
    let k = 0;
    for (let x = 0; x < quads; x += 4, s += 4, k += 3) {
      const p0 = src[s];
      const p1 = src[s + 1];
      const p2 = src[s + 2];
      const p3 = src[s + 3];
      alpha &= p0 & p1 & p2 & p3;
      row[k] = (p0 & 0xffffff) | (p1 << 24);
      row[k + 1] = ((p1 >>> 8) & 0xffff) | (p2 << 16);
      row[k + 2] = ((p2 >>> 16) & 0xff) | (p3 << 8);
    }
    // A width that is not a multiple of four: the last pixels byte by byte.
    for (let x = quads, b = quads * 3; x < width; x++, s++, b += 3) {
      const v = src[s];
      alpha &= v;
      rowView[b] = v & 0xff;
      rowView[b + 1] = (v >>> 8) & 0xff;
      rowView[b + 2] = (v >>> 16) & 0xff;
    }
    if (alpha >>> 24 !== 0xff) return undefined;
    out.set(rowView, y * (rowBytes + 1) + 1);
  }
  return out;
}

/** Scanlines for colour type 6: a filter byte (0) and the RGBA row, un-premultiplied when the renderer premultiplied. */
function rgbaScanlines(px: Uint8Array, width: number, height: number, premultiplied: boolean): Uint8Array {
  const rowBytes = width * 4;
  const out = new Uint8Array((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) out.set(px.subarray(y * rowBytes, (y + 1) * rowBytes), y * (rowBytes + 1) + 1);
  if (!premultiplied) return out;
  for (let y = 0; y < height; y++) {
    for (let i = y * (rowBytes + 1) + 1, end = i + rowBytes; i < end; i += 4) {
      const a = out[i + 3];
      if (a === 255) continue;
      // As tiny-skia (resvg's own encoder) does it: colour / (alpha / 255), rounded, at most 255; 0 where transparent.
      const f = a / 255;
      for (let c = 0; c < 3; c++) out[i + c] = a === 0 ? 0 : Math.min(255, Math.floor(out[i + c] / f + 0.5));
    }
  }
  return out;
}

/**
 * RGBA pixels as PNG bytes: 8 bits a channel, RGB when opaque, else RGBA; no ancillary chunks, so nothing
 * (no time, no software name) varies between runs. `premultiplied`: the colour channels are multiplied by
 * alpha, as resvg's are; PNG stores them straight.
 */
export function encodePng(img: RgbaImage, opts: { premultiplied?: boolean; level?: number } = {}): Buffer {
  const { pixels, width, height } = img;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) throw new Error(`PNG size must be positive integers, got ${width}×${height}`);
  if (pixels.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes of RGBA for ${width}×${height}, got ${pixels.length}`);
  const rgb = rgbScanlines(pixels, width, height);
  const lines = rgb ?? rgbaScanlines(pixels, width, height, opts.premultiplied ?? false);
  return pngFile(width, height, rgb ? COLOUR_RGB : COLOUR_RGBA, deflateSync(lines, { level: opts.level ?? PNG_LEVEL }));
}

/** Signature, header (8 bits a channel; compression, filter method and interlace all 0), the data, the end. */
function pngFile(width: number, height: number, colour: number, idat: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = colour;
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))]);
}

/**
 * Opaque rows of an image, packed and deflated on their own, so that one run can go into many images
 * (src/og/render.ts drawCard: the band, footer and background rows every card shares are deflated once).
 * `data` is raw deflate ending on a sync flush: byte-aligned and not final, so runs can follow each other.
 */
export interface DeflatedRows {
  width: number;
  /** Uncompressed length (scanlines with their filter bytes), and their Adler-32, for the zlib trailer. */
  length: number;
  adler: number;
  data: Buffer;
}

/**
 * The rows of RGBA pixels (premultiplied or not: opaque pixels are the same either way) as a deflated
 * run, or undefined when a pixel is not opaque (a run is RGB, and an image mixing runs must be RGB).
 */
export function deflateRows(pixels: Uint8Array, width: number): DeflatedRows | undefined {
  const height = pixels.length / (width * 4);
  if (!Number.isInteger(height)) throw new Error(`expected whole rows of ${width} RGBA pixels, got ${pixels.length} bytes`);
  const lines = rgbScanlines(pixels, width, height);
  if (!lines) return undefined;
  return { width, length: lines.length, adler: adler32(lines), data: deflateRawSync(lines, { level: PNG_LEVEL, finishFlush: constants.Z_SYNC_FLUSH }) };
}

/**
 * The Adler-32 of some bytes, as zlib computes it: Node exposes no adler32(), but a zlib stream ends with
 * the checksum of what it holds, and storing the bytes (level 0) costs about a tenth of deflating them.
 */
export function adler32(bytes: Uint8Array): number {
  const stored = deflateSync(bytes, { level: 0 });
  return stored.readUInt32BE(stored.length - 4);
}

const ADLER_BASE = 65521;
/** The Adler-32 of two byte strings one after the other, from theirs and the second's length (zlib's adler32_combine). */
export function adlerCombine(a1: number, a2: number, length2: number): number {
  const rem = length2 % ADLER_BASE;
  let sum1 = a1 & 0xffff;
  let sum2 = (rem * sum1) % ADLER_BASE;
  sum1 += (a2 & 0xffff) + ADLER_BASE - 1;
  sum2 += (a1 >>> 16) + (a2 >>> 16) + ADLER_BASE - rem;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum2 >= ADLER_BASE * 2) sum2 -= ADLER_BASE * 2;
  if (sum2 >= ADLER_BASE) sum2 -= ADLER_BASE;
  return ((sum2 << 16) | sum1) >>> 0;
}

/** zlib header: deflate, 32 KB window, fastest compression (FLEVEL 0), no dictionary; check bits make it a multiple of 31. */
const ZLIB_HEADER = Buffer.from([0x78, 0x01]);
/** A final, empty block with fixed codes (BFINAL 1, BTYPE 01, end-of-block): closes a stream of non-final runs. */
const FINAL_EMPTY_BLOCK = Buffer.from([0x03, 0x00]);

/** Runs of rows, top to bottom, as one RGB PNG: their deflated data in one zlib stream, no re-compression. */
export function pngOfRows(runs: DeflatedRows[]): Buffer {
  const width = runs[0]?.width;
  if (!width || runs.some((r) => r.width !== width)) throw new Error(`runs of rows must share one width, got ${runs.map((r) => r.width).join(', ')}`);
  const height = runs.reduce((n, r) => n + r.length / (width * 3 + 1), 0);
  let adler = 1;
  for (const r of runs) adler = adlerCombine(adler, r.adler, r.length);
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(adler, 0);
  return pngFile(width, height, COLOUR_RGB, Buffer.concat([ZLIB_HEADER, ...runs.map((r) => r.data), FINAL_EMPTY_BLOCK, trailer]));
}

