// Test-only builders: page contexts, ProviderErrors and fake fetch functions for the diagnostics tests.
import type { ProviderError, ProviderErrorKind } from '../providers/errors.ts';
import type { PageContext } from './page-context.ts';

export const HTTP_PAGE_ORIGIN = 'http://app.test:4173';
export const HTTPS_PAGE_ORIGIN = 'https://switchboard.example';

export function page(overrides: Partial<PageContext> = {}): PageContext {
  const origin = overrides.origin ?? HTTPS_PAGE_ORIGIN;
  const url = new URL(origin);
  return {
    origin,
    protocol: url.protocol,
    hostname: url.hostname,
    isSecureContext: url.protocol === 'https:' || url.hostname === 'localhost',
    browser: 'chromium',
    lnaSupported: true,
    lnaPermission: 'granted',
    ...overrides,
  };
}

export const httpsChrome = (o: Partial<PageContext> = {}) => page({ origin: HTTPS_PAGE_ORIGIN, ...o });
export const httpChrome = (o: Partial<PageContext> = {}) => page({ origin: HTTP_PAGE_ORIGIN, ...o });
export const httpsFirefox = (o: Partial<PageContext> = {}) =>
  page({ origin: HTTPS_PAGE_ORIGIN, browser: 'firefox', lnaSupported: false, lnaPermission: 'unknown', ...o });
export const httpsSafari = (o: Partial<PageContext> = {}) =>
  page({ origin: HTTPS_PAGE_ORIGIN, browser: 'safari', lnaSupported: false, lnaPermission: 'unknown', ...o });

export function providerError(
  kind: ProviderErrorKind,
  opts: {
    url?: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    status?: number;
    statusText?: string;
    responseBody?: string;
    responseHeaders?: Record<string, string>;
    serverMessage?: string;
    phase?: 'request' | 'stream';
    cause?: string;
  } = {},
): ProviderError {
  const err: ProviderError = {
    name: 'ProviderError',
    kind,
    message: opts.serverMessage ?? 'request failed',
    phase: opts.phase ?? 'request',
    request: {
      method: opts.method ?? 'POST',
      url: opts.url ?? 'http://localhost:11434/v1/chat/completions',
      headers: opts.headers ?? { 'content-type': 'application/json' },
      ...(opts.body !== undefined ? { body: opts.body } : {}),
    },
    retryable: false,
  };
  if (opts.status !== undefined) {
    err.response = {
      status: opts.status,
      statusText: opts.statusText ?? '',
      headers: opts.responseHeaders ?? { 'content-type': 'application/json' },
      body: opts.responseBody ?? '',
    };
  }
  if (opts.serverMessage !== undefined) err.serverMessage = opts.serverMessage;
  if (opts.cause !== undefined) err.cause = opts.cause;
  return err;
}

export interface FakeCall {
  url: string;
  init: RequestInit & { targetAddressSpace?: string };
}

type Handler = (url: string, init: FakeCall['init']) => Response | 'network-error' | 'hang' | Promise<Response>;

/** A fetch that records calls and answers through `handler`; 'hang' waits for the abort signal. */
export function fakeFetch(handler: Handler): { fetch: typeof fetch; calls: FakeCall[] } {
  const calls: FakeCall[] = [];
  const fn = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, init });
    const signal = init.signal;
    if (signal?.aborted) throw signal.reason;
    const out = handler(url, init);
    if (out === 'network-error') throw new TypeError('fake network failure');
    if (out === 'hang') {
      return new Promise<Response>((_, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    }
    return out;
  };
  return { fetch: fn as typeof fetch, calls };
}
