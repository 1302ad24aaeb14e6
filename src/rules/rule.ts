import type { Issue } from '../model/issues.ts';
import type { Model } from '../model/model.ts';

/** A cross-entry check: a small pure function from the model to the issues it finds. */
export interface Rule {
  /** Kebab-case name, shown in every issue it reports. */
  name: string;
  /** One sentence: what the rule guarantees. Shown on the schema reference page. */
  description: string;
  check(model: Model): Omit<Issue, 'rule'>[];
}
