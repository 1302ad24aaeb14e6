/** Joins a model path (relative, e.g. `stages/2-4-alignment/`) to the configured base path. */
export const href = (path: string): string => `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${path}`;
