/**
 * The model as pages see it. During `astro build`, astro.config.mjs has already loaded and validated the
 * content, and the pages render in that same process: they reuse that model (published with
 * `shareModelWithBuild`) instead of reading and validating every file a second time. Elsewhere (dev
 * server, scripts) the model is loaded here, memoised in the core; under the dev server it is read again
 * after every saved edit (src/site/live-content.ts), and an invalid edit throws the ContentError that lists
 * every issue, which the dev server shows in the browser.
 */
import { loadModel, type Model } from '../model/index.ts';

const KEY = '__llmslBuildModel';
const shared = globalThis as { [KEY]?: Model };

export const shareModelWithBuild = (m: Model) => {
  shared[KEY] = m;
};
export const model = (): Model => shared[KEY] ?? loadModel();
