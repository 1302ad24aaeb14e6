/**
 * Starlight route middleware: every page gets its Open Graph image (Starlight never emits og:image), and
 * in an internal build (src/model/internal.ts) a robots meta tag that keeps it out of search engines.
 * A page without a social card, or whose title differs from its card's, fails the build here, naming
 * the page, so no page ships with a missing or stale image.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { ogImagePath, socialCards, type Card } from './site/cards.ts';
import { siteConfig } from './site/config.ts';
import type { Model } from './model/index.ts';
import { model } from './site/model.ts';
import { internal, overlay } from './site/overlay.ts';
import { INTERNAL_ROBOTS } from './model/internal.ts';

/** The cards by page path, once per model (in dev, a new model after each edit). */
const byModel = new WeakMap<Model, Map<string, Card>>();
function cards(): Map<string, Card> {
  const m = model();
  let hit = byModel.get(m);
  if (!hit) byModel.set(m, (hit = new Map(socialCards(m, siteConfig().title, overlay()?.organisation.data.name, overlay()?.pages).map((c) => [c.path, c]))));
  return hit;
}

/** The page path relative to the base, with a trailing slash ("" for home). */
export function pagePath(pathname: string, base: string): string {
  const b = base.replace(/\/?$/, '/');
  const rel = (pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\//, '')).replace(/index\.html$/, '').replace(/\.html$/, '/');
  return rel === '' || rel.endsWith('/') ? rel : `${rel}/`;
}

export const onRequest = defineRouteMiddleware(({ locals, url, site }) => {
  const { head, entry } = locals.starlightRoute;
  const path = pagePath(url.pathname, import.meta.env.BASE_URL);
  const card = cards().get(path);
  if (!card) throw new Error(`Page "/${path}" has no social card: add it to socialCards() in src/site/cards.ts`);
  if (card.title !== entry.data.title)
    throw new Error(`Page "/${path}": expected the title of its social card, "${card.title}"; found "${entry.data.title}" (src/site/cards.ts)`);
  const src = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${ogImagePath(path)}`;
  const content = site ? new URL(src, site).href : src;
  const alt = `${card.kind}: ${card.id ? `${card.id} ` : ''}${card.name}${card.band.label !== card.name ? ` (${card.band.label})` : ''}`;
  head.push(
    { tag: 'meta', attrs: { property: 'og:image', content } },
    { tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
    { tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
    { tag: 'meta', attrs: { property: 'og:image:alt', content: alt } },
    { tag: 'meta', attrs: { name: 'twitter:image', content } },
    { tag: 'meta', attrs: { name: 'twitter:image:alt', content: alt } },
  );
  if (internal()) head.push({ tag: 'meta', attrs: { name: 'robots', content: INTERNAL_ROBOTS } });
});
