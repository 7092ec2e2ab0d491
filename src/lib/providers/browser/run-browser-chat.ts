// One chat turn on the in-page engine as ChatEvents, with the same rules as a server turn: start, deltas,
// at most one error, exactly one finish last, never a throw. Stop ends it at once, keeping what came.
import { BROWSER_BASE_URL } from '../../connections/modes.ts';
import type { ConnectionTarget } from '../adapter.ts';
import { describeCause, invalidResponseError } from '../create-error.ts';
import type { RequestRecord } from '../errors.ts';
import { requestParams } from '../merge-params.ts';
import { mapFinishReason } from '../openai/map-finish-reason.ts';
import type { ChatEvent, ChatRequest, FinishReason, Timings, Usage } from '../types.ts';
import type { BrowserEngine, EngineChunk } from './engine.ts';
import { tr } from '../../i18n/active-language.ts';

export interface BrowserChatOptions {
  signal?: AbortSignal;
  now?: () => number;
}

/** Keys the engine has no use for (the stream flag is ours to set; response_format and tools travel apart). */
const NOT_SAMPLING = new Set(['stream', 'response_format', 'tools', 'max_completion_tokens']);

export async function* runBrowserChat(
  engine: () => Promise<BrowserEngine>,
  target: ConnectionTarget,
  request: ChatRequest,
  options: BrowserChatOptions = {},
): AsyncGenerator<ChatEvent, void, undefined> {
  const now = options.now ?? (() => performance.now());
  const t0 = now();
  const merged = requestParams(target, request);
  const params: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(merged)) if (!NOT_SAMPLING.has(key)) params[key] = value;
  if (merged.max_completion_tokens !== undefined && params.max_tokens === undefined) {
    params.max_tokens = merged.max_completion_tokens;
  }
  const record: RequestRecord = {
    method: 'POST',
    url: `${BROWSER_BASE_URL}/chat/completions`,
    headers: {},
    body: JSON.stringify({ model: request.model, ...params }),
  };
  const signal = options.signal ?? new AbortController().signal;
  let firstDeltaAt: number | undefined;
  let finishReason: { unified: FinishReason; raw?: string } | undefined;
  let usage: Usage | undefined;
  let speed: number | undefined;
  let pieces = 0;
  const finish = (unified: FinishReason): ChatEvent => {
    const timings: Timings = { total_ms: Math.max(0, now() - t0) };
    if (firstDeltaAt !== undefined) timings.ttft_ms = Math.max(0, firstDeltaAt - t0);
    if (speed !== undefined) timings.tokens_per_second = speed;
    else if (firstDeltaAt !== undefined && pieces > 1 && now() > firstDeltaAt) {
      // measured when the engine reports no speed (e.g. after Stop): one streamed piece is one token
      timings.tokens_per_second = (pieces - 1) / ((now() - firstDeltaAt) / 1000);
    }
    const reason = finishReason && finishReason.unified === unified ? finishReason : { unified };
    return { type: 'finish', reason, timings, ...(usage ? { usage } : {}) };
  };

  yield { type: 'start', request: record, model: request.model, warnings: [] };
  if (signal.aborted) {
    yield finish('aborted');
    return;
  }
  try {
    const running = await engine();
    const chat = running.chat({
      model: request.model,
      messages: request.messages,
      params,
      ...(request.params?.tools ? { tools: request.params.tools } : {}),
      signal,
    });
    for await (const chunk of untilAborted(chat, signal)) {
      const events = eventsOf(chunk);
      if (events.length > 0) {
        firstDeltaAt ??= now();
        pieces++;
      }
      yield* events;
      const choice = chunk.choices?.[0];
      finishReason = mapFinishReason(choice?.finish_reason) ?? finishReason;
      if (chunk.usage) usage = readUsage(chunk.usage);
      const perSecond = chunk.timings?.predicted_per_second;
      if (typeof perSecond === 'number' && Number.isFinite(perSecond) && perSecond > 0) speed = perSecond;
    }
  } catch (cause) {
    if (signal.aborted) {
      yield finish('aborted');
      return;
    }
    yield { type: 'error', error: engineError(record, cause, firstDeltaAt !== undefined) };
    yield finish('error');
    return;
  }
  if (signal.aborted) {
    yield finish('aborted');
    return;
  }
  yield finish(finishReason?.unified ?? 'interrupted');
}

/**
 * The engine's chunks until Stop: the turn ends the moment the signal fires, even when the engine is slow to
 * notice (it is told through the same signal and cleans up in its worker on its own time).
 */
async function* untilAborted<T>(source: AsyncIterable<T>, signal: AbortSignal): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let onAbort = () => {};
  const aborted = new Promise<'aborted'>((resolve) => {
    onAbort = () => resolve('aborted');
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    for (;;) {
      if (signal.aborted) return;
      const next = await Promise.race([iterator.next(), aborted]);
      if (next === 'aborted' || next.done) return;
      yield next.value;
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    void iterator.return?.()?.catch(() => undefined);
  }
}

function eventsOf(chunk: EngineChunk): ChatEvent[] {
  const delta = chunk.choices?.[0]?.delta;
  if (!delta) return [];
  const events: ChatEvent[] = [];
  if (typeof delta.reasoning_content === 'string' && delta.reasoning_content !== '') {
    events.push({ type: 'reasoning-delta', text: delta.reasoning_content });
  }
  if (typeof delta.content === 'string' && delta.content !== '')
    events.push({ type: 'text-delta', text: delta.content });
  for (const call of delta.tool_calls ?? []) {
    events.push({
      type: 'tool-call-delta',
      index: call.index,
      ...(call.id !== undefined ? { id: call.id } : {}),
      ...(call.function?.name !== undefined ? { name: call.function.name } : {}),
      ...(call.function?.arguments !== undefined ? { arguments: call.function.arguments } : {}),
    });
  }
  return events;
}

function readUsage(raw: NonNullable<EngineChunk['usage']>): Usage {
  const usage: Usage = {};
  if (typeof raw.prompt_tokens === 'number') usage.prompt_tokens = raw.prompt_tokens;
  if (typeof raw.completion_tokens === 'number') usage.completion_tokens = raw.completion_tokens;
  if (typeof raw.total_tokens === 'number') usage.total_tokens = raw.total_tokens;
  return usage;
}

/** A failure with the reason a person can act on: memory above all, since a tab has a hard ceiling. */
function engineError(record: RequestRecord, cause: unknown, streaming: boolean) {
  const text = describeCause(cause);
  const message = isOutOfMemory(text)
    ? tr('This tab ran out of memory for the model. Close other tabs or choose a smaller model; the chat is kept.')
    : tr('The model in this browser failed: {reason}', { reason: text });
  return invalidResponseError(record, undefined, message, streaming ? 'stream' : 'request', cause);
}

export function isOutOfMemory(text: string): boolean {
  return /out of memory|\bOOM\b|cannot enlarge memory|allocation failed|could not allocate|memory access out of bounds|Array buffer allocation/i.test(
    text,
  );
}
