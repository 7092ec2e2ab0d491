import { describe, expect, it } from 'vitest';
import { batches, runEmbedJob } from './embed-run.ts';
import type { EmbedRequest, EmbedResult } from '../providers/jobs.ts';
import type { ProviderError } from '../providers/errors.ts';

const connection = { mode: 'openai_compatible' as const, base_url: 'http://127.0.0.1:9/v1' };
const texts = Array.from({ length: 150 }, (_, i) => `t${i}`);
const fakeEmbed = (calls: EmbedRequest[], encoding: 'base64' | 'float' = 'base64') => {
  return (r: EmbedRequest): Promise<EmbedResult> => {
    calls.push(r);
    return Promise.resolve({ vectors: r.input.map(() => Float32Array.of(1, 0)), dimensions: 2, encoding });
  };
};
const clock = () => {
  let t = 0;
  return () => (t += 10);
};

describe('batches', () => {
  it('splits into pieces of at most size', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 64)).toEqual([]);
    expect(batches([1, 2], 0)).toEqual([[1], [2]]);
  });
});

describe('runEmbedJob', () => {
  it('sends batches of 64, reports progress, times each batch and passes the encoding on', async () => {
    const calls: EmbedRequest[] = [];
    const progress: number[] = [];
    const result = await runEmbedJob(
      { connection, model: 'm', texts, dimensions: 8, onProgress: (done) => progress.push(done) },
      { embed: fakeEmbed(calls, 'float'), now: clock() },
    );
    expect(calls.map((c) => c.input.length)).toEqual([64, 64, 22]);
    expect(calls[0]?.dimensions).toBe(8);
    expect(calls[0]?.encoding).toBeUndefined();
    expect(calls[1]?.encoding).toBe('float');
    expect(progress).toEqual([0, 64, 128, 150]);
    expect(result).toMatchObject({ outcome: 'done', dimensions: 2, batchMs: [10, 10, 10] });
    expect(result.vectors).toHaveLength(150);
  });

  it('stops on cancel and keeps what finished', async () => {
    const controller = new AbortController();
    const calls: EmbedRequest[] = [];
    const inner = fakeEmbed(calls);
    const result = await runEmbedJob(
      { connection, model: 'm', texts, batchSize: 50, signal: controller.signal },
      {
        embed: (r) => {
          if (calls.length === 1) controller.abort();
          return inner(r);
        },
      },
    );
    expect(calls).toHaveLength(2);
    expect(result.outcome).toBe('cancelled');
    expect(result.vectors.length).toBe(100);
  });

  it('a failure keeps the finished batches and the error', async () => {
    const error = { name: 'ProviderError', kind: 'http', message: 'nope', phase: 'request' } as ProviderError;
    let n = 0;
    const result = await runEmbedJob(
      { connection, model: 'm', texts, batchSize: 100 },
      {
        embed: (r) =>
          n++ === 0
            ? Promise.resolve({ vectors: r.input.map(() => Float32Array.of(1)), dimensions: 1, encoding: 'float' })
            : Promise.reject(error),
      },
    );
    expect(result).toMatchObject({ outcome: 'failed', error: { message: 'nope' } });
    expect(result.vectors).toHaveLength(100);
  });
});
