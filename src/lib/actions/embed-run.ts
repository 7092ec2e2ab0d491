// Runs an embeddings job: texts in batches (64 per request by default), one request at a time, with
// progress after each batch and the time each took. Cancelling (the signal) or a failure keeps what
// finished; the result says which happened.
import type { ProviderError } from '../providers/errors.ts';
import { isProviderError } from '../providers/errors.ts';
import {
  embed as providerEmbed,
  type EmbedRequest,
  type EmbedResult,
  type EmbeddingEncoding,
} from '../providers/jobs.ts';

export const DEFAULT_BATCH_SIZE = 64;

export function batches<T>(items: readonly T[], size: number): T[][] {
  const step = Math.max(1, Math.floor(size));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += step) out.push(items.slice(i, i + step));
  return out;
}

export interface EmbedJob {
  connection: EmbedRequest['connection'];
  model: string;
  texts: readonly string[];
  dimensions?: number;
  batchSize?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface EmbedJobDeps {
  embed?: (request: EmbedRequest) => Promise<EmbedResult>;
  /** monotonic ms */
  now?: () => number;
}

export interface EmbedJobResult {
  /** one per finished text, in input order (the first `vectors.length` texts) */
  vectors: Float32Array[];
  dimensions: number;
  batchMs: number[];
  encoding?: EmbeddingEncoding;
  outcome: 'done' | 'cancelled' | 'failed';
  error?: ProviderError;
}

export async function runEmbedJob(job: EmbedJob, deps: EmbedJobDeps = {}): Promise<EmbedJobResult> {
  const send = deps.embed ?? ((r: EmbedRequest) => providerEmbed(r));
  const now = deps.now ?? (() => performance.now());
  const result: EmbedJobResult = { vectors: [], dimensions: 0, batchMs: [], outcome: 'done' };
  const total = job.texts.length;
  job.onProgress?.(0, total);
  for (const input of batches(job.texts, job.batchSize ?? DEFAULT_BATCH_SIZE)) {
    if (job.signal?.aborted) return { ...result, outcome: 'cancelled' };
    const started = now();
    try {
      const reply = await send({
        connection: job.connection,
        model: job.model,
        input,
        ...(job.dimensions !== undefined ? { dimensions: job.dimensions } : {}),
        ...(job.signal ? { signal: job.signal } : {}),
        ...(result.encoding ? { encoding: result.encoding } : {}),
      });
      result.batchMs.push(now() - started);
      result.vectors.push(...reply.vectors);
      result.dimensions = reply.dimensions;
      result.encoding = reply.encoding;
    } catch (error) {
      if (job.signal?.aborted || (isProviderError(error) && error.kind === 'aborted')) {
        return { ...result, outcome: 'cancelled' };
      }
      if (!isProviderError(error)) throw error;
      return { ...result, outcome: 'failed', error };
    }
    job.onProgress?.(result.vectors.length, total);
  }
  return result;
}
