// The provider layer's public face and the single switch on connection mode.
// streamChat and streamChatBatches never throw (they yield error + finish); listModels and resolveBaseUrl throw ProviderError.
import type { ConnectionMode } from '../connections/types.ts';
import type { ConnectionTarget, ProviderAdapter } from './adapter.ts';
import { missingApiKeyError } from './create-error.ts';
import { isProviderError, type ProviderError } from './errors.ts';
import { fetchText, recordRequest, type HttpOptions } from './http.ts';
import { hasApiKey } from './adapter.ts';
import { buildPropsRequest, buildShowRequest, parsePropsContext, parseShowContext } from './model-context.ts';
import { ollamaAdapter } from './ollama/adapter.ts';
import { openaiAdapter } from './openai/adapter.ts';
import { runChatStream, type StreamChatOptions } from './run-chat-stream.ts';
import type { ChatEvent, ChatRequest, ModelInfo } from './types.ts';

export type { ConnectionTarget } from './adapter.ts';
export type { ExchangeRecord, FetchLike } from './http.ts';
export type { StreamChatOptions } from './run-chat-stream.ts';
export { hasApiKey } from './adapter.ts';
export { parseErrorBody } from './error-body.ts';
export { platformFetch } from './http.ts';
export { applyModelFilter } from './model-filter.ts';
export { mergeParams } from './merge-params.ts';
export { isEmbeddingModel } from './embedding-models.ts';
export { modelKind } from './model-kind.ts';
export { isSecretHeader, redactUrl } from './redact.ts';
export type * from './browser/public.ts';

/** The in-browser model's tools (catalogue, store, downloads, engine): a lazy chunk, loaded on first use. */
export const loadBrowserKit = () => import('./browser/public.ts');
export type ListModelsOptions = Omit<HttpOptions, 'now'>;

export function adapterFor(mode: ConnectionMode): ProviderAdapter {
  switch (mode) {
    case 'ollama':
      return ollamaAdapter;
    case 'openai':
    case 'openai_compatible':
      return openaiAdapter;
    case 'browser':
      throw new TypeError('A connection to this browser has no wire format: it goes through browser/.');
  }
}

/**
 * One chat turn as batches of events (all those one network chunk holds): start, deltas, at most one
 * error, then exactly one finish. Never throws. The hot path: one hop per chunk, not per token.
 */
export function streamChatBatches(
  connection: ConnectionTarget,
  request: ChatRequest,
  options: StreamChatOptions = {},
): AsyncIterable<ChatEvent[]> {
  if (connection.mode === 'browser') return browserChat(connection, request, options.signal);
  return runChatStream(adapterFor(connection.mode), connection, request, options);
}

/** The in-browser model's events, one batch each (it produces a token at a time anyway). */
async function* browserChat(
  connection: ConnectionTarget,
  request: ChatRequest,
  signal: AbortSignal | undefined,
): AsyncGenerator<ChatEvent[], void, undefined> {
  const kit = await loadBrowserKit();
  for await (const event of kit.runBrowserChat(kit.browserEngine, connection, request, signal ? { signal } : {}))
    yield [event];
}

/** streamChatBatches one event at a time, for callers that do not mind a hop per event. */
export async function* streamChat(
  connection: ConnectionTarget,
  request: ChatRequest,
  options: StreamChatOptions = {},
): AsyncGenerator<ChatEvent, void, undefined> {
  for await (const batch of streamChatBatches(connection, request, options)) yield* batch;
}

/** The server's model list (filters and manual ids are the caller's business). Throws ProviderError. */
export async function listModels(connection: ConnectionTarget, options: ListModelsOptions = {}): Promise<ModelInfo[]> {
  if (connection.mode === 'browser') return (await loadBrowserKit()).browserModels();
  const adapter = adapterFor(connection.mode);
  const request = adapter.buildListModelsRequest(connection);
  if (connection.mode === 'openai' && !hasApiKey(connection.api_key)) throw missingApiKeyError(recordRequest(request));
  const reply = await fetchText(request, options);
  return adapter.parseModelList(reply.text, { request: reply.request, response: reply.response });
}

/**
 * The context length the server runs a model with, where its list leaves it out: Ollama's /api/show for
 * one model; llama-server's /props for the whole server (the model id is then ignored). Undefined when the
 * reply does not say; throws ProviderError when the request fails.
 */
export async function modelContextLength(
  connection: ConnectionTarget,
  modelId: string,
  options: ListModelsOptions = {},
): Promise<number | undefined> {
  const ollama = connection.mode === 'ollama';
  const request = ollama ? buildShowRequest(connection, modelId) : buildPropsRequest(connection);
  const reply = await fetchText(request, options);
  return ollama ? parseShowContext(reply.text) : parsePropsContext(reply.text);
}

/**
 * Tries candidate API roots at once and returns the best-ranked one (earliest in the list) that lists
 * models correctly, so a silent server costs one timeout, not one per candidate. When none does,
 * throws the most informative failure: a server that answered (auth refusal, other HTTP error, wrong
 * format, then 404) beats a timeout, which beats a network error. A user abort stops at once.
 */
export async function resolveBaseUrl(
  candidates: readonly string[],
  mode: ConnectionMode,
  apiKey: string | undefined,
  options: ListModelsOptions = {},
): Promise<{ base_url: string; models: ModelInfo[] }> {
  if (candidates.length === 0) throw new TypeError('resolveBaseUrl needs at least one candidate');
  const settled = candidates.map((base_url) => {
    const target: ConnectionTarget = apiKey === undefined ? { mode, base_url } : { mode, base_url, api_key: apiKey };
    return listModels(target, options).then(
      (models) => ({ ok: true as const, base_url, models }),
      (error: unknown) => ({ ok: false as const, error }),
    );
  });
  const failures: ProviderError[] = [];
  for (const attempt of settled) {
    const outcome = await attempt;
    if (outcome.ok) return { base_url: outcome.base_url, models: outcome.models };
    const { error } = outcome;
    if (!isProviderError(error)) throw error;
    if (error.kind === 'aborted' || error.code === 'missing-api-key') throw error;
    failures.push(error);
  }
  const best = failures.reduce((a, b) => (informativeness(b) > informativeness(a) ? b : a));
  throw best;
}

function informativeness(error: ProviderError): number {
  switch (error.kind) {
    case 'http': {
      const status = error.response?.status ?? 0;
      if (status === 401 || status === 403) return 5;
      return status === 404 || status === 405 ? 2 : 4;
    }
    case 'invalid-response':
      return 3;
    case 'timeout':
      return 1;
    default:
      return 0;
  }
}
