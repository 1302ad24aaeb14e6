/** Route helpers shared by the entry pages: their static paths and their previous/next links. */
import { neighbours, pathOf, slugOf, type Routed } from '../model/index.ts';
import { model } from './model.ts';

/** `getStaticPaths` of `src/pages/<section>/[slug].astro`: one page per entry, the ID as the prop. */
export const entryPaths = (collection: Routed) => {
  const m = model();
  return m[collection].map((e) => ({ params: { slug: slugOf(m, collection, e.id) }, props: { id: e.id } }));
};

/** Previous and next entry of the same collection, as Starlight pagination links ("2.3 Supervised Fine-Tuning"). */
export function entryNav(collection: 'layers' | 'stages' | 'llmops' | 'categories' | 'handoffs', id: string) {
  const m = model();
  const { prev, next } = neighbours(m, collection, id);
  const nav = (x: typeof prev) => x && { label: `${x.id} ${x.data.name}`, path: pathOf(m, collection, x.id) };
  return { prev: nav(prev), next: nav(next) };
}
