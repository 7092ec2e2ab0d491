// The contract every wire-format adapter (openai/, ollama/) fulfils, plus the helpers they share.
// Adapters are pure: they build requests and parse bodies; http.ts and index.ts do the I/O.
import type { Connection } from '../connections/types.ts';
import type { RequestRecord, ResponseRecord } from './errors.ts';
import type { HttpRequest } from './http.ts';
import type { ChatEvent, ChatRequest, ModelInfo } from './types.ts';

/** What an adapter needs to know about a connection. */
export type ConnectionTarget = Pick<
  Connection,
  'mode' | 'base_url' | 'api_key' | 'params' | 'first_token_timeout_s' | 'idle_timeout_s'
>;

export interface BuiltRequest extends HttpRequest {
  /** things the user should know about how the request was translated (shown on the `start` event) */
  warnings: string[];
}

/** What parsers attach to errors they report. */
export interface ParseContext {
  request: RequestRecord;
  /** status and headers; body is filled in by the parser when it has evidence to show */
  response: ResponseRecord;
}

export type AdapterEvent = Exclude<ChatEvent, { type: 'start' }>;

export interface ProviderAdapter {
  /** how a streamed reply is framed: Server-Sent Events or newline-delimited JSON */
  streamFormat: 'sse' | 'ndjson';
  /** Throws ProviderError (e.g. missing API key) when the request cannot be sent at all. */
  buildChatRequest(target: ConnectionTarget, request: ChatRequest): BuiltRequest;
  /**
   * Yields deltas, at most one error, and exactly one finish, last, in batches: every event one network
   * chunk holds in one (never empty) array. Throws only when reading the body fails.
   */
  parseChatStream(
    body: ReadableStream<Uint8Array>,
    context: ParseContext,
  ): AsyncGenerator<AdapterEvent[], void, undefined>;
  /** A whole (stream:false) reply; same event rules as parseChatStream. */
  parseChatResponse(text: string, context: ParseContext): AdapterEvent[];
  buildListModelsRequest(target: ConnectionTarget): HttpRequest;
  /** Throws ProviderError kind 'invalid-response' when the body is not a model list of this API. */
  parseModelList(text: string, context: ParseContext): ModelInfo[];
}

/**
 * The Authorization header when a key is set. The key is trimmed: a pasted trailing newline would make
 * fetch reject the header value with a TypeError that looks exactly like a network failure.
 */
export function authHeader(apiKey: string | undefined): Record<string, string> {
  const key = apiKey?.trim() ?? '';
  return key === '' ? {} : { Authorization: `Bearer ${key}` };
}

export function hasApiKey(apiKey: string | undefined): boolean {
  return (apiKey?.trim() ?? '') !== '';
}

/**
 * Drops repeated model ids, keeping the first. A server that lists an id twice must not break the UI,
 * which keys its model lists by id.
 */
export function firstOfEachId(models: readonly ModelInfo[]): ModelInfo[] {
  const seen = new Set<string>();
  return models.filter((m) => !seen.has(m.id) && seen.add(m.id));
}

/** The response record with the start of the body attached, for errors that need evidence. */
export function withBody(response: ResponseRecord, body: string): ResponseRecord {
  return { ...response, body: body.length > 16 * 1024 ? body.slice(0, 16 * 1024) : body };
}
