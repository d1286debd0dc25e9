import type { Driver } from 'neo4j-driver';
import { EMPTY_SNAPSHOT, onBuildsChanged, readSnapshot, type Snapshot } from './builds';
import { readQuery, type ReadOptions } from './session';

/**
 * The builds readers see, shared by all requests of a server: re-read when this process
 * published a build, or when the last check is older than `maxAgeMs` (another process, such
 * as `npm run ingest`, may have published one). A request takes one snapshot and uses it for
 * every query it sends (see GraphReader), so it sees one version of every report.
 */
export class SnapshotCache {
  private current: Snapshot | null = null;
  private checkedAt = 0;
  private pending: Promise<Snapshot> | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly driver: Driver,
    private readonly options: { database?: string; timeoutMs: number; maxAgeMs?: number },
  ) {
    this.unsubscribe = onBuildsChanged(() => {
      this.checkedAt = 0;
    });
  }

  /** The current snapshot, re-read within `budget` (a request's read options) when it may be stale. */
  get(budget: ReadOptions = { database: this.options.database, timeoutMs: this.options.timeoutMs }): Promise<Snapshot> {
    const fresh = Date.now() - this.checkedAt < (this.options.maxAgeMs ?? 250);
    if (this.current && fresh) return Promise.resolve(this.current);
    this.pending ??= this.refresh(budget).finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  close(): void {
    this.unsubscribe();
  }

  private async refresh(budget: ReadOptions): Promise<Snapshot> {
    const checked = Date.now();
    const run = (cypher: string, params: Record<string, unknown>) => readQuery(this.driver, budget, cypher, params);
    const changed = await readSnapshot(run, this.current?.epoch ?? null);
    this.current = changed ?? this.current ?? EMPTY_SNAPSHOT;
    this.checkedAt = checked;
    return this.current;
  }
}
