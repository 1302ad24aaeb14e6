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
import { encodePng } from './png.ts';
import { CARD, cardTree, type CardContent, type CardParts, type El, type ImageFormat, type ImageJob } from './tree.ts';

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
/** What each drawing process draws once for many cards (bands, footers, the middle's background), by key. */
const drawnOnce = new Map<string, Uint8Array>();
async function once(key: string, draw: () => Promise<Uint8Array> | Uint8Array): Promise<Uint8Array> {
  let px = drawnOnce.get(key);
  if (!px) drawnOnce.set(key, (px = await draw()));
  return px;
}
const stripPixels = (tree: El, size: { width: number; height: number }) => once(JSON.stringify(tree), async () => pixelsOf(await toSvg(tree, size)));
let canvas: Uint8Array | undefined;

/**
 * A social card as PNG, from its parts (src/og/tree.ts cardParts): the band and the footer, each drawn
 * once per process for all the cards that share it (about 40 bands, one footer), and the middle block,
 * laid out per card. Of the middle, only the area its text covers (src/og/crop.ts) is rasterised, on the
 * block's background drawn once: about a sixth of its pixels on average. The same bytes as drawing the
 * whole tree (src/og/render.test.ts); about 10% less CPU per card than the whole middle, and the distinct
 * bands cost a strip each rather than a whole card.
 */
export async function drawCard(parts: CardParts, size: { width: number; height: number }): Promise<Buffer> {
  const { heights } = parts;
  if (heights.band + heights.middle + heights.footer !== size.height) throw new Error(`card strips are ${heights.band} + ${heights.middle} + ${heights.footer} rows, the card ${size.height}`);
  const row = size.width * 4;
  const band = await stripPixels(parts.band, { width: size.width, height: heights.band });
  const footer = await stripPixels(parts.footer, { width: size.width, height: heights.footer });
  const middleSize = { width: size.width, height: heights.middle };
  const middle = await toSvg(parts.middle, middleSize);
  const text = textArea(middle);
  canvas = canvas?.length === row * size.height ? canvas : new Uint8Array(row * size.height);
  canvas.set(band);
  if (text) {
    // The block's background once per process, then only the area with the text, row by row.
    canvas.set(await once(text.background, () => pixelsOf(text.background)), heights.band * row);
    if (text.box.width > 0) {
      const ink = pixelsOf(text.cropped);
      const inkRow = text.box.width * 4;
      for (let y = 0; y < text.box.height; y++) canvas.set(ink.subarray(y * inkRow, (y + 1) * inkRow), (heights.band + text.box.y + y) * row + text.box.x * 4);
    }
  } else canvas.set(pixelsOf(middle), heights.band * row);
  canvas.set(footer, (heights.band + heights.middle) * row);
  return encodePng({ pixels: canvas, width: size.width, height: size.height }, { premultiplied: true });
}

/** One image: a card from its parts when it has them, anything else from its tree (a PNG from `svg` when given). */
const drawJob = ({ tree, size, format, parts }: Pick<ImageJob, 'tree' | 'size' | 'format' | 'parts'>, svg?: string) =>
  parts ? drawCard(parts, size) : drawImage(tree, size, format, svg);

/**
 * Draws image jobs one after another, through the image cache when `cache`. Without the cache, a figure's
 * PNG is rasterised from the SVG drawn for it just before (its `svgKey`), as with the cache.
 */
export function jobDrawer(cache: boolean): (job: ImageJob) => Promise<Buffer> {
  const svgs = new Map<string, string>();
  return async ({ key, tree, size, format, svgKey, parts }) => {
    if (cache) return imageInCache(key, tree, size, format, svgKey, parts);
    const bytes = await drawJob({ tree, size, format, parts }, svgKey ? svgs.get(svgKey) : undefined);
    if (format === 'svg') svgs.set(key, bytes.toString());
    return bytes;
  };
}

export async function renderCard(c: CardContent, opts: { cache?: boolean } = {}): Promise<Buffer> {
  return cachedPng(cardTree(c), CARD, opts.cache ?? true);
}
