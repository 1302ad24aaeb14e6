import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { adler32 as adler, adlerCombine, deflateRows, encodePng, pngOfRows } from './png.ts';
import { decodePng as decode } from './png-decode.ts';
import { CARD, cardTree, toSvg } from './render.ts';

/** Deterministic noise, so every byte value and position is exercised. */
function noise(width: number, height: number, alpha?: number): Buffer {
  const b = Buffer.alloc(width * height * 4);
  let s = 12345;
  for (let i = 0; i < b.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    b[i] = alpha !== undefined && i % 4 === 3 ? alpha : s >>> 24;
  }
  return b;
}

describe('PNG encoder', () => {
  it('writes opaque pixels as RGB that decode to the input', () => {
    // 7 wide: not a multiple of the four pixels the RGB packing handles at once.
    for (const [w, h] of [[7, 5], [8, 3], [1, 1], [13, 2]]) {
      const px = noise(w, h, 255);
      const png = encodePng({ pixels: px, width: w, height: h });
      const d = decode(png);
      expect(d).toMatchObject({ width: w, height: h, colour: 2 });
      expect(d.pixels.equals(px)).toBe(true);
    }
  });

  it('writes pixels with any transparency as RGBA that decode to the input', () => {
    const px = noise(9, 4);
    px[3] = 255;
    const png = encodePng({ pixels: px, width: 9, height: 4 });
    const d = decode(png);
    expect(d.colour).toBe(6);
    expect(d.pixels.equals(px)).toBe(true);
    // One translucent pixel is enough to need the alpha channel.
    const opaque = noise(4, 4, 255);
    opaque[4 * 7 + 3] = 254;
    const d2 = decode(encodePng({ pixels: opaque, width: 4, height: 4 }));
    expect(d2.colour).toBe(6);
    expect(d2.pixels.equals(opaque)).toBe(true);
  });

  it('un-premultiplies colours when told the pixels are premultiplied', () => {
    // Half-transparent red, fully transparent, opaque blue: premultiplied as a renderer stores them.
    const px = Buffer.from([64, 0, 0, 128, 0, 0, 0, 0, 0, 0, 200, 255]);
    const d = decode(encodePng({ pixels: px, width: 3, height: 1 }, { premultiplied: true }));
    expect([...d.pixels]).toEqual([128, 0, 0, 128, 0, 0, 0, 0, 0, 0, 200, 255]);
  });

  it('gives the same bytes for the same pixels, and different bytes for different ones', () => {
    const px = noise(31, 17, 255);
    const a = encodePng({ pixels: px, width: 31, height: 17 });
    expect(encodePng({ pixels: Buffer.from(px), width: 31, height: 17 }).equals(a)).toBe(true);
    px[100] ^= 1;
    expect(encodePng({ pixels: px, width: 31, height: 17 }).equals(a)).toBe(false);
  });

  it('reads pixels that do not start on a 4-byte boundary', () => {
    const px = noise(5, 3, 255);
    const shifted = new Uint8Array(px.length + 1).subarray(1);
    shifted.set(px);
    expect(encodePng({ pixels: shifted, width: 5, height: 3 }).equals(encodePng({ pixels: px, width: 5, height: 3 }))).toBe(true);
  });

  it('rejects a pixel buffer that does not match the size', () => {
    expect(() => encodePng({ pixels: Buffer.alloc(10), width: 2, height: 2 })).toThrow(/expected 16 bytes/);
    expect(() => encodePng({ pixels: Buffer.alloc(0), width: 0, height: 0 })).toThrow(/positive integers/);
  });

  it('encodes a rendered card exactly as resvg drew it, as RGB', async () => {
    const svg = await toSvg(cardTree({ name: 'Alignment', id: '2.4', kind: 'Stage', band: { label: 'L2 Model layer', fill: '#7c3aed', text: '#ffffff' }, site: 'Test' }), CARD);
    const img = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    const pixels = Buffer.from(img.pixels);
    const d = decode(encodePng({ pixels, width: img.width, height: img.height }, { premultiplied: true }));
    expect(d).toMatchObject({ width: 1200, height: 630, colour: 2 });
    expect(d.pixels.equals(pixels)).toBe(true);
  });
});

describe('PNG from deflated runs of rows', () => {
  it('computes Adler-32 as defined (RFC 1950)', () => {
    expect(adler(Buffer.from('Wikipedia'))).toBe(0x11e60398);
    expect(adler(new Uint8Array(0))).toBe(1);
  });

  it('combines Adler-32 checksums as zlib does, past the modulus and with empty parts', () => {
    const a = noise(100, 200, 7);
    const b = noise(70, 300, 9);
    for (const [x, y] of [[a, b], [b, a], [a, new Uint8Array(0)], [new Uint8Array(0), b]]) {
      expect(adlerCombine(adler(x), adler(y), y.length)).toBe(adler(Buffer.concat([x, y])));
    }
  });

  it('decodes to the rows of every run, top to bottom, with a valid zlib checksum', () => {
    const top = noise(13, 4, 255);
    const middle = noise(13, 1, 255).fill(255, 0, 8);
    const bottom = noise(13, 9, 255);
    const runs = [top, middle, bottom].map((px) => deflateRows(px, 13)!);
    const d = decode(pngOfRows(runs));
    expect(d).toMatchObject({ width: 13, height: 14, colour: 2 });
    expect(d.pixels.equals(Buffer.concat([top, middle, bottom]))).toBe(true);
  });

  it('lets one run go into several images', () => {
    const shared = deflateRows(noise(8, 3, 255), 8)!;
    const a = noise(8, 2, 255);
    const b = noise(8, 5, 255).reverse().map((v, i) => (i % 4 === 3 ? 255 : v));
    expect(decode(pngOfRows([shared, deflateRows(a, 8)!, shared])).pixels.equals(Buffer.concat([noise(8, 3, 255), a, noise(8, 3, 255)]))).toBe(true);
    expect(decode(pngOfRows([deflateRows(b, 8)!, shared])).pixels.equals(Buffer.concat([b, noise(8, 3, 255)]))).toBe(true);
  });

  it('has no run for rows that are not opaque, and no image from runs of different widths', () => {
    const px = noise(4, 2, 255);
    px[7] = 200;
    expect(deflateRows(px, 4)).toBeUndefined();
    expect(() => pngOfRows([deflateRows(noise(4, 1, 255), 4)!, deflateRows(noise(5, 1, 255), 5)!])).toThrow(/one width/);
    expect(() => deflateRows(new Uint8Array(20), 4)).toThrow(/whole rows/);
  });
});

