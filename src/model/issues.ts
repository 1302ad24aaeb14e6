/** A validation finding, written for the person editing content. */
export interface Issue {
  /** Path of the offending file, relative to the project root (or the content root's parent). */
  file: string;
  /** Dotted path of the field, e.g. `stages[0].stage`; absent when the whole file is at fault. */
  field?: string;
  /** Name of the rule or check that found it, e.g. `dangling-reference`. */
  rule: string;
  /** What was expected and what was found. */
  message: string;
}

export function formatIssue(i: Issue): string {
  return `${i.file}${i.field ? ` → ${i.field}` : ''}: ${i.message} [${i.rule}]`;
}

/** Thrown by `loadModel` when content does not validate; the message lists every issue. */
export class ContentError extends Error {
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(
      `Content validation failed with ${issues.length} issue${issues.length === 1 ? '' : 's'}:\n` +
        issues.map((i) => `  - ${formatIssue(i)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.issues = issues;
  }
}
