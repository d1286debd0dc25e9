import { request } from 'node:http';
import autocannon from 'autocannon';
import type { Contestant } from './processes';
import { WORKLOADS, type WorkloadName } from './workloads';

/**
 * What our server does to responses, measured apart from the engine (the timed cells send no
 * Accept-Encoding and POST, so they are never compressed or cached): the size of each workload's
 * answer as it is and compressed, and conditional GET, an unchanged answer costing a 304.
 */

export interface SizeRecord {
  workload: string;
  identityBytes: number;
  gzipBytes: number;
  brBytes: number;
}

export interface ConditionalRecord {
  workload: string;
  connections: number;
  /** GET, no If-None-Match: the query runs. */
  fullRps: number;
  fullP50: number;
  /** GET with the ETag of the previous answer: 304, no query. */
  notModifiedRps: number;
  notModifiedP50: number;
  etag: string;
}

export interface ResponsesRecord {
  sizes: SizeRecord[];
  conditional: ConditionalRecord[];
}

function rawPost(url: string, body: string, encoding: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': encoding } },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve({ bytes, encoding: String(res.headers['content-encoding'] ?? 'identity') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function getUrl(base: string, workload: WorkloadName): string {
  const { query, variables } = WORKLOADS[workload].ours;
  const params = new URLSearchParams({ query });
  if (variables) params.set('variables', JSON.stringify(variables));
  return `${base}?${params.toString()}`;
}

const GET_HEADERS = { 'apollo-require-preflight': 'true' };

function hammer(url: string, headers: Record<string, string>, connections: number, seconds: number) {
  return new Promise<autocannon.Result>((resolve, reject) =>
    autocannon({ url, method: 'GET', headers, connections, duration: seconds }, (error, result) =>
      error ? reject(error) : resolve(result),
    ),
  );
}

export async function measureResponses(
  ours: Contestant,
  workloads: WorkloadName[],
  options: { connections: number; seconds: number; conditional: WorkloadName[] },
): Promise<ResponsesRecord> {
  const sizes: SizeRecord[] = [];
  for (const workload of workloads) {
    const body = JSON.stringify(WORKLOADS[workload].ours);
    const [identity, gzip, br] = await Promise.all(
      ['identity', 'gzip', 'br'].map((encoding) => rawPost(ours.url, body, encoding)),
    );
    sizes.push({ workload, identityBytes: identity.bytes, gzipBytes: gzip.bytes, brBytes: br.bytes });
  }
  const conditional: ConditionalRecord[] = [];
  for (const workload of options.conditional.filter((w) => workloads.includes(w))) {
    const url = getUrl(ours.url, workload);
    const first = await fetch(url, { headers: GET_HEADERS });
    const etag = first.headers.get('etag');
    await first.text();
    if (!first.ok || !etag) throw new Error(`${workload}: GET answered ${first.status} without an ETag`);
    const full = await hammer(url, GET_HEADERS, options.connections, options.seconds);
    const cached = await hammer(url, { ...GET_HEADERS, 'if-none-match': etag }, options.connections, options.seconds);
    if (cached.non2xx !== cached.requests.total) {
      // autocannon counts 304 as non-2xx: every answer must have been one.
      throw new Error(`${workload}: ${cached.requests.total - cached.non2xx} conditional GETs were not answered 304`);
    }
    conditional.push({
      workload,
      connections: options.connections,
      fullRps: full.requests.total / full.duration,
      fullP50: full.latency.p50,
      notModifiedRps: cached.requests.total / cached.duration,
      notModifiedP50: cached.latency.p50,
      etag,
    });
  }
  return { sizes, conditional };
}
