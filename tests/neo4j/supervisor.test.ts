import { createLogger } from '../../src/logger';
import type { EmbeddedNeo4j, EmbeddedNeo4jOptions } from '../../src/neo4j/embedded';
import { superviseEmbeddedNeo4j } from '../../src/neo4j/supervisor';

/**
 * The supervisor's decisions (when to restart, on which port, when to give up), with a stand-in
 * for the Java process; the reliability suite kills a real embedded Neo4j.
 */
interface Process extends EmbeddedNeo4j {
  crash(): void;
  stopped: boolean;
}

function processes() {
  const started: { options: EmbeddedNeo4jOptions; process: Process }[] = [];
  let failNext = 0;
  let gate: Promise<void> = Promise.resolve();
  const start = async (options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> => {
    await gate;
    if (failNext > 0) {
      failNext -= 1;
      throw new Error('could not start');
    }
    let exit!: (value: { code: number | null; signal: NodeJS.Signals | null }) => void;
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => (exit = resolve));
    const process: Process = {
      uri: `bolt://127.0.0.1:${options.boltPort || 7999}`,
      pid: 1000 + started.length,
      exited,
      stopped: false,
      crash: () => exit({ code: null, signal: 'SIGKILL' }),
      stop: async () => {
        process.stopped = true;
        exit({ code: 0, signal: null });
      },
    };
    started.push({ options, process });
    return process;
  };
  return {
    started,
    start,
    failTimes: (n: number) => (failNext = n),
    /** The next starts wait until the returned function is called. */
    hold: () => {
      let open!: () => void;
      gate = new Promise((resolve) => (open = resolve));
      return open;
    },
  };
}

const logger = createLogger('silent', 'test');
const OPTIONS = { dataDir: '/x', boltPort: 0, logger };
const until = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
};

describe('the embedded Neo4j supervisor', () => {
  it('restarts a Neo4j that died, on the same port, starting fast, and serves from the new process', async () => {
    const fake = processes();
    const neo4j = await superviseEmbeddedNeo4j({
      dataDir: '/x',
      boltPort: 0,
      logger,
      start: fake.start,
      restartDelaysMs: [1, 1],
    });
    expect(neo4j.state()).toBe('running');
    fake.started[0].process.crash();
    await until(() => neo4j.state() === 'restarting' || fake.started.length === 2);
    await until(() => neo4j.state() === 'running' && fake.started.length === 2);
    expect(fake.started[1].options).toMatchObject({ boltPort: 7999, fastStart: true, checkBuild: false });
    expect(neo4j.pid()).toBe(1001);
    await neo4j.stop();
    expect(fake.started[1].process.stopped).toBe(true);
  });

  it('backs off and gives up after its last attempt: failed, with a reason (liveness then fails)', async () => {
    const fake = processes();
    const neo4j = await superviseEmbeddedNeo4j({
      dataDir: '/x',
      boltPort: 0,
      logger,
      start: fake.start,
      restartDelaysMs: [1, 1, 1],
    });
    fake.failTimes(3);
    fake.started[0].process.crash();
    await until(() => neo4j.state() === 'failed');
    expect(neo4j.failure()).toMatch(/could not be restarted \(3 attempts\); restart the server/);
    await neo4j.stop();
  });

  it('does not restart a Neo4j it was asked to stop', async () => {
    const fake = processes();
    const neo4j = await superviseEmbeddedNeo4j({ ...OPTIONS, start: fake.start });
    await neo4j.stop();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.started.length).toBe(1);
  });

  it('a stop during a restart waits for it and stops what it started', async () => {
    const fake = processes();
    const neo4j = await superviseEmbeddedNeo4j({ ...OPTIONS, start: fake.start, restartDelaysMs: [1] });
    const open = fake.hold();
    fake.started[0].process.crash();
    await until(() => neo4j.state() === 'restarting');
    const stopped = neo4j.stop();
    open();
    await stopped;
    expect(fake.started.length).toBe(2);
    expect(fake.started[1].process.stopped).toBe(true);
  });
});
