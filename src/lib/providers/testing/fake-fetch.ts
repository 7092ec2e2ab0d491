// A fake fetch for tests: records calls, answers from a handler, and honours the abort signal the way
// browsers do (rejects the pending fetch with the signal's reason). Used only by tests.
import type { FetchLike } from '../http.ts';

export interface FetchCall {
  url: string;
  init: RequestInit & { targetAddressSpace?: string };
}

export type FetchHandler = (call: FetchCall) => Response | Promise<Response>;

export function fakeFetch(handler: FetchHandler): FetchLike & { calls: FetchCall[] } {
  const calls: FetchCall[] = [];
  const fn = (url: string, init: RequestInit) => {
    const call = { url, init };
    calls.push(call);
    const signal = init.signal;
    return new Promise<Response>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      Promise.resolve()
        .then(() => handler(call))
        .then(resolve, reject);
    });
  };
  return Object.assign(fn, { calls });
}

/** A fetch that never answers (until aborted). */
export const hangingFetch = () => fakeFetch(() => new Promise<Response>(() => undefined));

/** A body that sends the given chunks, then either ends, stays open, or errors like a dropped connection. */
export function bodyStream(
  chunks: readonly (string | Uint8Array)[],
  end: 'close' | 'hang' | 'error' = 'close',
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[i++];
      if (chunk !== undefined) {
        controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
        return;
      }
      if (end === 'close') controller.close();
      else if (end === 'error') controller.error(new TypeError('network error'));
      else return new Promise<void>(() => undefined);
    },
  });
}
