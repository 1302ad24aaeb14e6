/**
 * Whether a build is internal. A build that carries any organisation data is internal, always, with no
 * setting to forget: every internal marker (robots meta and header, robots.txt, the "Internal" badge, the
 * print line, the social cards' footer, the release bundle's name) follows `carriesOrganisationData`.
 * Only `PUBLIC_BUILD=1`, which leaves all organisation data out, gives a public build from the same fork.
 */
import type { Model } from './model.ts';
import { activeOverlay } from './overlay.ts';
import { DEFAULT_CONTENT_ROOT, overlaySource } from './overlay-source.ts';

type Env = Record<string, string | undefined>;

/**
 * The one place that says whether a build carries organisation data: today the overlay (`content/org/`
 * or `ORG_ROOT`, unless `PUBLIC_BUILD` is on). Any further kind of organisation content a fork can add
 * (its own pages, say) must be counted here too, so that it makes the build internal.
 */
export function carriesOrganisationData(env: Env = process.env, contentRoot: string = DEFAULT_CONTENT_ROOT): boolean {
  return overlaySource(env, contentRoot) !== undefined;
}

/** What an internal build says about itself: the organisation whose data it carries. */
export interface InternalBuild {
  organisation: string;
}

/** Used when organisation data is present but names no organisation. */
export const UNNAMED_ORGANISATION = 'this organisation';

/**
 * The internal build's marking, or undefined for a public build. The organisation is the overlay's
 * `name` (`organisation.yaml`). Throws, like the build, when the overlay does not validate.
 */
export function internalBuild(model: Model, env: Env = process.env, contentRoot: string = DEFAULT_CONTENT_ROOT): InternalBuild | undefined {
  if (!carriesOrganisationData(env, contentRoot)) return undefined;
  return { organisation: activeOverlay(model, env)?.organisation.data.name ?? UNNAMED_ORGANISATION };
}

/** The short marker the header, print and social cards show, e.g. "Internal · Example Corp". */
export const internalLabel = (b: InternalBuild) => `Internal · ${b.organisation}`;

/** What search engines are told about every page and file of an internal build (meta and X-Robots-Tag). */
export const INTERNAL_ROBOTS = 'noindex, nofollow';
