// The only place that calls fetch. Sends exactly the headers given, enforces an optional timeout until
// the response headers arrive, turns every failure into a ProviderError and reports each exchange
// (redacted) to an optional observer for the request inspector. A request that carries an API key
// never follows a redirect (`redirect: 'manual'`): the key and the chat go to the connection's own
// address or nowhere.
import { abortableBody } from './abortable-body.ts';
import {
  abortedError,
  httpError,
  invalidUrlError,
  networkError,
  redirectError,
  timeoutError,
  type UrlProblem,
} from './create-error.ts';
import { capText, readCapped } from './read-capped.ts';
import { recordedBody } from './record-body.ts';
import { carriesSecret, redactHeaders, redactUrl } from './redact.ts';
import type { ProviderError, RequestRecord, ResponseRecord } from './errors.ts';

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** An upload: fetch sets the multipart Content-Type with its boundary, so the headers must not. */
export interface UploadRequest extends Omit<HttpRequest, 'body'> {
  body: FormData;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** One request/response pair as the request inspector shows it. Secrets are already redacted. */
export interface ExchangeRecord {
  id: string;
  /** wall-clock start, ms since epoch */
  started_at: number;
  /** until the response headers (streams) or the full body (text reads) or the failure */
  duration_ms: number;
  request: RequestRecord;
  /** body is the start of the text; empty for streamed replies, which are reported at headers time */
  response?: ResponseRecord;
  error?: ProviderError;
}

export interface HttpOptions {
  fetch?: FetchLike;
  /** the user's cancel signal; also stops a body that is still streaming */
  signal?: AbortSignal;
  /** give up when no response headers arrived in time (for text reads: no full body) */
  timeoutMs?: number;
  /** Chrome Local Network Access hint; passed to fetch only when set */
  targetAddressSpace?: 'loopback' | 'local';
  onExchange?: (record: ExchangeRecord) => void;
  /** monotonic clock in ms, injectable for tests */
  now?: () => number;
}

export interface OpenResponse {
  request: RequestRecord;
  /** status and headers; `body` is '' because the body has not been read */
  response: ResponseRecord;
  raw: Response;
}

export interface TextResponse {
  request: RequestRecord;
  response: ResponseRecord;
  /** the whole body text (the `response.body` record holds only its capped start) */
  text: string;
}

export const ERROR_BODY_CAP = 16 * 1024;

/** The platform's fetch, late-bound. Diagnosis probes take it from here so fetch stays called in one file. */
export const platformFetch: FetchLike = (input, init) => globalThis.fetch(input, init);

let exchangeCounter = 0;

/** The redacted record of a request, as stored in errors, events and the inspector. */
export function recordRequest(request: HttpRequest | UploadRequest): RequestRecord {
  const record: RequestRecord = {
    method: request.method,
    url: redactUrl(request.url),
    headers: redactHeaders(request.headers),
  };
  if (request.body !== undefined) record.body = recordedBody(request.body);
  return record;
}

/** Sends the request and resolves once a 2xx response's headers arrive; the body is left unread. Throws ProviderError. */
export async function sendRequest(
  request: HttpRequest | UploadRequest,
  options: HttpOptions = {},
): Promise<OpenResponse> {
  const exchange = startExchange(request, options);
  const opened = await open(request, options, exchange);
  exchange.clearTimeout();
  exchange.report({ response: opened.response });
  return opened;
}

/** Sends the request and reads the whole 2xx body as text; the timeout covers the body too. Throws ProviderError. */
export async function fetchText(
  request: HttpRequest | UploadRequest,
  options: HttpOptions = {},
): Promise<TextResponse> {
  const exchange = startExchange(request, options);
  const opened = await open(request, options, exchange);
  let text: string;
  try {
    // the abort-aware wrapper makes our timeout stop a body that never ends, whatever fetch does
    const body = opened.raw.body;
    text = body === null ? '' : await new Response(abortableBody(body, exchange.signal)).text();
  } catch (cause) {
    const error = exchange.failure(cause, 'stream', opened.response);
    exchange.report({ response: opened.response, error });
    throw error;
  } finally {
    exchange.clearTimeout();
  }
  const response = { ...opened.response, body: capText(text, ERROR_BODY_CAP) };
  exchange.report({ response });
  return { request: opened.request, response, text };
}

/**
 * Why this URL must not be passed to fetch, or undefined when it may. Parsed with no base on purpose:
 * fetch would resolve a relative or scheme-less URL against the page, sending the key to whoever hosts it.
 */
export function requestUrlProblem(url: string): UrlProblem | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not-absolute';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'scheme';
  if (parsed.username !== '' || parsed.password !== '') return 'credentials';
  return undefined;
}

async function open(
  request: HttpRequest | UploadRequest,
  options: HttpOptions,
  exchange: Exchange,
): Promise<OpenResponse> {
  const record = exchange.request;
  const urlProblem = requestUrlProblem(request.url);
  if (urlProblem !== undefined) {
    exchange.clearTimeout();
    const error = invalidUrlError(record, urlProblem);
    exchange.report({ error });
    throw error;
  }
  if (options.signal?.aborted) {
    exchange.clearTimeout();
    const error = abortedError(record, 'request', options.signal.reason);
    exchange.report({ error });
    throw error;
  }
  const init: RequestInit & { targetAddressSpace?: 'loopback' | 'local' } = {
    method: request.method,
    headers: request.headers,
    signal: exchange.signal,
    // never from the HTTP cache: a model list cached by a server's (or proxy's) max-age would hide a model
    // loaded since, and a copy cached when the user opened the same address in a tab (no Origin: a server
    // that echoes it sent an empty Access-Control-Allow-Origin) fails the CORS check
    cache: 'no-store',
  };
  if (request.body !== undefined) init.body = request.body;
  const guarded = carriesSecret(request.headers);
  if (guarded) init.redirect = 'manual';
  if (options.targetAddressSpace !== undefined) init.targetAddressSpace = options.targetAddressSpace;

  const fetchFn: FetchLike = options.fetch ?? platformFetch;
  let raw: Response;
  try {
    raw = await fetchFn(request.url, init);
  } catch (cause) {
    exchange.clearTimeout();
    const error = exchange.failure(cause, 'request');
    exchange.report({ error });
    throw error;
  }

  if (guarded && isRedirect(raw)) {
    exchange.clearTimeout();
    await raw.body?.cancel().catch(() => undefined);
    const error = redirectError(record, raw.status || undefined, raw.headers.get('location') ?? undefined);
    exchange.report({ error });
    throw error;
  }

  const response: ResponseRecord = {
    status: raw.status,
    statusText: raw.statusText,
    headers: readHeaders(raw.headers),
    body: '',
  };
  if (raw.status < 200 || raw.status > 299) {
    response.body = raw.body === null ? '' : await readCapped(abortableBody(raw.body, exchange.signal), ERROR_BODY_CAP);
    exchange.clearTimeout();
    const error = httpError(record, response);
    exchange.report({ response, error });
    throw error;
  }
  return { request: record, response, raw };
}

interface Exchange {
  request: RequestRecord;
  signal: AbortSignal;
  clearTimeout(): void;
  failure(cause: unknown, phase: ProviderError['phase'], response?: ResponseRecord): ProviderError;
  report(result: { response?: ResponseRecord; error?: ProviderError }): void;
}

function startExchange(request: HttpRequest | UploadRequest, options: HttpOptions): Exchange {
  const now = options.now ?? (() => performance.now());
  const t0 = now();
  const startedAt = Date.now();
  const id = `x${startedAt.toString(36)}-${++exchangeCounter}`;
  const record = recordRequest(request);

  // One controller for fetch: the user's signal and our timeout both abort it; flags tell them apart.
  const controller = new AbortController();
  let timedOut = false;
  const userSignal = options.signal;
  userSignal?.addEventListener('abort', () => controller.abort(userSignal.reason), { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (options.timeoutMs !== undefined && options.timeoutMs > 0) {
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException('The request timed out', 'TimeoutError'));
    }, options.timeoutMs);
  }

  return {
    request: record,
    signal: controller.signal,
    clearTimeout() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
    failure(cause, phase, response) {
      if (timedOut) return timeoutError(record, options.timeoutMs ?? 0, cause);
      if (userSignal?.aborted) return abortedError(record, phase, cause);
      return networkError(record, cause, phase, response);
    },
    report(result) {
      if (!options.onExchange) return;
      const entry: ExchangeRecord = {
        id,
        started_at: startedAt,
        duration_ms: Math.max(0, now() - t0),
        request: record,
        ...result,
      };
      try {
        options.onExchange(entry);
      } catch {
        // an observer's bug must not break the request
      }
    },
  };
}

/** Browsers give an unfollowed redirect as type 'opaqueredirect' (status 0); other fetches give the 3xx itself. */
function isRedirect(raw: Response): boolean {
  return raw.type === 'opaqueredirect' || (raw.status >= 300 && raw.status < 400 && raw.status !== 304);
}

function readHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = value;
  });
  return out;
}
