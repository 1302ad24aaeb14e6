/**
 * Which state of the content the caches hold. The dev server's watcher (src/site/live-content.ts) counts a
 * new generation whenever a content, overlay or configuration file changes, and every cache of content
 * read from disk starts afresh on the next read; nothing counts one in a build or a script, so there each
 * file is read and validated once, as before.
 *
 * The counter lives on globalThis because the dev server holds two copies of this module: astro.config.mjs
 * imports the core with Node, and the pages import it again through Vite. Both must see one counter.
 */
const KEY = Symbol.for('llmsl.contentGeneration');
type Holder = { [KEY]?: number };

/** The current generation: 0 until the first change. */
export const contentGeneration = (): number => (globalThis as Holder)[KEY] ?? 0;

/** Marks every cache of content as stale. */
export function contentChanged(): void {
  (globalThis as Holder)[KEY] = contentGeneration() + 1;
}

/** A memo by key that forgets what it holds when the content changes. */
export interface FreshCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
}

export function freshCache<V>(): FreshCache<V> {
  const map = new Map<string, V>();
  let seen = contentGeneration();
  const sync = () => {
    if (seen === contentGeneration()) return;
    map.clear();
    seen = contentGeneration();
  };
  return {
    get: (key) => (sync(), map.get(key)),
    set: (key, value) => {
      sync();
      map.set(key, value);
    },
  };
}
