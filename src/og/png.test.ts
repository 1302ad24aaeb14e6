import { crc32, inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodePng } from './png.ts';
import { CARD, cardTree, toSvg } from './render.ts';

interface Chunk { type: string; data: Buffer }

/** Splits a PNG into its chunks, checking the signature, every length and every CRC on the way. */
function chunks(png: Buffer): Chunk[] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const out: Chunk[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const body = png.subarray(at + 4, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `CRC of chunk ${out.length}`).toBe(crc32(body));
    out.push({ type: body.subarray(0, 4).toString('latin1'), data: body.subarray(4) });
    at += 12 + length;
  }
  return out;
}

/** Decodes the PNGs this encoder writes (8-bit RGB or RGBA, filter 0 on every line) back to RGBA pixels. */
function decode(png: Buffer) {
  const cs = chunks(png);
  expect(cs.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  const ihdr = cs[0].data;
  const [width, height, depth, colour] = [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9]];
  expect([depth, ihdr[10], ihdr[11], ihdr[12]]).toEqual([8, 0, 0, 0]);
  const channels = colour === 2 ? 3 : 4;
  expect([2, 6]).toContain(colour);
  const raw = inflateSync(cs[1].data);
  const stride = width * channels + 1;
  expect(raw.length).toBe(stride * height);
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * stride], `filter byte of line ${y}`).toBe(0);
    for (let x = 0; x < width; x++) {
      const s = y * stride + 1 + x * channels;
      const d = (y * width + x) * 4;
      pixels[d] = raw[s];
      pixels[d + 1] = raw[s + 1];
      pixels[d + 2] = raw[s + 2];
      pixels[d + 3] = channels === 4 ? raw[s + 3] : 255;
    }
  }
  return { width, height, colour, pixels };
}

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
