/**
 * Reads back the PNGs src/og/png.ts writes (8-bit RGB or RGBA, filter 0 on every line, one IDAT), checking
 * the signature, every chunk's length and CRC, the zlib stream's Adler-32 (inflate checks it) and the size,
 * and throwing on the first thing that is wrong. For tests: a card encoded two ways must decode to the
 * same pixels.
 */
import { crc32, inflateSync } from 'node:zlib';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface DecodedPng {
  width: number;
  height: number;
  /** 2 (RGB) or 6 (RGBA). */
  colour: number;
  /** RGBA, straight alpha; 255 everywhere for RGB. */
  pixels: Buffer;
}

/** The chunks of a PNG, in order. */
export function pngChunks(png: Buffer): { type: string; data: Buffer }[] {
  if (SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('not a PNG: the signature is wrong');
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const body = png.subarray(at + 4, at + 8 + length);
    if (body.length !== 4 + length || at + 12 + length > png.length) throw new Error(`chunk ${out.length} runs past the end of the file`);
    if (png.readUInt32BE(at + 8 + length) !== crc32(body)) throw new Error(`chunk ${out.length}: the CRC does not match`);
    out.push({ type: body.subarray(0, 4).toString('latin1'), data: body.subarray(4) });
    at += 12 + length;
  }
  return out;
}

export function decodePng(png: Buffer): DecodedPng {
  const cs = pngChunks(png);
  const types = cs.map((c) => c.type).join(',');
  if (types !== 'IHDR,IDAT,IEND') throw new Error(`expected the chunks IHDR,IDAT,IEND, got ${types}`);
  const ihdr = cs[0].data;
  const [width, height, depth, colour] = [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9]];
  if (depth !== 8 || ihdr[10] || ihdr[11] || ihdr[12]) throw new Error(`expected 8 bits a channel, no interlace: ${[...ihdr.subarray(8)].join(' ')}`);
  if (colour !== 2 && colour !== 6) throw new Error(`expected colour type 2 or 6, got ${colour}`);
  const channels = colour === 2 ? 3 : 4;
  const raw = inflateSync(cs[1].data);
  const stride = width * channels + 1;
  if (raw.length !== stride * height) throw new Error(`expected ${stride * height} bytes of scanlines, got ${raw.length}`);
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    if (raw[y * stride] !== 0) throw new Error(`line ${y}: filter ${raw[y * stride]}, expected 0`);
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
