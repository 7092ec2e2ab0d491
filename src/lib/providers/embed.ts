// Turns texts into vectors through a connection: one request per call (the caller batches), on the same
// request path as chat (http.ts: key only to its origin, redaction, exchange records), with the
// connection's embeddings timeout. Asks OpenAI-style servers for base64 (a quarter of the bytes) and
// falls back to floats when the server refuses it. Throws ProviderError.
import { capabilityTimeoutMs } from '../connections/capabilities.ts';
import type { Connection } from '../connections/types.ts';
import { hasApiKey, type ConnectionTarget } from './adapter.ts';
import { missingApiKeyError } from './create-error.ts';
import { buildEmbedRequest, parseEmbedReply, type EmbedUsage, type EmbeddingEncoding } from './embed-request.ts';
import { isProviderError } from './errors.ts';
import { fetchText, recordRequest, type HttpOptions } from './http.ts';

export type { EmbeddingEncoding, EmbedUsage } from './embed-request.ts';

export interface EmbedRequest {
  connection: ConnectionTarget & Partial<Pick<Connection, 'capability_timeouts_s'>>;
  model: string;
  input: readonly string[];
  dimensions?: number;
  signal?: AbortSignal;
  /** 'float' when an earlier call found the server refuses base64 (see EmbedResult.encoding) */
  encoding?: EmbeddingEncoding;
}

export interface EmbedResult {
  vectors: Float32Array[];
  dimensions: number;
  usage?: EmbedUsage;
  /** what worked: pass it to the next call so a refusal is not repeated per batch */
  encoding: EmbeddingEncoding;
}

export type EmbedOptions = Omit<HttpOptions, 'signal' | 'timeoutMs'>;

export async function embed(request: EmbedRequest, options: EmbedOptions = {}): Promise<EmbedResult> {
  const encoding = request.connection.mode === 'ollama' ? 'float' : (request.encoding ?? 'base64');
  try {
    return await embedOnce(request, encoding, options);
  } catch (error) {
    if (encoding === 'base64' && refusedBase64(error)) return embedOnce(request, 'float', options);
    throw error;
  }
}

/** A 400/422 to a base64 request: the server may only speak floats (many OpenAI-compatible ones do). */
function refusedBase64(error: unknown): boolean {
  const status = isProviderError(error) && error.kind === 'http' ? error.response?.status : undefined;
  return status === 400 || status === 422;
}

async function embedOnce(
  request: EmbedRequest,
  encoding: EmbeddingEncoding,
  options: EmbedOptions,
): Promise<EmbedResult> {
  const { connection, signal } = request;
  const input = {
    model: request.model,
    input: request.input,
    ...(request.dimensions !== undefined ? { dimensions: request.dimensions } : {}),
  };
  const http = buildEmbedRequest(connection, input, encoding);
  if (connection.mode === 'openai' && !hasApiKey(connection.api_key)) throw missingApiKeyError(recordRequest(http));
  const timeoutMs = capabilityTimeoutMs(connection, 'embeddings');
  const reply = await fetchText(http, {
    ...options,
    ...(signal ? { signal } : {}),
    ...(timeoutMs > 0 ? { timeoutMs } : {}),
  });
  const parsed = parseEmbedReply(reply.text, request.input.length, connection.mode, {
    request: reply.request,
    response: reply.response,
  });
  return { ...parsed, dimensions: parsed.vectors[0]?.length ?? 0, encoding };
}
