// Builders for ProviderError values. Building an error never throws; messages are short sentences,
// the server's own words when it gave any. Nothing here looks at error message text to decide a kind.
import { parseErrorBody, messageFromJson } from './error-body.ts';
import { isRecord } from '../util/is-record.ts';
import type { ProviderError, RequestRecord, ResponseRecord } from './errors.ts';

type Phase = ProviderError['phase'];

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** A non-2xx answer. */
export function httpError(request: RequestRecord, response: ResponseRecord): ProviderError {
  const { serverMessage, isHtml } = parseErrorBody(response.body);
  const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  let message: string;
  if (serverMessage !== undefined) message = serverMessage;
  else if (isHtml) message = `${status} (the server sent an HTML page, not an API error)`;
  else if (response.body.trim() === '') message = `${status} (empty body)`;
  else message = status;
  return {
    name: 'ProviderError',
    kind: 'http',
    message,
    ...(serverMessage !== undefined ? { serverMessage } : {}),
    phase: 'request',
    request,
    response,
    retryable: isRetryableStatus(response.status),
  };
}

/** An error object the server sent inside a 2xx body: SSE `data: {"error":…}` or Ollama's `{"error":"…"}` line. */
export function inBodyServerError(
  request: RequestRecord,
  response: ResponseRecord,
  json: unknown,
  phase: Phase,
): ProviderError {
  const serverMessage = messageFromJson(json);
  const code = isRecord(json) && isRecord(json.error) ? json.error.code : undefined;
  return {
    name: 'ProviderError',
    kind: 'http',
    message: serverMessage ?? 'The server reported an error without a message',
    ...(serverMessage !== undefined ? { serverMessage } : {}),
    phase,
    request,
    response,
    // vLLM and llama.cpp put the HTTP-like status in error.code
    retryable: typeof code === 'number' ? isRetryableStatus(code) : false,
  };
}

export function networkError(
  request: RequestRecord,
  cause: unknown,
  phase: Phase,
  response?: ResponseRecord,
): ProviderError {
  return {
    name: 'ProviderError',
    kind: 'network',
    message: phase === 'request' ? 'The request got no response' : 'The connection broke while the reply was streaming',
    phase,
    request,
    ...(response ? { response } : {}),
    retryable: true,
    cause: describeCause(cause),
  };
}

export function abortedError(request: RequestRecord, phase: Phase, cause?: unknown): ProviderError {
  return {
    name: 'ProviderError',
    kind: 'aborted',
    message: 'The request was cancelled',
    phase,
    request,
    retryable: false,
    ...(cause !== undefined ? { cause: describeCause(cause) } : {}),
  };
}

export function timeoutError(request: RequestRecord, timeoutMs: number, cause?: unknown): ProviderError {
  return {
    name: 'ProviderError',
    kind: 'timeout',
    message: `No response within ${formatSeconds(timeoutMs)}`,
    phase: 'request',
    request,
    retryable: true,
    ...(cause !== undefined ? { cause: describeCause(cause) } : {}),
  };
}

export function invalidResponseError(
  request: RequestRecord,
  response: ResponseRecord | undefined,
  message: string,
  phase: Phase,
  cause?: unknown,
): ProviderError {
  return {
    name: 'ProviderError',
    kind: 'invalid-response',
    message,
    phase,
    request,
    ...(response ? { response } : {}),
    retryable: false,
    ...(cause !== undefined ? { cause: describeCause(cause) } : {}),
  };
}

export function missingApiKeyError(request: RequestRecord): ProviderError {
  return {
    name: 'ProviderError',
    kind: 'http',
    code: 'missing-api-key',
    message: 'This connection needs an API key; add one in its settings',
    phase: 'request',
    request,
    retryable: false,
  };
}

/** Why a URL cannot be sent: see `requestUrlProblem` in http.ts. */
export type UrlProblem = 'not-absolute' | 'scheme' | 'credentials';

const URL_PROBLEM_MESSAGES: Record<UrlProblem, string> = {
  'not-absolute':
    "The server URL is not a full http:// or https:// address; the request was not sent. Edit the connection's base URL",
  scheme: "Only http:// and https:// server URLs work; the request was not sent. Edit the connection's base URL",
  credentials:
    'The server URL contains a user name or password; the request was not sent. Remove them from the base URL and use the API key field',
};

/** Raised before fetch for a URL that must not be sent (it would go to the page's own host, or fetch refuses it). */
export function invalidUrlError(request: RequestRecord, problem: UrlProblem): ProviderError {
  return {
    name: 'ProviderError',
    kind: 'http',
    code: 'invalid-url',
    message: URL_PROBLEM_MESSAGES[problem],
    phase: 'request',
    request,
    retryable: false,
  };
}

/**
 * A request that carries an API key was answered with a redirect, which is not followed. The browser hides
 * the status and target of a redirect it did not follow (status 0), so both are optional.
 */
export function redirectError(request: RequestRecord, status?: number, location?: string): ProviderError {
  const where = location ? ` to ${location}` : '';
  const code = status ? ` (HTTP ${status}${where})` : where;
  return {
    name: 'ProviderError',
    kind: 'http',
    code: 'redirect',
    message: `The server answered with a redirect${code}; it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to`,
    phase: 'request',
    request,
    retryable: false,
  };
}

/** `Name: message` of whatever was thrown; evidence for people, never branched on. */
export function describeCause(cause: unknown): string {
  if (
    cause instanceof Error ||
    (isRecord(cause) && typeof cause.name === 'string' && typeof cause.message === 'string')
  ) {
    const { name, message, cause: inner } = cause as { name: string; message: string; cause?: unknown };
    const own = message ? `${name}: ${message}` : name;
    // Node's fetch wraps the socket error (ECONNREFUSED…) one level down; browsers never do
    const innerText = inner instanceof Error ? ` (${inner.name}: ${inner.message})` : '';
    return own + innerText;
  }
  try {
    return String(cause);
  } catch {
    return 'unknown error';
  }
}

function formatSeconds(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

/** The server went quiet mid-turn (see stream-watchdog.ts); `duringText` says whether text had started. */
export function idleTimeoutError(
  request: RequestRecord,
  response: ResponseRecord | undefined,
  silentMs: number,
  duringText: boolean,
): ProviderError {
  const from = `No data from ${hostOf(request.url)} for ${seconds(silentMs)}`;
  return {
    name: 'ProviderError',
    kind: 'timeout',
    message: duringText
      ? `${from}; the stream was stopped. The text received so far is kept.`
      : `${from} while waiting for the first token; the request was stopped.`,
    phase: response ? 'stream' : 'request',
    request,
    ...(response ? { response } : {}),
    retryable: true,
  };
}

/** A line (or SSE event) without end, or a whole reply too large to hold (see protocol/stream-limits.ts). */
export function streamLimitError(
  request: RequestRecord,
  response: ResponseRecord,
  limit: 'line' | 'body',
  max: number,
): ProviderError {
  const size = `${Math.round(max / (1024 * 1024))} MB`;
  const message =
    limit === 'line'
      ? `The server sent a line longer than ${size} without a line break; the stream was stopped. The text received so far is kept.`
      : `The server's reply is larger than ${size}; reading it was stopped.`;
  return invalidResponseError(request, response, message, 'stream');
}

/** A 2xx whose body is an HTML page (a web UI, a proxy's login or error page) instead of the API's reply. */
export function webPageReplyError(request: RequestRecord, response: ResponseRecord): ProviderError {
  return invalidResponseError(
    request,
    response,
    'The server answered with a web page (HTML), not a chat stream. The base URL may point at a web UI, a login page or a proxy instead of the API.',
    'stream',
  );
}

/** A 2xx with nothing in it. */
export function emptyReplyError(request: RequestRecord, response: ResponseRecord): ProviderError {
  return invalidResponseError(
    request,
    response,
    `The server sent an empty reply (HTTP ${response.status} with no content).`,
    'stream',
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the server';
  }
}

/** 60 → "0.06 s", 2000 → "2 s", 120000 → "120 s" */
function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(2))} s`;
}
