// Embedding requests and replies, pure: OpenAI's POST /embeddings ({model, input, dimensions?,
// encoding_format}) → {data: [{index, embedding: number[] | base64}]}; Ollama's POST /api/embed
// ({model, input, dimensions?}) → {embeddings: number[][]}. Replies are untrusted: every vector is checked.
import { tr } from '../i18n/active-language.ts';
import { embeddingsEndpoint } from '../connections/endpoints.ts';
import { isRecord } from '../util/is-record.ts';
import { authHeader, type ConnectionTarget, type ParseContext } from './adapter.ts';
import { invalidResponseError } from './create-error.ts';
import type { ProviderError } from './errors.ts';
import { decodeFloat32Base64 } from './float32-base64.ts';
import type { HttpRequest } from './http.ts';
import { numberField, parseJson } from './json.ts';

export type EmbeddingEncoding = 'base64' | 'float';

export interface EmbedInput {
  model: string;
  input: readonly string[];
  dimensions?: number;
}

export interface EmbedUsage {
  prompt_tokens: number;
  total_tokens?: number;
}

export interface ParsedEmbeddings {
  vectors: Float32Array[];
  usage?: EmbedUsage;
}

export function buildEmbedRequest(
  target: ConnectionTarget,
  input: EmbedInput,
  encoding: EmbeddingEncoding,
): HttpRequest {
  const ollama = target.mode === 'ollama';
  const body: Record<string, unknown> = { model: input.model, input: [...input.input] };
  if (input.dimensions !== undefined) body['dimensions'] = input.dimensions;
  if (!ollama) body['encoding_format'] = encoding;
  return {
    method: 'POST',
    url: embeddingsEndpoint(target.base_url, target.mode),
    headers: { ...authHeader(target.api_key), 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  };
}

function toVector(value: unknown): Float32Array | undefined {
  if (typeof value === 'string') return decodeFloat32Base64(value);
  if (!Array.isArray(value) || !value.every((x) => typeof x === 'number' && Number.isFinite(x))) return undefined;
  return Float32Array.from(value as number[]);
}

/** Throws ProviderError 'invalid-response' unless the reply holds one vector per input, all of one length. */
export function parseEmbedReply(
  text: string,
  expected: number,
  mode: ConnectionTarget['mode'],
  context: ParseContext,
): ParsedEmbeddings {
  const fail = (message: string): ProviderError =>
    invalidResponseError(context.request, { ...context.response, body: text.slice(0, 16 * 1024) }, message, 'request');
  const parsed = parseJson(text);
  if (!parsed.ok || !isRecord(parsed.value)) throw fail(tr('The embeddings reply is not a JSON object.'));
  const reply = parsed.value;
  let raw: unknown[];
  if (mode === 'ollama') {
    if (!Array.isArray(reply['embeddings']))
      throw fail(tr('The reply has no {field} list.', { field: '"embeddings"' }));
    raw = reply['embeddings'];
  } else {
    if (!Array.isArray(reply['data']))
      throw fail(tr('The reply has no {field} list of embeddings.', { field: '"data"' }));
    const items = reply['data'].filter(isRecord);
    // index says which input each vector belongs to; servers may send them out of order
    raw = [...items]
      .sort((a, b) => (numberField(a, 'index') ?? 0) - (numberField(b, 'index') ?? 0))
      .map((item) => item['embedding']);
  }
  if (raw.length !== expected)
    throw fail(tr('The reply holds {vectors} vectors for {count} texts.', { vectors: raw.length, count: expected }));
  const vectors: Float32Array[] = [];
  for (const item of raw) {
    const vector = toVector(item);
    if (vector === undefined || vector.length === 0)
      throw fail(tr('An embedding in the reply is not a list of numbers.'));
    if (vectors.length > 0 && vector.length !== vectors[0]!.length)
      throw fail(tr('The vectors in the reply differ in length.'));
    vectors.push(vector);
  }
  const usage = readUsage(reply, mode);
  return usage ? { vectors, usage } : { vectors };
}

function readUsage(reply: Record<string, unknown>, mode: ConnectionTarget['mode']): EmbedUsage | undefined {
  if (mode === 'ollama') {
    const count = numberField(reply, 'prompt_eval_count');
    return count === undefined ? undefined : { prompt_tokens: count };
  }
  const usage = reply['usage'];
  if (!isRecord(usage)) return undefined;
  const prompt = numberField(usage, 'prompt_tokens');
  const total = numberField(usage, 'total_tokens');
  return prompt === undefined
    ? undefined
    : { prompt_tokens: prompt, ...(total !== undefined ? { total_tokens: total } : {}) };
}
