/** One Open Graph image per page (src/site/cards.ts), drawn on request by the dev server (a build writes the files itself: src/site/og-integration.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCard } from '../../og/render.ts';
import { ogImagePath, socialCards, type Card } from '../cards.ts';
import { siteConfig } from '../config.ts';
import { model } from '../model.ts';
import { internalMarker, overlay } from '../overlay.ts';

export const getStaticPaths = (() =>
  socialCards(model(), siteConfig().title, overlay()?.organisation.data.name, overlay()?.pages).map((card) => ({
    params: { path: ogImagePath(card.path).replace(/^og\//, '').replace(/\.png$/, '') },
    props: { card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { card } = props as { card: Card };
  const marker = internalMarker();
  const png = await renderCard({ ...card, site: siteConfig().title, ...(marker ? { marker } : {}) });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
