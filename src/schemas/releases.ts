import { z } from 'zod';

/** A semantic version, "1.2.0" or "1.2.0-rc.1" (the same form as `contentVersion` in content/site.yaml). */
export const semver = z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, { error: 'expected a semantic version such as "1.0.0"' });

/** One release on record: the content at `commit` published as `version`. */
export const releaseSchema = z.strictObject({
  /** The release's version, e.g. "0.2.0"; a frozen copy is served at /v/<version>/. */
  version: semver,
  /** The day it was cut (YYYY-MM-DD), shown on the versions and changelog pages. */
  date: z.iso.date({ error: 'expected a date such as "2026-12-06"' }),
  /** The full 40-character hash of the commit whose content is the release. */
  commit: z.string().regex(/^[0-9a-f]{40}$/, { error: 'expected a full 40-character commit hash such as "a48c4df…" written out' }),
});
export type ReleaseRecord = z.infer<typeof releaseSchema>;

/**
 * The releases on record (`content/releases.yaml`), oldest first. Written by `npm run release -- <version>`;
 * the changelog page, the `changelog` script and the versioned site read it instead of git tags, which do
 * not travel with every clone. Order and uniqueness are checked by `releaseRecordIssues`.
 */
export const releasesFileSchema = z.strictObject({
  releases: z.array(releaseSchema),
});
export type ReleasesFile = z.infer<typeof releasesFileSchema>;
