/** One Open Graph image per page (src/site/cards.ts), drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCard } from '../../og/render';
import { ogImagePath, socialCards, type Card } from '../../site/cards';
import { siteConfig } from '../../site/config';
import { model } from '../../site/model';
import { overlay } from '../../site/overlay';

export const getStaticPaths = (() =>
  socialCards(model(), siteConfig().title, overlay()?.organisation.data.name).map((card) => ({
    params: { path: ogImagePath(card.path).replace(/^og\//, '').replace(/\.png$/, '') },
    props: { card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { card } = props as { card: Card };
  const png = await renderCard({ ...card, site: siteConfig().title });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
