import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import pino from 'pino';
import { summaryLevel, useRequestLogging } from '../../src/server/requestLog';

/** The request id and the one summary line per request (src/server/requestLog.ts). */
function capture(level: pino.Level) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: pino({ level }, stream) };
}

async function serve(level: pino.Level) {
  const { lines, logger } = capture(level);
  const app = express();
  useRequestLogging(app, logger);
  app.get('/ok', (req, res) => {
    req.log.warn('inside');
    res.json({ ok: true });
  });
  app.get('/down', (_req, res) => {
    res.status(503).json({});
  });
  app.get('/health/live', (_req, res) => {
    res.json({});
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { lines, url, close: () => new Promise((resolve) => server.close(resolve)) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('request logging', () => {
  it('logs one summary line per request, and what is logged while serving carries the request id', async () => {
    const { lines, url, close } = await serve('info');
    try {
      const response = await fetch(`${url}/ok?x=1`, { headers: { 'x-request-id': 'trace-7' } });
      expect(response.headers.get('x-request-id')).toBe('trace-7');
      await settle();
      expect(lines).toEqual([
        expect.objectContaining({ level: 40, reqId: 'trace-7', msg: 'inside' }),
        expect.objectContaining({
          level: 30,
          reqId: 'trace-7',
          req: { method: 'GET', url: '/ok?x=1' },
          res: { statusCode: 200 },
          responseTime: expect.any(Number),
          msg: 'request completed',
        }),
      ]);
    } finally {
      await close();
    }
  });

  it('makes up an id when the client sends none or an odd one, and logs 5xx as failures', async () => {
    const { lines, url, close } = await serve('info');
    try {
      const response = await fetch(`${url}/down`, { headers: { 'x-request-id': 'a b<script>' } });
      const id = response.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      await settle();
      expect(lines).toEqual([expect.objectContaining({ level: 40, reqId: id, msg: 'request failed (503)' })]);
    } finally {
      await close();
    }
  });

  it('writes nothing the level leaves out (health checks are debug)', async () => {
    const { lines, url, close } = await serve('warn');
    try {
      await fetch(`${url}/health/live`);
      await fetch(`${url}/down`);
      await settle();
      expect(lines.map((l) => l.msg)).toEqual(['request failed (503)']);
    } finally {
      await close();
    }
  });

  it.each([
    ['/graphql', 200, 'info'],
    ['/graphql', 400, 'info'],
    ['/health/ready', 200, 'debug'],
    ['/graphql', 500, 'error'],
    ['/graphql', 503, 'warn'],
    ['/graphql', 504, 'warn'],
  ] as const)('summary of %s answered %i: %s', (url, status, level) => {
    expect(summaryLevel(url, status)).toBe(level);
  });
});
