import { describe, expect, it } from 'vitest';
import type { Connection } from '../connections/types.ts';
import { isLlamaServer, modelContextQuery, needsShow } from './model-context-query.ts';

const base = { id: 'c', name: 'C', enabled: true, created_at: 1, updated_at: 2 };
const llama: Connection = { ...base, mode: 'openai_compatible', base_url: 'http://h:8080/v1' };
const ollama: Connection = { ...base, mode: 'ollama', base_url: 'http://h:11434' };

describe('model context query', () => {
  it('asks /props only of llama-servers: said so, or listed as owned by llamacpp', () => {
    expect(isLlamaServer({ ...llama, server_kind: 'llamacpp' }, [])).toBe(true);
    expect(isLlamaServer(llama, [{ id: 'm', owned_by: 'llamacpp' }])).toBe(true);
    expect(isLlamaServer(llama, [{ id: 'm', owned_by: 'library' }])).toBe(false);
    expect(isLlamaServer({ ...llama, mode: 'openai', server_kind: 'llamacpp' }, [])).toBe(false);
  });

  it('asks /api/show only for an Ollama model whose context is unknown and that the server listed', () => {
    expect(needsShow(ollama, { id: 'm' })).toBe(true);
    expect(needsShow(ollama, { id: 'm', details: { context_length: 4096 } })).toBe(false);
    expect(needsShow(ollama, { id: 'm', manual: true })).toBe(false);
    expect(needsShow(llama, { id: 'm' })).toBe(false);
    expect(needsShow(ollama, undefined)).toBe(false);
  });

  it('one cache entry per Ollama model, one per llama-server', () => {
    expect(modelContextQuery(ollama, 'a', true).queryKey).toEqual(['model-context', 'c', 2, 'a']);
    expect(modelContextQuery(llama, 'a', true).queryKey).toEqual(['model-context', 'c', 2, '']);
    expect(modelContextQuery(llama, 'b', false).enabled).toBe(false);
    expect(modelContextQuery(undefined, 'b', true)).toMatchObject({ queryKey: ['model-context'], enabled: false });
  });

  it('a failed request is cached as "not known" (null); a cancelled one still fails', async () => {
    const broken: Connection = { ...ollama, base_url: 'not a url' };
    const run = (signal: AbortSignal) =>
      (modelContextQuery(broken, 'a', true).queryFn as (c: { signal: AbortSignal }) => Promise<number | null>)({
        signal,
      });
    await expect(run(new AbortController().signal)).resolves.toBeNull();
    const aborted = new AbortController();
    aborted.abort();
    await expect(run(aborted.signal)).rejects.toBeTruthy();
  });
});
