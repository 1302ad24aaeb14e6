/**
 * The authoring loop of `npm run dev`: every saved edit shows on the next reload. Astro's content layer
 * only re-renders Markdown bodies; the fields, the YAML collections, the organisation overlay and the site
 * configuration are read by the core (src/model/), which memoises them. This integration watches those
 * files and, on any change, starts a new content generation (src/model/generation.ts), so the next page
 * reads and validates the content afresh: an invalid edit then fails that page with the validation
 * message (file, field, expected, found) instead of serving the page as it was. It also clears Astro's
 * cache of static paths (a renamed entry moves to a new address) and reloads open pages.
 *
 * What astro.config.mjs itself computes from the content (the sidebar's layers and coverage link, the
 * site title and the other settings of site.yaml) needs the configuration evaluated again: those files
 * are watch files, which make Astro restart the dev server. A build watches nothing and is unchanged.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentChanged } from '../model/generation.ts';
import { DEFAULT_CONTENT_ROOT, overlaySource } from '../model/index.ts';
import { ORGANISATION_FILE } from '../model/overlay.ts';
import { siteConfigFile } from './config.ts';

/** Files and folders whose changes the pages must see: the content, the overlay in use and site.yaml. */
export function watchedRoots(contentRoot: string = DEFAULT_CONTENT_ROOT): string[] {
  const org = overlaySource(process.env, contentRoot)?.root;
  return [...new Set([resolve(contentRoot), ...(org ? [org] : []), siteConfigFile()])];
}

/** Files that astro.config.mjs reads to build Starlight's configuration: a change restarts the dev server. */
export function restartFiles(contentRoot: string = DEFAULT_CONTENT_ROOT): string[] {
  const layers = join(contentRoot, 'layers');
  const layerFiles = existsSync(layers) ? readdirSync(layers).filter((f) => f.endsWith('.yaml')).map((f) => join(layers, f)) : [];
  // Whether an overlay is in use decides the sidebar's coverage link; ORG_ROOT, when set, is required and stays.
  const orgFile = process.env.ORG_ROOT ? [] : [join(contentRoot, 'org', ORGANISATION_FILE)];
  return [siteConfigFile(), ...layerFiles, ...orgFile].map((f) => resolve(f));
}

/** Long enough for a save to have finished writing, short against the time a reload takes. */
const RESYNC_AFTER_MS = 150;

const within = (roots: string[], path: string) => roots.some((r) => path === r || path.startsWith(r + sep));

export function liveContentIntegration(contentRoot: string = DEFAULT_CONTENT_ROOT): AstroIntegration {
  return {
    name: 'llmsl:live-content',
    hooks: {
      'astro:config:setup': ({ command, addWatchFile }) => {
        if (command === 'dev') for (const f of restartFiles(contentRoot)) addWatchFile(f);
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        const roots = watchedRoots(contentRoot);
        // The bodies: the content's and the overlay's own pages (`<overlay>/pages/`), wherever the overlay lives.
        const org = overlaySource(process.env, contentRoot)?.root;
        const prose = [resolve(contentRoot), ...(org ? [resolve(org)] : [])];
        server.watcher.add(roots);
        // The prose loader (src/site/prose-loader.ts) lists the bodies when the content is synced, and Vite
        // recompiles a changed body on its own. A file added or removed needs a sync: shortly after the last
        // change (the watcher drops a second change of one file within 50 ms), the loaders look again; an
        // unchanged file costs a digest.
        /** Astro's own signal after a content change: the server environments drop their cached static paths and entries; open pages reload. */
        const announce = () => {
          for (const [name, environment] of Object.entries(server.environments)) if (name !== 'client') environment.hot.send('astro:content-changed', {});
          server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        };
        let resync: ReturnType<typeof setTimeout> | undefined;
        const resyncBodies = () => {
          clearTimeout(resync);
          resync = setTimeout(() => {
            // A sync of every loader: Astro re-attaches the loaders' watchers only then (naming loaders adds more each time).
            // Announced again once done: a page asked for between the save and the sync (a new body not listed yet)
            // would otherwise be served from what that request cached.
            refreshContent?.({}).then(announce, (e: unknown) => logger.error(`content not refreshed: ${(e as Error).message}`));
          }, RESYNC_AFTER_MS);
        };
        server.watcher.on('all', (event, path) => {
          if (!['add', 'change', 'unlink', 'addDir', 'unlinkDir'].includes(event) || !within(roots, resolve(path))) return;
          contentChanged();
          if (/\.mdx?$/.test(path) && within(prose, resolve(path))) resyncBodies();
          logger.debug(`${event} ${path}: content will be read again`);
          announce();
        });
      },
    },
  };
}
