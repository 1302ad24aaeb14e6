/**
 * The image cache: where a drawn image is kept and under which key. No renderer here, so the build can
 * find and copy images (src/site/og-integration.ts) without loading Satori or resvg.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PNG_ENCODER, PNG_ZLIB } from './png.ts';
import type { El, ImageFormat } from './tree.ts';

const req = createRequire(import.meta.url);

/**
 * Drawing is deterministic, so an image is keyed by what it draws: the element tree, the size and the
 * versions of the renderer, the font, the PNG encoder and zlib. A rebuild reuses every image whose key is
 * unchanged. The cache lives in node_modules/.cache/llmsl-og; with OG_CACHE=0 a build uses a fresh folder
 * of its own instead, so nothing is carried over from an earlier build (the benchmark and the rebuild
 * test do this).
 */
/** The cache folder: OG_CACHE_DIR when a build sets one (src/site/og-integration.ts), else a folder in node_modules. */
export const cacheDir = () => process.env.OG_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'llmsl-og');
const versionOf = (pkg: string) => {
  try {
    return (JSON.parse(readFileSync(req.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
};
let versions: string | undefined;
/** The cache key of an image: what it draws, at what size, in which format, with which renderer, font, encoder and zlib. */
export function imageKey(tree: El, size: { width: number; height: number }, format: ImageFormat = 'png'): string {
  versions ??= [...['satori', '@resvg/resvg-js', '@fontsource/inter'].map((p) => `${p}@${versionOf(p)}`), PNG_ENCODER, PNG_ZLIB].join(',');
  return createHash('sha256').update(JSON.stringify([versions, size, format, tree])).digest('hex');
}

/** Where the image with this key is kept. */
export const cachedFile = (key: string, format: ImageFormat) => join(cacheDir(), `${key}.${format}`);
