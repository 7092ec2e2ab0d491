// Resolving a base URL asks every candidate at once, so a silent server costs one timeout in all.
import { describe, expect, it } from 'vitest';
import { resolveBaseUrl } from './index.ts';
import { fakeFetch, hangingFetch } from './testing/fake-fetch.ts';

describe('resolveBaseUrl in parallel', () => {
  it('sends to every candidate before any answers, and fails once with a timeout', async () => {
    const fetch = hangingFetch();
    const pending = resolveBaseUrl(['http://h:1/v1', 'http://h:1'], 'openai_compatible', undefined, {
      fetch,
      timeoutMs: 40,
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(fetch.calls.map((c) => c.url)).toEqual(['http://h:1/v1/models', 'http://h:1/models']);
    await expect(pending).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('prefers the earlier candidate even when a later one answers first', async () => {
    const list = JSON.stringify({ object: 'list', data: [{ id: 'm', object: 'model' }] });
    const fetch = fakeFetch(async ({ url }) => {
      if (url === 'http://h:1/v1/models') await new Promise((r) => setTimeout(r, 30));
      return new Response(list, { headers: { 'content-type': 'application/json' } });
    });
    await expect(
      resolveBaseUrl(['http://h:1/v1', 'http://h:1'], 'openai_compatible', undefined, { fetch }),
    ).resolves.toMatchObject({ base_url: 'http://h:1/v1' });
  });
});
