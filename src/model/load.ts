/** Entry point of the core: content folder in, validated model out (or every issue at once). */
import { runRules } from '../rules/index.ts';
import { freshCache } from './generation.ts';
import { ContentError, type Issue } from './issues.ts';
import { buildModel, type Model } from './model.ts';
import { DEFAULT_CONTENT_ROOT } from './overlay-source.ts';
import { readContent } from './read.ts';

/** Reads and checks content without throwing: shape issues first, then every rule. */
export function validateContent(root: string = DEFAULT_CONTENT_ROOT): { model: Model; issues: Issue[] } {
  const { collections, issues, unreadable } = readContent(root);
  const model = buildModel(collections, unreadable);
  return { model, issues: [...issues, ...runRules(model)] };
}

/** Per root, the model or the error it gave; the dev server drops both when a file changes (src/model/generation.ts). */
const cache = freshCache<Model | ContentError>();

/** The validated model, memoised per root. Throws a ContentError listing every issue. */
export function loadModel(root: string = DEFAULT_CONTENT_ROOT): Model {
  let hit = cache.get(root);
  if (!hit) {
    const { model, issues } = validateContent(root);
    hit = issues.length ? new ContentError(issues) : model;
    cache.set(root, hit);
  }
  if (hit instanceof ContentError) throw hit;
  return hit;
}
