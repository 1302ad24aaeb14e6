/**
 * The body of an entry as Astro rendered it from Markdown (once per change, cached in its content store),
 * with its citations labelled from the current model (src/site/citations.ts).
 */
import type { MarkdownHeading } from 'astro';
import { getEntry } from 'astro:content';
import { citationLabel } from '../model/index.ts';
import type { ProseCollection } from '../schemas/index.ts';
import { labelCitations } from './citations.ts';
import { model } from './model.ts';

export async function proseOf(collection: ProseCollection, id: string): Promise<{ html: string; headings: MarkdownHeading[] }> {
  const rendered = (await getEntry(collection, id))?.rendered;
  if (!rendered) throw new Error(`content/${collection}/${id}.md: Astro has no rendered body for this entry`);
  const m = model();
  return { html: labelCitations(rendered.html, (key) => citationLabel(m, key)), headings: (rendered.metadata?.headings as MarkdownHeading[] | undefined) ?? [] };
}
