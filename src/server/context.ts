import type { GraphReader } from '../graph/reader';
import type { Logger } from '../logger';

/** What every resolver gets: a request-scoped reader with its own batching loaders, and the request's logger. */
export interface GraphContext {
  graph: GraphReader;
  /** Logs with the request id. */
  logger?: Logger;
}
