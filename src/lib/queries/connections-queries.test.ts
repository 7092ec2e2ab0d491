import { QueryClient } from '@tanstack/svelte-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Connection } from '../connections/types.ts';
import { isProviderError, type ProviderError } from '../providers/errors.ts';
import type { ModelInfo } from '../providers/types.ts';
import { loadModels, modelsListingFailure, modelsQuery } from './connections-queries.ts';

const conn: Connection = {
  id: 'c1',
  name: 'Box',
  mode: 'openai_compatible',
  base_url: 'http://localhost:8080/v1',
  enabled: true,
  created_at: 1,
  updated_at: 1,
};

function failure(kind: ProviderError['kind'], extra: Partial<ProviderError> = {}): ProviderError {
  return {
    name: 'ProviderError',
    kind,
    message: 'x',
    phase: 'request',
    request: { method: 'GET', url: 'http://localhost:8080/v1/models', headers: {} },
    retryable: false,
    ...extra,
  };
}
const failing = (error: unknown) => async (): Promise<ModelInfo[]> => {
  throw error;
};

describe('loadModels: manual ids survive a failed model list (P1)', () => {
  const notFound = failure('http', { response: { status: 404, statusText: 'Not Found', headers: {}, body: '' } });

  it.each([
    ['404', notFound],
    ['invalid list', failure('invalid-response')],
    ['network', failure('network')],
    ['timeout', failure('timeout')],
  ])('%s with manual ids → the manual ids, and the failure is reported', async (_name, error) => {
    const seen: (ProviderError | undefined)[] = [];
    const models = await loadModels({ ...conn, model_ids: ['my-model', 'other'], model_filter: 'zzz' }, undefined, {
      list: failing(error),
      onListingFailure: (e) => seen.push(e),
    });
    expect(models).toEqual([
      { id: 'my-model', manual: true },
      { id: 'other', manual: true },
    ]);
    expect(seen).toEqual([error]);
  });

  it('without manual ids the failure is the answer', async () => {
    await expect(loadModels(conn, undefined, { list: failing(notFound) })).rejects.toBe(notFound);
    await expect(loadModels({ ...conn, model_ids: [] }, undefined, { list: failing(notFound) })).rejects.toBe(notFound);
  });

  it.each([
    ['cancelled', failure('aborted')],
    ['no API key (a chat would be refused too)', failure('http', { code: 'missing-api-key' })],
    ['unsendable URL', failure('http', { code: 'invalid-url' })],
    ['not a ProviderError', new TypeError('bug')],
  ])('%s still fails with manual ids', async (_name, error) => {
    await expect(loadModels({ ...conn, model_ids: ['m'] }, undefined, { list: failing(error) })).rejects.toBe(error);
  });

  it('a listed answer: filter, then manual ids; the failure is cleared', async () => {
    const seen: (ProviderError | undefined)[] = [];
    const models = await loadModels({ ...conn, model_ids: ['mine'], model_filter: 'q' }, undefined, {
      list: async () => [{ id: 'qwen3' }, { id: 'llama' }, { id: 'qwen3' }],
      onListingFailure: (e) => seen.push(e),
    });
    expect(models).toEqual([{ id: 'qwen3' }, { id: 'mine', manual: true }]);
    expect(seen).toEqual([undefined]);
  });
});

describe('modelsQuery', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('a server without /models: the query offers the manual ids and keeps the 404 for the status line', async () => {
    const fetch = vi.fn(async () => new Response('404 page not found', { status: 404, statusText: 'Not Found' }));
    vi.stubGlobal('fetch', fetch);
    const client = new QueryClient();
    const c = { ...conn, model_ids: ['typed-by-hand'] };
    await expect(client.fetchQuery(modelsQuery(c))).resolves.toEqual([{ id: 'typed-by-hand', manual: true }]);
    expect(fetch).toHaveBeenCalledTimes(1);
    const kept = modelsListingFailure(client, c);
    expect(isProviderError(kept) && kept.response?.status).toBe(404);

    fetch.mockImplementation(async () => new Response(JSON.stringify({ data: [{ id: 'served' }] })));
    await client.fetchQuery({ ...modelsQuery(c), staleTime: 0 });
    expect(client.getQueryData(modelsQuery(c).queryKey)).toEqual([
      { id: 'served' },
      { id: 'typed-by-hand', manual: true },
    ]);
    expect(modelsListingFailure(client, c)).toBeUndefined();
  });
});
