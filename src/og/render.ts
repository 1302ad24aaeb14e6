/**
 * Social cards (Open Graph images, 1200×630 PNG) drawn with Satori and rasterised with resvg. No Astro
 * imports, so tests and the benchmark call it directly. Fonts are local files from @fontsource/inter;
 * text is embedded as paths, so the output is the same on every machine.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { encodePng, PNG_ENCODER, PNG_ZLIB } from './png.ts';

const req = createRequire(import.meta.url);
const font = (w: 400 | 700) => readFileSync(req.resolve(`@fontsource/inter/files/inter-latin-${w}-normal.woff`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
/** Fonts load once per process, on first use. */
export const interFonts = () =>
  (fonts ??= [
    { name: 'Inter', data: font(400), weight: 400, style: 'normal' },
    { name: 'Inter', data: font(700), weight: 700, style: 'normal' },
  ]);

/** A Satori element without React. */
export type El = { type: string; props: { style?: Record<string, unknown>; children?: unknown } & Record<string, unknown> };
export const h = (type: string, style: Record<string, unknown>, children?: unknown, extra: Record<string, unknown> = {}): El =>
  ({ type, props: { style, children, ...extra } });

export interface CardContent {
  /** The unit's ID, when the page is about one unit ("2.4", "Art. 14"). */
  id?: string;
  /** The page's name, without the ID. */
  name: string;
  /** What kind of page it is, e.g. "Stage" or "Provision". */
  kind: string;
  /** The band at the top: layer name and colours, or the site's neutral band. */
  band: { label: string; fill: string; text: string };
  /** Site title, in the footer. */
  site: string;
}

export const CARD = { width: 1200, height: 630 } as const;

/** Long names shrink so that they fit in three lines. */
const nameSize = (s: string) => (s.length <= 28 ? 76 : s.length <= 48 ? 62 : s.length <= 80 ? 50 : 40);

export function cardTree(c: CardContent): El {
  return h('div', { width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#0b1020', color: '#f8fafc', fontFamily: 'Inter' }, [
    h('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center', background: c.band.fill, color: c.band.text, padding: '28px 64px', fontSize: 30, fontWeight: 700 }, [
      h('div', { display: 'flex' }, c.band.label),
      h('div', { display: 'flex', fontWeight: 400 }, c.kind),
    ]),
    h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', padding: '0 64px', gap: 20 }, [
      ...(c.id ? [h('div', { display: 'flex', fontSize: 44, fontWeight: 700, color: '#93c5fd' }, c.id)] : []),
      h('div', { display: 'flex', fontSize: nameSize(c.name), fontWeight: 700, lineHeight: 1.15 }, c.name.length > 120 ? `${c.name.slice(0, 117)}…` : c.name),
    ]),
    h('div', { display: 'flex', padding: '0 64px 40px', fontSize: 28, color: '#cbd5e1' }, c.site),
  ]);
}

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
 * Drawing is deterministic, so an image is keyed by what it draws: the element tree, the size and the
 * versions of the renderer, the font, the PNG encoder and zlib. A rebuild reuses every image whose key is
 * unchanged. The cache lives in node_modules/.cache/llmsl-og; with OG_CACHE=0 a build uses a fresh folder
 * of its own instead, so nothing is carried over from an earlier build (the benchmark and the rebuild
 * test do this).
 */
/** The cache folder: OG_CACHE_DIR when a build sets one (src/site/og-integration.ts), else a folder in node_modules. */
const cacheDir = () => process.env.OG_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'llmsl-og');
const versionOf = (pkg: string) => {
  try {
    return (JSON.parse(readFileSync(req.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
};
let versions: string | undefined;
/** The cache key of an image: what it draws, at what size, with which renderer, font, encoder and zlib. */
export function imageKey(tree: El, size: { width: number; height: number }): string {
  versions ??= [...['satori', '@resvg/resvg-js', '@fontsource/inter'].map((p) => `${p}@${versionOf(p)}`), PNG_ENCODER, PNG_ZLIB].join(',');
  return createHash('sha256').update(JSON.stringify([versions, size, tree])).digest('hex');
}

/**
 * Where a build keeps its prerendering (src/site/og-integration.ts): the integration and the image
 * endpoints share a process but not a module graph, so they meet on globalThis.
 */
export const PRERENDER_KEY = '__llmslOgPrerender';
/** The prerendering of a build, as the image endpoints see it. */
export interface Prerendering {
  /** Settles when every prerendering process has ended, drawn or failed. */
  done: Promise<void>;
  /** Settles when the image with this key is in the cache, or when `done` settles, whichever comes first. */
  drawn(key: string): Promise<void>;
}

export async function cachedPng(tree: El, size: { width: number; height: number }, cache = true): Promise<Buffer> {
  return cache ? pngInCache(imageKey(tree, size), tree, size) : toPng(await toSvg(tree, size), size.width);
}

/** The image with this key from the cache, drawn and stored first when it is not there yet. */
export async function pngInCache(key: string, tree: El, size: { width: number; height: number }): Promise<Buffer> {
  const dir = cacheDir();
  const file = join(dir, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  // During a build, a prerendering process may be drawing this very image: wait for it (only it, so the
  // pages that need no image yet go on being rendered meanwhile), and draw it here only if it failed.
  const pending = (globalThis as Record<string, unknown>)[PRERENDER_KEY] as Prerendering | undefined;
  if (pending) {
    await pending.drawn(key);
    if (existsSync(file)) return readFileSync(file);
  }
  const png = toPng(await toSvg(tree, size), size.width);
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return png;
}

export async function renderCard(c: CardContent, opts: { cache?: boolean } = {}): Promise<Buffer> {
  return cachedPng(cardTree(c), CARD, opts.cache ?? true);
}
