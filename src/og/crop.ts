/**
 * Where the text of a card's middle block lies, so that only that area is rasterised (src/og/render.ts
 * drawCard): the rest of the block is its background colour, the same for every card.
 *
 * Reads Satori's SVG text. The area is exact rather than estimated: Satori draws text as paths of
 * absolute M, L, Q and C commands, and a Bézier curve never leaves the hull of its control points, so the
 * smallest box around every coordinate of every path holds all the ink; one pixel more on each side holds
 * the anti-aliased edges. Anything this does not recognise (another element that paints, a relative or arc
 * command, a background that is not a plain rectangle) returns undefined, and the block is drawn whole.
 * Erasable TypeScript only, for the drawing process (src/og/prerender.ts).
 */

/** A rectangle of whole pixels. */
export interface PixelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextArea {
  /** The block without its text: the SVG with only its background. */
  background: string;
  /** Where the text is, within the block. */
  box: PixelBox;
  /** The block cut to `box`: the same pixels there as the whole block, at whole-pixel offsets. */
  cropped: string;
}

const HEADER = /^<svg width="(\d+)" height="(\d+)" viewBox="0 0 \1 \2" xmlns="http:\/\/www\.w3\.org\/2000\/svg">/;
/** Masks paint nothing themselves (Satori defines one per box, for overflow). */
const MASKS = /<mask id="[^"]*">(?:<rect [^>]*\/>)*<\/mask>/g;
const GROUP_TAGS = /<g>|<\/g>/g;
const PATH = /<path fill="[^"]*" d="([^"]*)"\/>/g;
const ABSOLUTE_PATH_DATA = /^[MLQCZ0-9.\s-]*$/;
const NUMBER = /-?\d*\.?\d+/g;

export function textArea(svg: string): TextArea | undefined {
  const header = HEADER.exec(svg);
  if (!header || !svg.endsWith('</svg>')) return undefined;
  const [open, w, h] = header;
  const width = Number(w);
  const height = Number(h);
  const body = svg.slice(open.length, -'</svg>'.length);
  const backgroundRect = `<rect x="0" y="0" width="${width}" height="${height}" fill="`;
  const painted = body.replace(MASKS, '').replace(GROUP_TAGS, '');
  if (!painted.startsWith(backgroundRect)) return undefined;
  const rectEnd = painted.indexOf('/>') + 2;
  const background = painted.slice(0, rectEnd);
  if (!/^<rect [^>]*fill="#[0-9a-fA-F]{3,6}"\/>$/.test(background)) return undefined;
  // Everything after the background must be text paths.
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const paths = painted.slice(rectEnd);
  if (paths.replace(PATH, '') !== '') return undefined;
  for (const [, d] of paths.matchAll(PATH)) {
    if (!ABSOLUTE_PATH_DATA.test(d)) return undefined;
    const numbers = d.match(NUMBER) ?? [];
    if (numbers.length % 2) return undefined;
    for (let i = 0; i < numbers.length; i += 2) {
      const x = Number(numbers[i]);
      const y = Number(numbers[i + 1]);
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  const blank = `${open}${background}</svg>`;
  const none = { background: blank, box: { x: 0, y: 0, width: 0, height: 0 }, cropped: blank };
  if (minX > maxX) return none;
  const x = Math.max(0, Math.floor(minX) - 1);
  const y = Math.max(0, Math.floor(minY) - 1);
  const box = { x, y, width: Math.min(width, Math.ceil(maxX) + 1) - x, height: Math.min(height, Math.ceil(maxY) + 1) - y };
  if (box.width <= 0 || box.height <= 0) return none;
  const cropped = `<svg width="${box.width}" height="${box.height}" viewBox="${box.x} ${box.y} ${box.width} ${box.height}" xmlns="http://www.w3.org/2000/svg">${body}</svg>`;
  return { background: blank, box, cropped };
}
