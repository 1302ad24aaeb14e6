/** The model as pages see it: loaded once per build (memoised in the core). */
import { loadModel } from '../model/index';
export const model = () => loadModel();
