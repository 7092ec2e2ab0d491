// Drives one chat turn through an adapter: build → send → sniff → parse, adding `start`, measured timings
// and the failures that happen around the parser (abort, a silent server, a line without end, a
// connection that breaks mid-body). Never throws: every outcome ends with exactly one `finish` event,
// and every delta that arrived before a failure has been yielded. Events come in batches (all those one
// network chunk holds), so a fast stream costs one hop per chunk, not per token.
import { readStart, readText } from '../protocol/read-text.ts';
import { sniffStart } from '../protocol/sniff-start.ts';
import { streamLimitOf } from '../protocol/stream-limits.ts';
import {
  withBody,
  type AdapterEvent,
  type BuiltRequest,
  type ConnectionTarget,
  type ProviderAdapter,
} from './adapter.ts';
import { abortableBody } from './abortable-body.ts';
import {
  describeCause,
  emptyReplyError,
  idleTimeoutError,
  invalidResponseError,
  networkError,
  streamLimitError,
  webPageReplyError,
} from './create-error.ts';
import { isProviderError, type ProviderError, type RequestRecord } from './errors.ts';
import { recordRequest, sendRequest, type FetchLike, type HttpOptions, type OpenResponse } from './http.ts';
import { requestParams, wantsStream } from './merge-params.ts';
import {
  DEFAULT_FIRST_TOKEN_TIMEOUT_MS,
  DEFAULT_IDLE_TIMEOUT_MS,
  startWatchdog,
  type Watchdog,
} from './stream-watchdog.ts';
import type { ChatEvent, ChatRequest, FinishReason, Timings } from './types.ts';

export interface StreamChatOptions {
  fetch?: FetchLike;
  /** cancels the turn; the stream then finishes 'aborted', keeping everything already yielded */
  signal?: AbortSignal;
  /** limit until response headers arrive (for stream:false that is the whole generation) */
  timeoutMs?: number;
  /** silence allowed before the first text, headers included (ms; default: the connection's, else 300 s; 0 = none) */
  firstTokenTimeoutMs?: number;
  /** silence allowed between pieces of data once text flows (ms; default: the connection's, else 120 s; 0 = none) */
  idleTimeoutMs?: number;
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
): AsyncGenerator<ChatEvent[], void, undefined> {
  const now = options.now ?? (() => performance.now());
  const t0 = now();
  let firstDeltaAt: number | undefined;
  const finish = (unified: FinishReason, from?: FinishEvent): FinishEvent =>
    withTimings(unified, from, t0, firstDeltaAt, now());

  let built: BuiltRequest;
  try {
    built = adapter.buildChatRequest(target, request);
  } catch (cause) {
    const error = isProviderError(cause)
      ? cause
      : internalError(cause, { method: 'POST', url: target.base_url, headers: {} });
    yield [{ type: 'error', error }, finish('error')];
    return;
  }

  // one signal for the whole turn: the user's Stop and the watchdog both end it; the watchdog says which
  const turn = new AbortController();
  const userSignal = options.signal;
  const onUserAbort = () => turn.abort(userSignal?.reason);
  if (userSignal?.aborted) onUserAbort();
  else userSignal?.addEventListener('abort', onUserAbort, { once: true });
  // real time, not the injectable `now` (that clock is for the measured timings)
  const watchdog = startWatchdog(timeoutsFor(target, options), () =>
    turn.abort(new DOMException('The server went quiet', 'TimeoutError')),
  );
  try {
    let opened: OpenResponse;
    try {
      opened = await sendRequest(built, { ...httpOptions(options), signal: turn.signal, now });
    } catch (cause) {
      const error = isProviderError(cause) ? cause : internalError(cause, recordRequest(built));
      if (watchdog.firedAfterMs !== undefined) {
        yield [
          { type: 'error', error: idleTimeoutError(error.request, undefined, watchdog.firedAfterMs, false) },
          finish('timeout'),
        ];
        return;
      }
      if (error.kind === 'aborted') {
        yield [finish('aborted')];
        return;
      }
      yield [{ type: 'error', error }, finish(error.kind === 'timeout' ? 'timeout' : 'error')];
      return;
    }
    watchdog.alive();

    yield [{ type: 'start', request: opened.request, model: request.model, warnings: built.warnings }];
    const context = { request: opened.request, response: opened.response };
    let parserFinish: FinishEvent | undefined;
    try {
      for await (const batch of parse(
        adapter,
        opened,
        wantsStream(requestParams(target, request)),
        turn.signal,
        watchdog,
      )) {
        const out: ChatEvent[] = [];
        for (const event of batch) {
          if (event.type === 'finish') {
            parserFinish = event;
            break;
          }
          if (event.type === 'text-delta' || event.type === 'reasoning-delta' || event.type === 'tool-call-delta') {
            firstDeltaAt ??= now();
            watchdog.textStarted();
          }
          out.push(event);
        }
        if (out.length > 0) yield out;
        if (parserFinish) break;
      }
    } catch (cause) {
      if (watchdog.firedAfterMs !== undefined) {
        yield [
          {
            type: 'error',
            error: idleTimeoutError(context.request, context.response, watchdog.firedAfterMs, watchdog.firedDuringText),
          },
          finish('timeout'),
        ];
        return;
      }
      if (userSignal?.aborted) {
        yield [finish('aborted')];
        return;
      }
      const limit = streamLimitOf(cause);
      const error = limit
        ? streamLimitError(context.request, context.response, limit.limit, limit.max)
        : networkError(context.request, cause, 'stream', context.response);
      yield [{ type: 'error', error }, finish('error')];
      return;
    }
    const cutShort = !parserFinish || parserFinish.reason.unified === 'interrupted';
    // a fetch that ends the body quietly on abort (instead of erroring it) still counts as the user's abort
    if (userSignal?.aborted && cutShort) {
      yield [finish('aborted', parserFinish)];
      return;
    }
    if (watchdog.firedAfterMs !== undefined && cutShort) {
      yield [
        {
          type: 'error',
          error: idleTimeoutError(context.request, context.response, watchdog.firedAfterMs, watchdog.firedDuringText),
        },
        finish('timeout'),
      ];
      return;
    }
    yield [parserFinish ? finish(parserFinish.reason.unified, parserFinish) : finish('interrupted')];
  } finally {
    watchdog.stop();
    userSignal?.removeEventListener('abort', onUserAbort);
    // ended, or the caller left the loop: release the connection now rather than when the pipes unwind
    if (!turn.signal.aborted) turn.abort(new DOMException('The turn is over', 'AbortError'));
  }
}

/**
 * The body as events. What the body starts with decides how it is read, not its Content-Type, which
 * servers and proxies get wrong both ways: HTML or nothing at all → a clear error; `{` from an SSE server
 * → one whole JSON reply (the server ignored `stream`, or sent an error object); otherwise the stream
 * parser (SSE labelled application/json and NDJSON labelled text/plain included).
 */
async function* parse(
  adapter: ProviderAdapter,
  opened: OpenResponse,
  streaming: boolean,
  signal: AbortSignal,
  watchdog: Watchdog,
): AsyncGenerator<AdapterEvent[]> {
  const context = { request: opened.request, response: opened.response };
  const raw = opened.raw.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() });
  const { body, first, empty } = await sniffStart(withHeartbeat(abortableBody(raw, signal), watchdog));
  if (empty) {
    yield failed(emptyReplyError(context.request, context.response));
    return;
  }
  if (first === '<') {
    yield failed(webPageReplyError(context.request, withBody(context.response, await readStart(body))));
    return;
  }
  if (!streaming || (adapter.streamFormat === 'sse' && (first === '{' || first === '['))) {
    const events = adapter.parseChatResponse(await readText(body), context);
    if (events.length > 0) yield events;
    return;
  }
  yield* adapter.parseChatStream(body, context);
}

function failed(error: ProviderError): AdapterEvent[] {
  return [
    { type: 'error', error },
    { type: 'finish', reason: { unified: 'error' } },
  ];
}

/** Tells the watchdog about every chunk that arrives. */
function withHeartbeat(body: ReadableStream<Uint8Array>, watchdog: Watchdog): ReadableStream<Uint8Array> {
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        watchdog.alive();
        controller.enqueue(chunk);
      },
    }),
  );
}

/** The turn's allowances: explicit options, else the connection's settings (seconds), else the defaults. */
function timeoutsFor(target: ConnectionTarget, options: StreamChatOptions): { firstTokenMs: number; idleMs: number } {
  const fromConnection = (s: number | undefined) =>
    typeof s === 'number' && Number.isFinite(s) && s >= 0 ? s * 1000 : undefined;
  return {
    firstTokenMs:
      options.firstTokenTimeoutMs ?? fromConnection(target.first_token_timeout_s) ?? DEFAULT_FIRST_TOKEN_TIMEOUT_MS,
    idleMs: options.idleTimeoutMs ?? fromConnection(target.idle_timeout_s) ?? DEFAULT_IDLE_TIMEOUT_MS,
  };
}

function httpOptions(options: StreamChatOptions): HttpOptions {
  const http: HttpOptions = {};
  if (options.fetch) http.fetch = options.fetch;
  if (options.timeoutMs !== undefined) http.timeoutMs = options.timeoutMs;
  if (options.targetAddressSpace) http.targetAddressSpace = options.targetAddressSpace;
  if (options.onExchange) http.onExchange = options.onExchange;
  return http;
}

/**
 * Measured timings (total, time to first delta) plus the server's speeds; when the server reports no
 * speed, tokens/s is estimated from completion tokens over the time since the first delta (approximate).
 */
function withTimings(
  unified: FinishReason,
  from: FinishEvent | undefined,
  t0: number,
  firstDeltaAt: number | undefined,
  end: number,
): FinishEvent {
  const timings: Timings = { ...from?.timings, total_ms: Math.max(0, end - t0) };
  if (firstDeltaAt !== undefined) timings.ttft_ms = Math.max(0, firstDeltaAt - t0);
  const completion = from?.usage?.completion_tokens;
  if (timings.tokens_per_second === undefined && completion !== undefined && completion > 0) {
    const streamedMs = firstDeltaAt !== undefined ? end - firstDeltaAt : 0;
    const rate =
      completion > 1 && streamedMs > 0
        ? (completion - 1) / (streamedMs / 1000)
        : end > t0
          ? completion / ((end - t0) / 1000)
          : undefined;
    if (rate !== undefined) Object.assign(timings, { tokens_per_second: rate, tokens_per_second_estimated: true });
  }
  const event: FinishEvent = {
    type: 'finish',
    reason: from && from.reason.unified === unified ? from.reason : { unified },
    timings,
  };
  if (from?.usage) event.usage = from.usage;
  return event;
}

function internalError(cause: unknown, request: RequestRecord): ProviderError {
  return invalidResponseError(request, undefined, `Unexpected failure: ${describeCause(cause)}`, 'request', cause);
}
