/**
 * npm run example:dashboard -- [county] [--url http://127.0.0.1:4000/graphql]
 * Prints what the dashboard would show for a county (default 缙云县).
 */
import { parseArgs } from 'node:util';
import { createReportClient } from './client';
import { loadDashboard } from './dashboard';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { url: { type: 'string', default: 'http://127.0.0.1:4000/graphql' } },
  });
  const dashboard = await loadDashboard(createReportClient(values.url!), positionals[0] ?? '缙云县');
  process.stdout.write(`${JSON.stringify(dashboard, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`example: ${(error as Error).message}\n`);
  process.exit(1);
});
