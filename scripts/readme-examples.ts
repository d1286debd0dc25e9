/**
 * The README's query examples, kept true: each ```graphql block followed by a ```json block is
 * an example, the JSON being the `data` the server answers. `npm test` checks every example
 * against a real server (tests/readme.int.test.ts); this script rewrites the answers from a
 * running server after the graph or the extraction changed:
 *
 *   npm run readme:examples -- [--url http://127.0.0.1:4000/graphql]
 *
 * (start the server with the reports the examples need: REPORTS=data/reports npm start).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

export const README = path.resolve(__dirname, '../README.md');

export interface Example {
  query: string;
  /** The answer the README shows. */
  expected: unknown;
  /** Where the JSON block's body sits in the README. */
  answerStart: number;
  answerEnd: number;
}

const EXAMPLE = /```graphql\n([\s\S]*?)```\n\s*```json\n([\s\S]*?)```/g;

export function readmeExamples(markdown: string): Example[] {
  return [...markdown.matchAll(EXAMPLE)].map((m) => {
    const answerStart = m.index + m[0].length - 3 - m[2].length;
    return { query: m[1], expected: JSON.parse(m[2]), answerStart, answerEnd: answerStart + m[2].length };
  });
}

export async function answer(url: string, query: string): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`the example failed: ${body.errors[0].message}\n${query}`);
  return body.data;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { url: { type: 'string', default: 'http://127.0.0.1:4000/graphql' } } });
  let markdown = readFileSync(README, 'utf8');
  // From the last example to the first, so earlier offsets stay valid.
  for (const example of readmeExamples(markdown).reverse()) {
    const data = await answer(values.url!, example.query);
    markdown = `${markdown.slice(0, example.answerStart)}${JSON.stringify(data, null, 2)}\n${markdown.slice(example.answerEnd)}`;
  }
  writeFileSync(README, markdown);
  process.stdout.write('README examples rewritten; run `npx prettier --write README.md`\n');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`readme-examples: ${(error as Error).message}\n`);
    process.exit(1);
  });
}
