import type { ApolloServerPlugin } from '@apollo/server';

/** Whether JSON writes `s` other than as its own characters between quotes (a quote, a backslash, a control character). */
function needsEscape(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c) return true;
  }
  return false;
}

function stringSize(s: string): number {
  return needsEscape(s) ? Buffer.byteLength(JSON.stringify(s)) : Buffer.byteLength(s) + 2;
}

/**
 * The size in bytes of `value` written as JSON, counted without writing it; stops counting
 * once past `limit` (the answer is then some number above it).
 */
export function jsonSize(value: unknown, limit = Infinity): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length && total <= limit) {
    const v = stack.pop();
    if (typeof v === 'string') total += stringSize(v);
    else if (typeof v === 'number') total += String(v).length;
    else if (typeof v === 'boolean') total += v ? 4 : 5;
    else if (v === null || v === undefined) total += 4;
    else if (Array.isArray(v)) {
      total += 2 + Math.max(0, v.length - 1);
      for (const item of v) stack.push(item);
    } else if (typeof v === 'object') {
      const entries = Object.entries(v as object).filter(([, x]) => x !== undefined);
      total += 2 + Math.max(0, entries.length - 1);
      for (const [key, item] of entries) {
        total += stringSize(key) + 1;
        stack.push(item);
      }
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
          const size = jsonSize(response.body.singleResult, maxBytes);
          if (size <= maxBytes) return;
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
