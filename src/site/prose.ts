/**
 * The body of an entry as Astro compiled it from MDX: the component to render and its headings.
 * Pages render it with `<Prose>`, which hands it the body components (src/components/mdx/).
 */
import type { MarkdownHeading } from 'astro';
import { getEntry, render } from 'astro:content';
import { COLLECTIONS, type ProseCollection } from '../schemas/index.ts';

export interface Body { Content: Awaited<ReturnType<typeof render>>['Content']; headings: MarkdownHeading[] }

export async function proseOf(collection: ProseCollection, id: string): Promise<Body> {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`content/${collection}/${id}.${COLLECTIONS[collection].format}: Astro has no entry for this file`);
  const { Content, headings } = await render(entry);
  return { Content, headings };
}

/** The body of a fork's own page (`<overlay>/pages/<id>.mdx`). */
export async function orgPageBody(id: string): Promise<Body> {
  const entry = await getEntry('orgPages', id);
  if (!entry) throw new Error(`pages/${id}.mdx: Astro has no entry for this organisation page`);
  const { Content, headings } = await render(entry);
  return { Content, headings };
}
