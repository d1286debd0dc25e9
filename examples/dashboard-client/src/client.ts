import { Client, fetchExchange } from '@urql/core';

/**
 * A urql client for the server. Short queries go out as GET (urql's default, cacheable by the
 * server's ETag); CSRF prevention accepts a GET only with a header a browser cannot send across
 * origins without asking, so the client sends `apollo-require-preflight: true` on every request.
 * In a browser on another origin, list that origin in the server's CORS_ORIGINS.
 */
export function createReportClient(url: string): Client {
  return new Client({
    url,
    exchanges: [fetchExchange],
    preferGetMethod: 'within-url-limit',
    fetchOptions: { headers: { 'apollo-require-preflight': 'true' } },
  });
}
