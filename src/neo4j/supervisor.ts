import { type EmbeddedNeo4j, type EmbeddedNeo4jOptions, startEmbeddedNeo4j } from './embedded';

/**
 * Keeps the embedded Neo4j running: when its process exits without being asked to (a crash,
 * an out-of-memory exit, a kill), it is started again on the same Bolt port and data directory,
 * so the server's driver reconnects by itself. Restarts back off; after RESTART_DELAYS_MS runs
 * out without Neo4j staying up, the supervisor gives up and reports itself failed (liveness then
 * fails, so that whatever supervises the server restarts it).
 */
export type SupervisorState = 'running' | 'restarting' | 'failed';

export interface SupervisedNeo4j {
  readonly uri: string;
  /** The current Java process. */
  pid(): number;
  state(): SupervisorState;
  /** Why the supervisor gave up, once it has. */
  failure(): string | null;
  stop(): Promise<void>;
}

/**
 * Waits before each restart attempt in a row; one more failure after the last and it gives up.
 * The first is immediate: one crash (a kill, an out-of-memory exit) is no reason to wait.
 */
export const RESTART_DELAYS_MS = [0, 1_000, 2_000, 5_000, 10_000, 30_000];
/** A Neo4j that stays up this long has recovered: the next crash starts the backoff again. */
const STABLE_AFTER_MS = 60_000;

export interface SupervisorOptions extends EmbeddedNeo4jOptions {
  restartDelaysMs?: number[];
  /** Starts one Neo4j process (tests may replace it). */
  start?: (options: EmbeddedNeo4jOptions) => Promise<EmbeddedNeo4j>;
}

export async function superviseEmbeddedNeo4j(options: SupervisorOptions): Promise<SupervisedNeo4j> {
  const { logger } = options;
  const start = options.start ?? startEmbeddedNeo4j;
  const delays = options.restartDelaysMs ?? RESTART_DELAYS_MS;
  let current = await start(options);
  const uri = current.uri;
  const boltPort = Number(new URL(uri).port);
  let state: SupervisorState = 'running';
  let failure: string | null = null;
  let stopping = false;
  let attempts = 0;
  let startedAt = Date.now();
  /** A restart under way: stop() ends its wait and waits for it to stop what it started. */
  let restarting: Promise<void> | null = null;
  let wake: (() => void) | null = null;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const watch = (neo4j: EmbeddedNeo4j) => {
    neo4j.exited.then(({ code, signal }) => {
      if (stopping || neo4j !== current) return;
      if (Date.now() - startedAt >= STABLE_AFTER_MS) attempts = 0;
      logger.error(
        `embedded Neo4j (process ${neo4j.pid}) exited unexpectedly (${signal ?? `code ${code}`}); restarting it`,
      );
      restarting = restart().finally(() => {
        restarting = null;
      });
    });
  };

  const restart = async (): Promise<void> => {
    state = 'restarting';
    const down = Date.now();
    while (!stopping) {
      if (attempts >= delays.length) {
        failure = `the embedded Neo4j could not be restarted (${attempts} attempts); restart the server`;
        state = 'failed';
        logger.error(failure);
        return;
      }
      const delay = delays[attempts];
      attempts += 1;
      logger.warn(`restarting the embedded Neo4j in ${delay} ms (attempt ${attempts} of ${delays.length})`);
      await sleep(delay);
      if (stopping) return;
      try {
        const next = await start({ ...options, boltPort, checkBuild: false, fastStart: true });
        if (stopping) {
          await next.stop();
          return;
        }
        current = next;
        startedAt = Date.now();
        state = 'running';
        logger.info(
          `embedded Neo4j is back (process ${next.pid} at ${next.uri}) after ${((Date.now() - down) / 1000).toFixed(1)} s`,
        );
        watch(next);
        return;
      } catch (error) {
        logger.error(`restarting the embedded Neo4j failed: ${(error as Error).message}`);
      }
    }
  };

  watch(current);
  return {
    uri,
    pid: () => current.pid,
    state: () => state,
    failure: () => failure,
    async stop() {
      stopping = true;
      wake?.();
      await current.stop();
      // A restart under way stops what it started as soon as that has started (see restart()).
      await restarting;
    },
  };
}
