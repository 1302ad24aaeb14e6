/**
 * Social cards (Open Graph images, 1200×630 PNG) drawn with Satori and rasterised with resvg. No Astro
 * imports, so tests and the benchmark call it directly. Fonts are local files from @fontsource/inter;
 * text is embedded as paths, so the output is the same on every machine.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cacheDir, cachedFile, imageKey } from './cache.ts';
import { textArea } from './crop.ts';
import { deflateRows, encodePng, pngOfRows, type DeflatedRows } from './png.ts';
import { CARD, cardParts, cardTree, type CardContent, type CardParts, type El, type ImageFormat, type ImageJob } from './tree.ts';

const req = createRequire(import.meta.url);
const font = (w: 400 | 700) => readFileSync(req.resolve(`@fontsource/inter/files/inter-latin-${w}-normal.woff`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
/** Fonts load once per process, on first use. */
export const interFonts = () =>
  (fonts ??= [
    { name: 'Inter', data: font(400), weight: 400, style: 'normal' },
    { name: 'Inter', data: font(700), weight: 700, style: 'normal' },
  ]);

export * from './tree.ts';
export * from './cache.ts';

/** Any Satori tree as SVG text, at the given size. */
export const toSvg = async (tree: El, size: { width: number; height: number }) =>
  satori(tree as unknown as Parameters<typeof satori>[0], { ...size, fonts: interFonts() });

/**
 * SVG text as PNG bytes at its own width (or `width`). resvg draws; src/og/png.ts encodes, in a third of
 * the time resvg's own `asPng()` takes. resvg's pixels are premultiplied by alpha, PNG's are not.
 */
export const toPng = (svg: string, width?: number): Buffer =>
  encodePng(new Resvg(svg, { ...(width ? { fitTo: { mode: 'width' as const, value: width } } : {}), font: { loadSystemFonts: false } }).render(), { premultiplied: true });

/**
 * Draws a tree: SVG text (Satori), or that rasterised to PNG. A figure is offered as both; given its SVG
 * text (`svg`), the PNG is rasterised from it rather than laid out again.
 */
export async function drawImage(tree: El, size: { width: number; height: number }, format: ImageFormat, svg?: string): Promise<Buffer> {
  const text = svg ?? (await toSvg(tree, size));
  return format === 'svg' ? Buffer.from(text) : toPng(text, size.width);
}

export async function cachedPng(tree: El, size: { width: number; height: number }, cache = true): Promise<Buffer> {
  return cache ? imageInCache(imageKey(tree, size), tree, size) : drawImage(tree, size, 'png');
}

/**
 * The image with this key from the cache, drawn and stored first when it is not there yet. A PNG whose SVG
 * (`svgKey`) is in the cache is rasterised from that SVG.
 */
export async function imageInCache(key: string, tree: El, size: { width: number; height: number }, format: ImageFormat = 'png', svgKey?: string, parts?: CardParts): Promise<Buffer> {
  const dir = cacheDir();
  const file = join(dir, `${key}.${format}`);
  if (existsSync(file)) return readFileSync(file);
  const svgFile = format === 'png' && svgKey ? cachedFile(svgKey, 'svg') : undefined;
  const bytes = await drawJob({ tree, size, format, parts }, svgFile && existsSync(svgFile) ? readFileSync(svgFile, 'utf8') : undefined);
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
  return bytes;
}

/** Pixels (RGBA, premultiplied, as resvg gives them) of an SVG at its own size. */
const pixelsOf = (svg: string): Uint8Array => new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
/** What each drawing process makes once for many cards (bands, footers, backgrounds, their deflated rows), by key. */
const madeOnce = new Map<string, unknown>();
async function once<T>(key: string, make: () => Promise<T> | T): Promise<T> {
  if (!madeOnce.has(key)) madeOnce.set(key, await make());
  return madeOnce.get(key) as T;
}
/** A strip's key: its SVG text, or its tree and size. */
const stripKey = (tree: El, size: { width: number; height: number }) => `${size.width}x${size.height} ${JSON.stringify(tree)}`;
const stripPixels = (key: string, svg: () => Promise<string> | string) => once(`pixels ${key}`, async () => pixelsOf(await svg()));
/** Rows `from` to `to` of a strip drawn once (`key`, `px`), deflated once. */
const sharedRows = (key: string, px: Uint8Array, width: number, from: number, to: number) =>
  once(`rows ${from}-${to} ${key}`, () => deflateRows(px.subarray(from * width * 4, to * width * 4), width));

/**
 * A social card as PNG, from its parts (src/og/tree.ts cardParts), one strip of rows under the other:
 * - the band and the footer, each drawn and deflated once per process for all the cards that share it
 *   (about 40 bands, one footer);
 * - the middle block, laid out per card, of which only the rows with text are rasterised, and of those
 *   only the area the text covers (src/og/crop.ts), on the block's background; the rows above and below
 *   are the background, drawn and deflated once for each height.
 * The deflated rows go into the PNG as they are (src/og/png.ts pngOfRows). Against drawing the card whole:
 * the same pixels (src/og/render.test.ts), and about half the CPU time.
 */
export async function drawCard(parts: CardParts, size: { width: number; height: number }): Promise<Buffer> {
  const { heights } = parts;
  const { width } = size;
  if (heights.band + heights.middle + heights.footer !== size.height) throw new Error(`card strips are ${heights.band} + ${heights.middle} + ${heights.footer} rows, the card ${size.height}`);
  const bandSize = { width, height: heights.band };
  const footerSize = { width, height: heights.footer };
  const bandKey = stripKey(parts.band, bandSize);
  const footerKey = stripKey(parts.footer, footerSize);
  const band = await stripPixels(bandKey, () => toSvg(parts.band, bandSize));
  const footer = await stripPixels(footerKey, () => toSvg(parts.footer, footerSize));
  const middle = await toSvg(parts.middle, { width, height: heights.middle });
  const text = textArea(middle);
  const runs: (DeflatedRows | undefined)[] = [await sharedRows(bandKey, band, width, 0, heights.band)];
  if (text) {
    const background = await stripPixels(text.background, () => text.background);
    const { x, y, width: w, height: h } = text.box;
    if (y > 0) runs.push(await sharedRows(text.background, background, width, 0, y));
    if (h > 0) {
      // The rows with text: the background's, with the text's area set into each.
      // A copy (resvg hands out a Buffer, whose slice() would share the background's memory).
      const rows = new Uint8Array(background.subarray(y * width * 4, (y + h) * width * 4));
      const ink = pixelsOf(text.cropped);
      for (let r = 0; r < h; r++) rows.set(ink.subarray(r * w * 4, (r + 1) * w * 4), (r * width + x) * 4);
      runs.push(deflateRows(rows, width));
    }
    if (y + h < heights.middle) runs.push(await sharedRows(text.background, background, width, y + h, heights.middle));
  } else runs.push(deflateRows(pixelsOf(middle), width));
  runs.push(await sharedRows(footerKey, footer, width, 0, heights.footer));
  if (runs.every((r) => r !== undefined)) return pngOfRows(runs);
  // A strip that is not opaque (were the card's background translucent): the whole card as one RGBA image.
  const card = new Uint8Array(width * size.height * 4);
  card.set(band);
  card.set(pixelsOf(middle), band.length);
  card.set(footer, band.length + width * heights.middle * 4);
  return encodePng({ pixels: card, width, height: size.height }, { premultiplied: true });
}

/** One image: a card from its parts when it has them, anything else from its tree (a PNG from `svg` when given). */
const drawJob = ({ tree, size, format, parts }: Pick<ImageJob, 'tree' | 'size' | 'format' | 'parts'>, svg?: string) =>
  parts ? drawCard(parts, size) : drawImage(tree, size, format, svg);

/**
 * Draws image jobs one after another, through the image cache when `cache`. Without the cache, a figure's
 * PNG is rasterised from the SVG drawn for it just before (its `svgKey`), as with the cache.
 */
export function jobDrawer(cache: boolean): (job: Omit<ImageJob, 'file'>) => Promise<Buffer> {
  const svgs = new Map<string, string>();
  return async ({ key, tree, size, format, svgKey, parts }) => {
    if (cache) return imageInCache(key, tree, size, format, svgKey, parts);
    const bytes = await drawJob({ tree, size, format, parts }, svgKey ? svgs.get(svgKey) : undefined);
    if (format === 'svg') svgs.set(key, bytes.toString());
    return bytes;
  };
}

/** A social card, as the build draws it (from its parts), through the image cache unless `cache` is false. */
export async function renderCard(c: CardContent, opts: { cache?: boolean } = {}): Promise<Buffer> {
  const tree = cardTree(c);
  return jobDrawer(opts.cache ?? true)({ tree, size: CARD, format: 'png', key: imageKey(tree, CARD, 'png'), parts: cardParts(c) });
}
