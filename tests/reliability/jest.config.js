/**
 * `npm run test:reliability`: the reliability checks of issue 12 against the compiled server
 * (`npm start`'s code) with its own embedded Neo4j, in a fixed order (sequencer.js), one at a time.
 * Not part of `npm test`: it takes a few minutes and puts the machine under load.
 */
/** @type {import('jest').Config} */
module.exports = {
  rootDir: '../..',
  displayName: 'reliability',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': 'ts-jest' },
  testMatch: ['<rootDir>/tests/reliability/*.reliability.ts'],
  testSequencer: '<rootDir>/tests/reliability/sequencer.js',
  globalSetup: '<rootDir>/tests/reliability/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/reliability/globalTeardown.ts',
  testTimeout: 600_000,
  maxWorkers: 1,
};
