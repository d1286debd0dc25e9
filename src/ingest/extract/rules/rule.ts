/**
 * A small named rule. Tables of rules are ordered and the first rule that
 * matches decides (graphql-js keeps one validation rule per file; we keep one
 * small module per family of rules, each rule named and tested on its own).
 */
export interface Rule<Context, Result> {
  /** Stable name, used in tests and in explanations of a decision. */
  name: string;
  /** What the rule recognises, with an example from a report. */
  doc: string;
  /** The rule's decision, or null when it does not apply. */
  apply(context: Context): Result | null;
}

export interface Decision<Context, Result> {
  rule: Rule<Context, Result>;
  result: Result;
}

/** The first rule of the table that applies, with its result; null when none does. */
export function firstMatch<Context, Result>(
  rules: ReadonlyArray<Rule<Context, Result>>,
  context: Context,
): Decision<Context, Result> | null {
  for (const rule of rules) {
    const result = rule.apply(context);
    if (result !== null) return { rule, result };
  }
  return null;
}
