import { rmSync } from 'node:fs';
import { testState } from './state';

export default async function globalTeardown(): Promise<void> {
  await testState.embedded?.stop();
  if (testState.dataDir) rmSync(testState.dataDir, { recursive: true, force: true });
}
