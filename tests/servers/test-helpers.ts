// Helpers for the test servers' own vitest suites: servers started on a loopback port and always closed
// after, raw HTTP requests (to set Host freely), SSE/NDJSON splitting, and reading a body that may break off.
import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, onTestFinished } from 'vitest';

/** What every loopback test server has: a way to stop listening and drop its connections. */
export interface Closable {
  close(): Promise<void>;
}

/**
 * A server started on a free loopback port before each test of the calling file (or once for the whole
 * file, with scope 'file') and closed after it, pass or fail. The returned object stands for the server
 * that is running now, so module-level helpers can use it like the server itself (`openai.baseUrl`).
 */
export function loopbackServer<S extends Closable>(start: () => Promise<S>, scope: 'test' | 'file' = 'test'): S {
  let current: S | undefined;
  (scope === 'test' ? beforeEach : beforeAll)(async () => {
    current = await start();
  });
  (scope === 'test' ? afterEach : afterAll)(async () => {
    const server = current;
    current = undefined;
    await server?.close();
  });
  return new Proxy({} as S, {
    get(_target, key) {
      if (current === undefined) throw new Error('The loopback server runs only while its tests do');
      const value: unknown = Reflect.get(current, key, current);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(current) : value;
    },
  });
}

/** Starts a server for the running test only; it is closed when the test ends, pass or fail. */
export async function startForTest<S extends Closable>(starting: Promise<S>): Promise<S> {
  const server = await starting;
  onTestFinished(() => server.close());
  return server;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A plain node:http request, so Host and Origin can be anything. */
export function rawRequest(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (p: Buffer) => parts.push(p));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString('utf8') }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/** The JSON payloads of `data:` events; '[DONE]' stays a string. */
export function sseData(text: string): unknown[] {
  return text
    .split('\n\n')
    .map((event) => event.trim())
    .filter((event) => event.startsWith('data: '))
    .map((event) => event.slice(6))
    .map((data) => (data === '[DONE]' ? data : (JSON.parse(data) as unknown)));
}

export function ndjson(text: string): unknown[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}

/** Reads a body to its end or its failure: what arrived, and the error if it broke off. */
export async function readUntilBreak(res: Response): Promise<{ text: string; error: unknown }> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { text, error: undefined };
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    return { text, error };
  }
}

export const chatBody = (extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ model: 'test-model', messages: [{ role: 'user', content: 'Hello there' }], ...extra });

export const postJson = (url: string, body: string, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
