// Shared machinery of the loopback test servers: listening, request recording, runtime behaviour
// switches (behave/reset), the hold gate behind holdStream (release/waitForHold) and clean shutdown.
import { isTitleRequest } from './title-requests.ts';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Misbehaviour, RecordedRequest } from './server-types.ts';

export * from './server-types.ts';

export interface ServerContext<C> {
  req: IncomingMessage;
  res: ServerResponse;
  record: RecordedRequest;
  config: C;
  /** Aborted when the client goes away or the server closes. */
  signal: AbortSignal;
  /** Resolves at once unless holdStream is armed; then waits for release(). */
  hold: () => Promise<void>;
}

export type Handler<C> = (ctx: ServerContext<C>) => Promise<void> | void;
/** Runs on each record before anyone sees it (e.g. to attach `validation`). */
export type Annotate<C> = (record: RecordedRequest, config: C) => void;

export interface ListenOptions {
  /** Default 0 (a free port). */
  port?: number;
  /** Default 127.0.0.1. Never bind beyond loopback. */
  host?: string;
}

function flattenHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
  settled: boolean;
}
function deferred(): Deferred {
  let settle!: () => void;
  const promise = new Promise<void>((r) => (settle = r));
  const d: Deferred = {
    promise,
    settled: false,
    resolve: () => {
      d.settled = true;
      settle();
    },
  };
  return d;
}

export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

export class TestServer<C extends Misbehaviour> {
  readonly requests: RecordedRequest[] = [];
  /** the app's automatic-title requests, kept apart from `requests` (title-requests.ts) */
  readonly titleRequests: RecordedRequest[] = [];
  config: C;
  private readonly initial: C;
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly closing = new AbortController();
  private gate: Deferred | undefined;
  private holdWaiters: Array<() => void> = [];
  private held = 0;
  private address = { host: '127.0.0.1', port: 0 };
  private requestWaiters: Array<{ match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }> = [];

  constructor(
    initial: C,
    handler: Handler<C>,
    private readonly annotate?: Annotate<C>,
  ) {
    this.initial = structuredClone(initial);
    this.config = structuredClone(initial);
    if (this.config.holdStream !== false) this.gate = deferred();
    this.server = createServer((req, res) => void this.dispatch(req, res, handler));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  /** http://127.0.0.1:<port> (no trailing slash). */
  get url(): string {
    return this.urlWithHost(this.address.host);
  }
  get port(): number {
    return this.address.port;
  }
  /** The same server under another host name, e.g. 'localhost' or 'lan.test' (mapped to loopback). */
  urlWithHost(hostname: string): string {
    const host = hostname.includes(':') ? `[${hostname}]` : hostname;
    return `http://${host}:${this.address.port}`;
  }

  async listen(options: ListenOptions = {}): Promise<this> {
    const host = options.host ?? '127.0.0.1';
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(options.port ?? 0, host, () => resolve());
    });
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    this.address = { host, port: address.port };
    return this;
  }

  /** Patch the configuration (misbehaviour switches, reply, models...) for the following requests. */
  behave(patch: Partial<C>): void {
    this.config = { ...this.config, ...patch };
    if ('holdStream' in patch) {
      this.gate?.resolve();
      this.gate = patch.holdStream === false ? undefined : deferred();
    }
  }

  /** Back to the options the server started with; releases any held stream. Keeps the request log. */
  reset(): void {
    this.gate?.resolve();
    this.config = structuredClone(this.initial);
    this.gate = this.config.holdStream !== false ? deferred() : undefined;
  }

  /** Let held streams (holdStream) continue. Streams that reach the hold point later pass straight on. */
  release(): void {
    this.gate?.resolve();
  }

  /** Resolves once a response is paused by holdStream (at once if one already is). */
  waitForHold(): Promise<void> {
    if (this.held > 0) return Promise.resolve();
    return new Promise((resolve) => this.holdWaiters.push(resolve));
  }

  /** Requests, optionally only those to `path`; without `method`, preflights (OPTIONS) are left out. */
  requestsTo(path?: string, method?: string): RecordedRequest[] {
    return this.requests.filter((r) => matches(r, path, method));
  }
  lastRequest(path?: string, method?: string): RecordedRequest | undefined {
    return this.requestsTo(path, method).at(-1);
  }
  preflights(path?: string): RecordedRequest[] {
    return this.requestsTo(path, 'OPTIONS');
  }
  /** Resolves with the first request (recorded from now on, or already recorded) matching path/method. */
  waitForRequest(path?: string, method?: string, timeoutMs = 10_000): Promise<RecordedRequest> {
    const existing = this.requestsTo(path, method)[0];
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method ?? ''} request to ${path ?? '*'}`)), timeoutMs);
      this.requestWaiters.push({
        match: (r) => matches(r, path, method),
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      });
    });
  }
  clearRequests(): void {
    this.requests.length = 0;
    this.titleRequests.length = 0;
  }

  async close(): Promise<void> {
    this.closing.abort();
    this.gate?.resolve();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse, handler: Handler<C>): Promise<void> {
    const rawBytes = await readBody(req);
    const rawBody = rawBytes.toString('utf8');
    const target = new URL(req.url ?? '/', 'http://test.invalid');
    const headers = flattenHeaders(req);
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: target.pathname,
      url: req.url ?? '/',
      headers,
      origin: headers['origin'],
      host: headers['host'],
      rawBody,
      rawBytes,
      json: parseJson(rawBody),
      time: Date.now(),
    };
    const config = this.config;
    this.annotate?.(record, config);
    if (isTitleRequest(rawBody)) this.titleRequests.push(record);
    else {
      this.requests.push(record);
      this.requestWaiters = this.requestWaiters.filter((w) => (w.match(record) ? (w.resolve(record), false) : true));
    }
    const gone = new AbortController();
    const abort = (): void => gone.abort();
    this.closing.signal.addEventListener('abort', abort, { once: true });
    // a finished response must let go of the server-wide signal, or listeners pile up on it
    res.on('close', () => {
      this.closing.signal.removeEventListener('abort', abort);
      abort();
    });
    const ctx: ServerContext<C> = {
      req,
      res,
      record,
      config,
      signal: gone.signal,
      hold: () => this.hold(gone.signal),
    };
    try {
      if (config.hang === true || config.hang === record.path) return; // never answer
      await handler(ctx);
    } catch (error) {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(`test server error: ${String(error)}`);
      } else res.destroy();
    }
  }

  private async hold(signal: AbortSignal): Promise<void> {
    const gate = this.gate;
    if (!gate || gate.settled) return;
    this.held += 1;
    for (const wake of this.holdWaiters.splice(0)) wake();
    await Promise.race([
      gate.promise,
      new Promise<void>((r) => signal.addEventListener('abort', () => r(), { once: true })),
    ]);
    this.held -= 1;
  }
}

function matches(r: RecordedRequest, path: string | undefined, method: string | undefined): boolean {
  if (path !== undefined && r.path !== path) return false;
  if (method !== undefined) return r.method === method.toUpperCase();
  return r.method !== 'OPTIONS';
}
