import type { ApolloServerPlugin } from '@apollo/server';

/**
 * The bytes of `s` as a JSON string, counted in one pass over its characters; a string JSON
 * writes other than as its own characters (a quote, a backslash, a control character, a
 * surrogate) is measured by writing it.
 */
function stringSize(s: string): number {
  let bytes = 2;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20 || c === 0x22 || c === 0x5c) return Buffer.byteLength(JSON.stringify(s));
      bytes += 1;
    } else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdfff) return Buffer.byteLength(JSON.stringify(s));
    else bytes += 3;
  }
  return bytes;
}

/** At most the bytes of `s` as a JSON string: JSON writes no UTF-16 unit in more than 6 bytes (`\u001f`). */
const stringBound = (s: string) => 6 * s.length + 2;

/**
 * The size in bytes of `value` written as JSON, counted without writing it (about twice as fast
 * as writing it); stops counting once past `limit` (the answer is then some number above it).
 */
export function jsonSize(value: unknown, limit = Infinity): number {
  return walk(value, limit, stringSize);
}

/**
 * Whether `value` written as JSON takes at most `maxBytes`. Most answers are far below: a bound
 * that reads only string lengths says so without looking at their characters; only an answer the
 * bound does not settle is counted exactly.
 */
export function fitsInJson(value: unknown, maxBytes: number): boolean {
  return walk(value, maxBytes, stringBound) <= maxBytes || jsonSize(value, maxBytes) <= maxBytes;
}

function walk(value: unknown, limit: number, sizeOf: (s: string) => number): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length && total <= limit) {
    const v = stack.pop();
    if (typeof v === 'string') total += sizeOf(v);
    else if (typeof v === 'number') total += String(v).length;
    else if (typeof v === 'boolean') total += v ? 4 : 5;
    else if (v === null || v === undefined) total += 4;
    else if (Array.isArray(v)) {
      // Brackets and commas.
      total += 1 + Math.max(1, v.length);
      for (let i = 0; i < v.length; i += 1) stack.push(v[i]);
    } else if (typeof v === 'object') {
      let fields = 0;
      for (const key in v) {
        const item = (v as Record<string, unknown>)[key];
        if (item === undefined) continue;
        fields += 1;
        total += sizeOf(key) + 1;
        stack.push(item);
      }
      // Braces and commas.
      total += 1 + Math.max(1, fields);
    }
  }
  return total;
}

/**
 * Refuses an answer larger than `maxBytes` before it is serialized (so neither the JSON text
 * nor the memory it would take is ever made): the client gets RESPONSE_TOO_LARGE instead.
 * The query limits estimate the work; this bounds the bytes, whatever the estimate missed.
 */
export function responseSizePlugin<T extends object>(maxBytes: number): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          if (fitsInJson(response.body.singleResult, maxBytes)) return;
          response.body.singleResult = {
            errors: [
              {
                message: `the answer would be over ${maxBytes} bytes, the largest this server sends; ask for fewer items or fields`,
                extensions: { code: 'RESPONSE_TOO_LARGE' },
              },
            ],
          };
          response.http.status = 400;
        },
      };
    },
  };
}
