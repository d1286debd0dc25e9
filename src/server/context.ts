import type { GraphReader } from '../graph/reader';

/** What every resolver gets: a request-scoped reader with its own batching loaders. */
export interface GraphContext {
  graph: GraphReader;
}
