import type { ChildProcess } from 'node:child_process';

/** Shared by globalSetup and globalTeardown, which run in the same process. */
export const reliabilityState: { server?: ChildProcess; dir?: string } = {};
