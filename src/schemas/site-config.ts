import { z } from 'zod';
import { line } from './ids.ts';

/** Sidebar groups and home-page sections a fork can hide. Pages stay built, so links into them keep working. */
export const SECTIONS = ['analysis', 'threats', 'references', 'data', 'about'] as const;
export type Section = (typeof SECTIONS)[number];

const path = z.string().regex(/^\/([A-Za-z0-9._~-]+\/)*$/, { error: 'expected a path that starts and ends with "/", such as "/internal/llm-lifecycle/"' });

/**
 * The site configuration (`content/site.yaml`): everything a fork changes to rebrand and re-host.
 * `BASE_PATH` and `SITE_URL` in the environment override `basePath` and `siteUrl`.
 */
export const siteConfigSchema = z.strictObject({
  /** Site title, shown in the header, the browser tab, social cards and citations. */
  title: line(80),
  /** One sentence for the home page's meta description. */
  description: line(300),
  /** Who publishes this copy; used as the author in "Cite this page". */
  publisher: line(120),
  /** Version of the content, shown in citations and exports, e.g. "1.2.0". */
  contentVersion: z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, { error: 'expected a semantic version such as "1.0.0"' }),
  /** Logo shown in the header: an SVG or PNG file, relative to the project root. */
  logo: z.strictObject({ src: z.string().regex(/^\.\/.+\.(svg|png)$/, { error: 'expected a path such as "./content/brand/logo.svg"' }), alt: line(120) }).optional(),
  /** Accent colour as #rrggbb; Starlight's default palette is used when absent. */
  accentColour: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'expected a colour such as "#0b6bcb"' }).optional(),
  /** Path the site is served under. */
  basePath: path.default('/'),
  /** Public origin, e.g. "https://kb.example.org"; needed for absolute social-card URLs and the canonical link. */
  siteUrl: z.url().optional(),
  /** Sidebar groups shown (all by default). */
  sections: z.array(z.enum(SECTIONS)).default([...SECTIONS]),
  /** Prefix of "Edit page" links; the entry's path under the project root is appended, e.g. "https://git.example.org/kb/edit/main/". */
  editLinkBase: z.url().optional(),
});
export type SiteConfig = z.infer<typeof siteConfigSchema>;
