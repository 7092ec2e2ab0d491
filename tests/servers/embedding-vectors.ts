// Deterministic embedding vectors for the test servers: known vectors per text (set with behave), a
// hash-based unit vector for any other text, `dimensions` truncation (renormalised) and base64 as
// little-endian float32 bytes, as OpenAI sends it. Also the embedding misbehaviour switches.
import type { RecordedRequest } from './server-types.ts';

export interface EmbeddingBehaviour {
  /** Known vectors by exact text; other texts get a hash-based unit vector. */
  embeddings?: Record<string, number[]>;
  /** Length of the hash-based vectors (default 16). */
  embeddingDimensions: number;
  /** Wait this long before answering each embedding request (a slow server). */
  embedDelayMs: number;
  /** 'yes' = honour encoding_format base64; 'reject' = 400 for it; 'ignore' = always answer floats. */
  base64: 'yes' | 'reject' | 'ignore';
  /** Models answered with 400 "model does not support embeddings" (a chat model asked for vectors). */
  chatOnlyModels?: string[];
  /** A request whose input holds this text is never answered (a run that stalls: tests cancel it). */
  hangOnText?: string;
}

export const defaultEmbeddingBehaviour: EmbeddingBehaviour = {
  embeddingDimensions: 16,
  embedDelayMs: 0,
  base64: 'yes',
};

/** FNV-1a over the UTF-16 code units: a stable 32-bit seed per text. */
function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function normalise(vector: readonly number[]): number[] {
  const norm = Math.hypot(...vector);
  return norm === 0 ? [...vector] : vector.map((x) => x / norm);
}

/** A unit vector that depends only on the text and the length. */
export function hashVector(text: string, length: number): number[] {
  let state = seedOf(text) || 1;
  const out: number[] = [];
  for (let i = 0; i < length; i++) {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out.push(state / 0xffffffff - 0.5);
  }
  return normalise(out);
}

/** The vector the server answers for one text, cut to `dimensions` (and renormalised) when asked. */
export function vectorFor(text: string, config: EmbeddingBehaviour, dimensions?: number): number[] {
  const full = config.embeddings?.[text] ?? hashVector(text, config.embeddingDimensions);
  if (dimensions === undefined || dimensions >= full.length) return full;
  return normalise(full.slice(0, dimensions));
}

/** Little-endian float32 bytes, base64 (what OpenAI sends for encoding_format: base64). */
export function float32Base64(vector: readonly number[]): string {
  const bytes = Buffer.alloc(vector.length * 4);
  vector.forEach((x, i) => bytes.writeFloatLE(x, i * 4));
  return bytes.toString('base64');
}

/** The inputs of one request as texts (token arrays become their JSON, so they still get a vector). */
export function inputTexts(input: unknown): string[] | undefined {
  if (typeof input === 'string') return [input];
  if (!Array.isArray(input) || input.length === 0) return undefined;
  if (input.every((x) => typeof x === 'string')) return input as string[];
  if (input.every((x) => typeof x === 'number')) return [JSON.stringify(input)];
  return input.map((x) => JSON.stringify(x));
}

/** How many texts each recorded embedding request carried, in order. */
export function batchSizes(requests: readonly RecordedRequest[]): number[] {
  return requests.map((r) => {
    const input = (r.json as { input?: unknown } | undefined)?.input;
    return inputTexts(input)?.length ?? 0;
  });
}

export function wordCount(texts: readonly string[]): number {
  return texts.reduce((n, t) => n + (t.trim() === '' ? 0 : t.trim().split(/\s+/).length), 0);
}
