// Builders for ProviderError values. Building an error never throws; messages are short sentences,
// the server's own words when it gave any. Nothing here looks at error message text to decide a kind.
import { tr } from '../i18n/active-language.ts';
import { parseErrorBody, messageFromJson } from './error-body.ts';
import { isRecord } from '../util/is-record.ts';
import type { ProviderError, RequestRecord, ResponseRecord } from './errors.ts';
import { redirectMessage, urlProblemMessage, type UrlProblem } from './refusal-messages.ts';

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
  else if (isHtml) message = tr('{status} (the server sent an HTML page, not an API error)', { status });
  else if (response.body.trim() === '') message = tr('{status} (empty body)', { status });
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
    message: serverMessage ?? tr('The server reported an error without a message'),
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
    message:
      phase === 'request'
        ? tr('The request got no response')
        : tr('The connection broke while the reply was streaming'),
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
    message: tr('The request was cancelled'),
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
    message: tr('No response within {duration}', { duration: formatSeconds(timeoutMs) }),
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
    message: tr('This connection needs an API key; add one in its settings'),
    phase: 'request',
    request,
    retryable: false,
  };
}

export type { UrlProblem };

/** Raised before fetch for a URL that must not be sent (it would go to the page's own host, or fetch refuses it). */
export function invalidUrlError(request: RequestRecord, problem: UrlProblem): ProviderError {
  return {
    name: 'ProviderError',
    kind: 'http',
    code: 'invalid-url',
    message: urlProblemMessage(problem),
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
  return {
    name: 'ProviderError',
    kind: 'http',
    code: 'redirect',
    message: redirectMessage(status ? `HTTP ${status}` : undefined, location),
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
  const facts = { host: hostOf(request.url), duration: seconds(silentMs) };
  return {
    name: 'ProviderError',
    kind: 'timeout',
    message: duringText
      ? tr('No data from {host} for {duration}; the stream was stopped. The text received so far is kept.', facts)
      : tr('No data from {host} for {duration} while waiting for the first token; the request was stopped.', facts),
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
      ? tr(
          'The server sent a line longer than {size} without a line break; the stream was stopped. The text received so far is kept.',
          { size },
        )
      : tr("The server's reply is larger than {size}; reading it was stopped.", { size });
  return invalidResponseError(request, response, message, 'stream');
}

/** A 2xx whose body is an HTML page (a web UI, a proxy's login or error page) instead of the API's reply. */
export function webPageReplyError(request: RequestRecord, response: ResponseRecord): ProviderError {
  return invalidResponseError(
    request,
    response,
    tr(
      'The server answered with a web page (HTML), not a chat stream. The base URL may point at a web UI, a login page or a proxy instead of the API.',
    ),
    'stream',
  );
}

/** A 2xx with nothing in it. */
export function emptyReplyError(request: RequestRecord, response: ResponseRecord): ProviderError {
  return invalidResponseError(
    request,
    response,
    tr('The server sent an empty reply ({status} with no content).', { status: `HTTP ${response.status}` }),
    'stream',
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return tr('the server');
  }
}

/** 60 → "0.06 s", 2000 → "2 s", 120000 → "120 s" */
function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(2))} s`;
}
