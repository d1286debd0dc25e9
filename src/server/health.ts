import type { Driver } from 'neo4j-driver';
import { readSnapshot } from '../graph/builds';
import { readQuery } from '../graph/session';
import type { Logger } from '../logger';
import type { SupervisorState } from '../neo4j/supervisor';

/**
 * What the health checks know. Liveness: the process can still serve, or recover by itself
 * (a down Neo4j it keeps reconnecting to or restarting is not a reason to restart the server;
 * an embedded Neo4j it gave up restarting is). Readiness: Neo4j answers now, with a report graph,
 * decided within READY_BUDGET_MS whatever Neo4j does.
 */
export interface Neo4jSupervision {
  state(): SupervisorState;
  failure(): string | null;
}

export type Readiness = { ready: true; reports: string[]; epoch: number } | { ready: false; reason: string };

/** The readiness probe's transaction timeout. */
const PROBE_TIMEOUT_MS = 300;
/** Readiness answers within this, whatever Neo4j does (stopped, dead, slow). */
export const READY_BUDGET_MS = 700;
/** How often the background check looks at Neo4j, to log when it goes away and comes back. */
const MONITOR_INTERVAL_MS = 5_000;

export class Health {
  private probing: Promise<Readiness> | null = null;
  private lastReady: boolean | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly logger: Logger,
    private readonly supervision: Neo4jSupervision | null = null,
  ) {}

  /** Null while the server can serve or recover; the reason once it cannot. */
  fatal(): string | null {
    return this.supervision?.state() === 'failed' ? this.supervision.failure() : null;
  }

  /** Whether Neo4j is being restarted (requests then fail fast with SERVICE_UNAVAILABLE). */
  restarting(): boolean {
    const state = this.supervision?.state();
    return state === 'restarting' || state === 'failed';
  }

  /** One probe at a time: concurrent readiness checks share it. */
  readiness(): Promise<Readiness> {
    if (this.restarting()) return Promise.resolve({ ready: false, reason: 'the embedded Neo4j is restarting' });
    this.probing ??= this.probe().finally(() => {
      this.probing = null;
    });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<Readiness>((resolve) => {
      timer = setTimeout(
        () => resolve({ ready: false, reason: 'the graph database does not answer' }),
        READY_BUDGET_MS,
      );
    });
    return Promise.race([this.probing, late]).finally(() => clearTimeout(timer));
  }

  private async probe(): Promise<Readiness> {
    let readiness: Readiness;
    try {
      const snapshot = await readSnapshot(
        (cypher, params) =>
          readQuery(this.driver, { database: this.database, timeoutMs: PROBE_TIMEOUT_MS }, cypher, params),
        null,
      );
      readiness = snapshot?.reports.length
        ? { ready: true, reports: snapshot.reports.map((r) => r.id), epoch: snapshot.epoch }
        : { ready: false, reason: 'no report graph is loaded' };
    } catch (error) {
      this.logger.debug({ err: error }, 'readiness probe failed');
      readiness = { ready: false, reason: 'the graph database does not answer' };
    }
    if (this.lastReady !== null && readiness.ready !== this.lastReady) {
      if (readiness.ready) this.logger.info('Neo4j answers again: ready');
      else this.logger.warn(`not ready: ${readiness.reason}`);
    }
    this.lastReady = readiness.ready;
    return readiness;
  }

  /** Probes in the background so that an outage and the recovery are logged even without traffic. */
  startMonitor(): void {
    this.timer ??= setInterval(() => void this.readiness(), MONITOR_INTERVAL_MS);
    this.timer.unref();
  }

  stopMonitor(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
