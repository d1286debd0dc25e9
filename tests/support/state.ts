import type { EmbeddedNeo4j } from '../../src/neo4j/embedded';

/** Shared between globalSetup and globalTeardown, which run in the same process. */
export const testState: { embedded?: EmbeddedNeo4j; dataDir?: string } = {};
