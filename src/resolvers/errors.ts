import { GraphQLError } from 'graphql';
import { UnknownScopeError } from '../graph/reader';

/** Error codes clients can rely on (extensions.code). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export function badInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argumentName ? { argumentName } : {}) },
  });
}

/** An id that names no node, where the field cannot answer null (neighborhood, shortestPath). */
export function notFound(message: string, argumentName: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NOT_FOUND, argumentName } });
}

/** An integer argument within bounds, or a BAD_USER_INPUT error naming the argument (never silently clipped). */
export function boundedInt(
  name: string,
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw badInput(`${name} must be between ${min} and ${max}, got ${n}`, name);
  }
  return n;
}

/** Runs a read whose filter names a report or county: one that is not loaded is the client's mistake, said so. */
export async function withScope<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof UnknownScopeError) throw badInput(error.message, error.argument);
    throw error;
  }
}
