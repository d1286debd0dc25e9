/**
 * Ordered tables of small named rules, first match wins: the shape every reader of the
 * extractor takes (places, projects). A rule looks at one input and either decides
 * (returns a verdict) or passes (returns null); the table is tried in order and the first
 * verdict is the answer. Each rule lives in its own file with its own tests, the way
 * graphql-js keeps one validation rule per file, so a rule can be read, tested and
 * reordered on its own and a decision can say which rule made it.
 */

export interface Rule<Input, Verdict> {
  /** A stable name (camelCase), quoted in decisions and tests. */
  readonly name: string;
  /** One line on what the rule recognises, with an example from a report. */
  readonly description: string;
  apply(input: Input): Verdict | null;
}

export interface Decision<Verdict> {
  rule: string;
  verdict: Verdict;
}

/** The verdict of the first rule that decides, with its name; null when every rule passes. */
export function firstMatch<Input, Verdict>(
  rules: readonly Rule<Input, Verdict>[],
  input: Input,
): Decision<Verdict> | null {
  for (const rule of rules) {
    const verdict = rule.apply(input);
    if (verdict !== null) return { rule: rule.name, verdict };
  }
  return null;
}

/** Checks a table at load time: names must be unique, or decisions could not be traced. */
export function ruleTable<Input, Verdict>(rules: readonly Rule<Input, Verdict>[]): readonly Rule<Input, Verdict>[] {
  const seen = new Set<string>();
  for (const rule of rules) {
    if (seen.has(rule.name)) throw new Error(`rule table: duplicate rule name "${rule.name}"`);
    seen.add(rule.name);
  }
  return rules;
}
