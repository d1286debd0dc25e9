/**
 * An ordered table of small named rules, first match wins (the way graphql-js keeps
 * one validation rule per file): each rule looks at one input and either answers or
 * passes (null). Tables are plain arrays, so tests can run every rule on its own.
 */
export interface Rule<Input, Output> {
  /** Stable name, used in tests and in the account of what was inferred. */
  name: string;
  apply(input: Input): Output | null;
}

export interface RuleMatch<Output> {
  rule: string;
  value: Output;
}

/** The first rule of the table that answers, with its name; null when none does. */
export function firstMatch<Input, Output>(
  rules: readonly Rule<Input, Output>[],
  input: Input,
): RuleMatch<Output> | null {
  for (const rule of rules) {
    const value = rule.apply(input);
    if (value !== null) return { rule: rule.name, value };
  }
  return null;
}

/** The rule of a table by name (for tests of one rule). */
export function ruleNamed<Input, Output>(rules: readonly Rule<Input, Output>[], name: string): Rule<Input, Output> {
  const rule = rules.find((r) => r.name === name);
  if (!rule) throw new Error(`no rule named ${name}`);
  return rule;
}
