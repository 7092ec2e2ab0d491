// Drives one chat turn through an adapter: build → send → parse, adding `start`, measured timings and
// the failures that happen around the parser (abort, timeout, a connection that breaks mid-body).
// Never throws: every outcome ends with exactly one `finish` event.
import type { AdapterEvent, BuiltRequest, ConnectionTarget, ProviderAdapter } from './adapter.ts';
import { abortableBody } from './abortable-body.ts';
import { describeCause, invalidResponseError, networkError } from './create-error.ts';
import { isProviderError, type ProviderError, type RequestRecord } from './errors.ts';
import { recordRequest, sendRequest, type FetchLike, type HttpOptions, type OpenResponse } from './http.ts';
import { requestParams, wantsStream } from './merge-params.ts';
import type { ChatEvent, ChatRequest, FinishReason, Timings } from './types.ts';

export interface StreamChatOptions {
  fetch?: FetchLike;
  /** cancels the turn; the stream then finishes 'aborted', keeping everything already yielded */
  signal?: AbortSignal;
  /** limit until response headers arrive (for stream:false that is the whole generation) */
  timeoutMs?: number;
  targetAddressSpace?: 'loopback' | 'local';
  onExchange?: HttpOptions['onExchange'];
  /** monotonic clock in ms; defaults to performance.now */
  now?: () => number;
}

type FinishEvent = Extract<ChatEvent, { type: 'finish' }>;

export async function* runChatStream(
  adapter: ProviderAdapter,
  target: ConnectionTarget,
  request: ChatRequest,
  options: StreamChatOptions = {},
): AsyncGenerator<ChatEvent, void, undefined> {
  const now = options.now ?? (() => performance.now());
  const t0 = now();
  let firstDeltaAt: number | undefined;
  const finish = (unified: FinishReason, from?: FinishEvent): FinishEvent => withTimings(unified, from, t0, firstDeltaAt, now());

  let built: BuiltRequest;
  try {
    built = adapter.buildChatRequest(target, request);
  } catch (cause) {
    const error = isProviderError(cause) ? cause : internalError(cause, { method: 'POST', url: target.base_url, headers: {} });
    yield { type: 'error', error };
    yield finish('error');
    return;
  }

  let opened: OpenResponse;
  try {
    opened = await sendRequest(built, { ...httpOptions(options), now });
  } catch (cause) {
    const error = isProviderError(cause) ? cause : internalError(cause, recordRequest(built));
    if (error.kind === 'aborted') {
      yield finish('aborted');
      return;
    }
    yield { type: 'error', error };
    yield finish(error.kind === 'timeout' ? 'timeout' : 'error');
    return;
  }

  yield { type: 'start', request: opened.request, model: request.model, warnings: built.warnings };
  const context = { request: opened.request, response: opened.response };
  let parserFinish: FinishEvent | undefined;
  try {
    for await (const event of parse(adapter, opened, wantsStream(requestParams(target, request)), options.signal)) {
      if (event.type === 'finish') {
        parserFinish = event;
        break;
      }
      if (firstDeltaAt === undefined && (event.type === 'text-delta' || event.type === 'reasoning-delta')) firstDeltaAt = now();
      yield event;
    }
  } catch (cause) {
    if (options.signal?.aborted) {
      yield finish('aborted');
      return;
    }
    yield { type: 'error', error: networkError(context.request, cause, 'stream', context.response) };
    yield finish('error');
    return;
  }
  // a fetch that ends the body quietly on abort (instead of erroring it) still counts as the user's abort
  if (options.signal?.aborted && (!parserFinish || parserFinish.reason.unified === 'interrupted')) {
    yield finish('aborted', parserFinish);
    return;
  }
  yield parserFinish ? finish(parserFinish.reason.unified, parserFinish) : finish('interrupted');
}

/** The body as events: parsed as a stream, or whole when stream:false or the server ignored `stream` and sent JSON. */
async function* parse(adapter: ProviderAdapter, opened: OpenResponse, streaming: boolean, signal: AbortSignal | undefined): AsyncGenerator<AdapterEvent> {
  const context = { request: opened.request, response: opened.response };
  const body = opened.raw.body;
  const mediaType = (opened.response.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (!streaming || mediaType === 'application/json' || body === null) {
    const text = body === null ? '' : await new Response(abortableBody(body, signal)).text();
    yield* adapter.parseChatResponse(text, context);
    return;
  }
  yield* adapter.parseChatStream(abortableBody(body, signal), context);
}

function httpOptions(options: StreamChatOptions): HttpOptions {
  const http: HttpOptions = {};
  if (options.fetch) http.fetch = options.fetch;
  if (options.signal) http.signal = options.signal;
  if (options.timeoutMs !== undefined) http.timeoutMs = options.timeoutMs;
  if (options.targetAddressSpace) http.targetAddressSpace = options.targetAddressSpace;
  if (options.onExchange) http.onExchange = options.onExchange;
  return http;
}

/**
 * Measured timings (total, time to first delta) plus the server's speeds; when the server reports no
 * speed, tokens/s is estimated from completion tokens over the time since the first delta (approximate).
 */
function withTimings(unified: FinishReason, from: FinishEvent | undefined, t0: number, firstDeltaAt: number | undefined, end: number): FinishEvent {
  const timings: Timings = { ...from?.timings, total_ms: Math.max(0, end - t0) };
  if (firstDeltaAt !== undefined) timings.ttft_ms = Math.max(0, firstDeltaAt - t0);
  const completion = from?.usage?.completion_tokens;
  if (timings.tokens_per_second === undefined && completion !== undefined && completion > 0) {
    const streamedMs = firstDeltaAt !== undefined ? end - firstDeltaAt : 0;
    const rate = completion > 1 && streamedMs > 0 ? (completion - 1) / (streamedMs / 1000) : end > t0 ? completion / ((end - t0) / 1000) : undefined;
    if (rate !== undefined) timings.tokens_per_second = rate;
  }
  const event: FinishEvent = { type: 'finish', reason: from && from.reason.unified === unified ? from.reason : { unified }, timings };
  if (from?.usage) event.usage = from.usage;
  return event;
}

function internalError(cause: unknown, request: RequestRecord): ProviderError {
  return invalidResponseError(request, undefined, `Unexpected failure: ${describeCause(cause)}`, 'request', cause);
}
