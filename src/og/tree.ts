/**
 * What the images draw, as Satori element trees: no Satori or resvg here, so the build can list every
 * image (src/site/image-jobs.ts) without loading the renderer; src/og/render.ts draws them.
 */

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
  /** In an internal build, "Internal · <organisation>", at the right of the footer. */
  marker?: string;
}

export const CARD = { width: 1200, height: 630 } as const;

export type ImageFormat = 'png' | 'svg';
/** One image file of the built site: what to draw, its size and format, and its path in the output folder. */
export interface ImageJob {
  tree: El;
  size: { width: number; height: number };
  format: ImageFormat;
  /** Relative to the output folder, e.g. `og/stages/2-4-alignment.png`. */
  file: string;
  /** Its key in the image cache (src/og/cache.ts imageKey), computed once when the jobs are listed. */
  key: string;
  /** For a PNG the site also offers as SVG: that SVG's key, so the PNG is rasterised from it, not laid out again. */
  svgKey?: string;
  /** For a social card: its strips, so that the band and footer it shares with other cards are drawn once. */
  parts?: CardParts;
}

/** Long names shrink so that they fit in three lines. */
const nameSize = (s: string) => (s.length <= 28 ? 76 : s.length <= 48 ? 62 : s.length <= 80 ? 50 : 40);

/** The card's band (top) and footer heights, fixed so that the middle block always spans the same rows. */
const BAND = 92;
const FOOTER = 74;
const BACKGROUND = '#0b1020';
const root = (children: El[]) => h('div', { width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: BACKGROUND, color: '#f8fafc', fontFamily: 'Inter' }, children);
const band = (c: CardContent) =>
  h('div', { display: 'flex', height: BAND, justifyContent: 'space-between', alignItems: 'center', background: c.band.fill, color: c.band.text, padding: '0 64px', fontSize: 30, fontWeight: 700 }, [
    h('div', { display: 'flex' }, c.band.label),
    h('div', { display: 'flex', fontWeight: 400 }, c.kind),
  ]);
const middle = (c: CardContent) =>
  h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', padding: '0 64px', gap: 20 }, [
    ...(c.id ? [h('div', { display: 'flex', fontSize: 44, fontWeight: 700, color: '#93c5fd' }, c.id)] : []),
    h('div', { display: 'flex', fontSize: nameSize(c.name), fontWeight: 700, lineHeight: 1.15 }, c.name.length > 120 ? `${c.name.slice(0, 117)}…` : c.name),
  ]);
const footer = (c: CardContent) =>
  c.marker
    ? h('div', { display: 'flex', height: FOOTER, alignItems: 'flex-start', justifyContent: 'space-between', padding: '0 64px', fontSize: 28, color: '#cbd5e1' }, [
        h('div', { display: 'flex' }, c.site),
        h('div', { display: 'flex', color: '#fbbf24', fontWeight: 700 }, c.marker),
      ])
    : h('div', { display: 'flex', height: FOOTER, alignItems: 'flex-start', padding: '0 64px', fontSize: 28, color: '#cbd5e1' }, c.site);

export function cardTree(c: CardContent): El {
  return root([band(c), middle(c), footer(c)]);
}

/**
 * A card in three strips, drawn separately and put together row by row (src/og/render.ts drawCard): the
 * band (layer and kind), the same for every card of a kind and band, and the footer (site title), the same
 * for every card, each drawn once per process; and the middle block with the ID and name, drawn for each
 * card on the background colour. The result is the same pixels as drawing `cardTree` whole
 * (src/og/render.test.ts checks it).
 */
export interface CardParts {
  band: El;
  middle: El;
  footer: El;
  /** The rows of each strip: the band's from 0, the middle's from `band`, the footer's after the middle. */
  heights: { band: number; middle: number; footer: number };
}
export function cardParts(c: CardContent): CardParts {
  return {
    band: root([band(c)]),
    middle: root([middle(c)]),
    footer: root([footer(c)]),
    heights: { band: BAND, middle: CARD.height - BAND - FOOTER, footer: FOOTER },
  };
}
