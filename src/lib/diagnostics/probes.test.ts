import { describe, expect, it } from 'vitest';
import { PROBE_AUTHORIZATION, noCorsProbe, preflightProbe, runProbes, simpleCorsGet } from './probes.ts';
import { fakeFetch, httpsChrome, page } from './test-fixtures.ts';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('noCorsProbe', () => {
  it('probes the origin root in no-cors mode with the target address space', async () => {
    const f = fakeFetch(() => new Response('Ollama is running'));
    const r = await noCorsProbe('http://localhost:11434', { targetAddressSpace: 'loopback' }, f.fetch);
    expect(r).toMatchObject({ url: 'http://localhost:11434/', answered: true });
    expect(r.timedOut).toBeUndefined();
    expect(f.calls[0]?.url).toBe('http://localhost:11434/');
    expect(f.calls[0]?.init).toMatchObject({
      mode: 'no-cors',
      cache: 'no-store',
      credentials: 'omit',
      targetAddressSpace: 'loopback',
    });
    expect(f.calls[0]?.init.signal).toBeInstanceOf(AbortSignal);
  });

  it('reduces a full URL to its origin', async () => {
    const f = fakeFetch(() => new Response(''));
    await noCorsProbe('http://localhost:1234/v1/models', {}, f.fetch);
    expect(f.calls[0]?.url).toBe('http://localhost:1234/');
    expect(f.calls[0]?.init.targetAddressSpace).toBeUndefined();
  });

  it('reports a rejection as not answered', async () => {
    const f = fakeFetch(() => 'network-error');
    const r = await noCorsProbe('http://localhost:11434', {}, f.fetch);
    expect(r.answered).toBe(false);
    expect(r.timedOut).toBeUndefined();
  });

  it('reports a hang as timed out', async () => {
    const f = fakeFetch(() => 'hang');
    const r = await noCorsProbe('http://10.0.0.9:11434', { timeoutMs: 30 }, f.fetch);
    expect(r).toMatchObject({ answered: false, timedOut: true });
    expect(r.ms).toBeGreaterThanOrEqual(20);
  });

  it('an outside abort is not a timeout', async () => {
    const f = fakeFetch(() => 'hang');
    const ctrl = new AbortController();
    const pending = noCorsProbe('http://10.0.0.9:11434', { timeoutMs: 5000, signal: ctrl.signal }, f.fetch);
    ctrl.abort();
    const r = await pending;
    expect(r.answered).toBe(false);
    expect(r.timedOut).toBeUndefined();
  });
});

describe('simpleCorsGet', () => {
  it('sends no headers and reads status, headers and the first 2 KB', async () => {
    const f = fakeFetch(
      () => new Response('x'.repeat(5000), { status: 404, headers: { 'Content-Type': 'text/plain' } }),
    );
    const r = await simpleCorsGet('http://localhost:8080/v1/models', {}, f.fetch);
    expect(r).toMatchObject({ ok: true, status: 404, headers: { 'content-type': 'text/plain' } });
    expect(r.body).toHaveLength(2048);
    expect(r.sentHeaders).toBeUndefined();
    expect(f.calls[0]?.init.headers).toBeUndefined();
    expect(f.calls[0]?.init).toMatchObject({ method: 'GET', mode: 'cors', credentials: 'omit' });
  });

  it('reports a CORS rejection as not ok', async () => {
    const f = fakeFetch(() => 'network-error');
    expect((await simpleCorsGet('http://localhost:11434/api/tags', {}, f.fetch)).ok).toBe(false);
  });
});

describe('preflightProbe', () => {
  it('sends the real header names and records them lower-cased', async () => {
    const f = fakeFetch(() => json({ data: [] }));
    const r = await preflightProbe(
      'http://localhost:8080/v1/models',
      { 'Content-Type': 'application/json', Authorization: PROBE_AUTHORIZATION },
      {},
      f.fetch,
    );
    expect(r).toMatchObject({ ok: true, status: 200, sentHeaders: ['content-type', 'authorization'] });
    expect(f.calls[0]?.init.headers).toEqual({
      'Content-Type': 'application/json',
      Authorization: 'Bearer switchboard-probe',
    });
    expect(f.calls[0]?.init.method).toBe('GET');
  });

  it('can send a method and a tiny body', async () => {
    const f = fakeFetch(() => 'network-error');
    const r = await preflightProbe(
      'http://localhost:8080/v1/chat/completions',
      { 'Content-Type': 'application/json' },
      { method: 'POST', body: '{}' },
      f.fetch,
    );
    expect(r.ok).toBe(false);
    expect(f.calls[0]?.init).toMatchObject({ method: 'POST', body: '{}' });
  });
});

describe('runProbes', () => {
  it('stops after a silent no-cors probe', async () => {
    const f = fakeFetch(() => 'network-error');
    const r = await runProbes(
      { base_url: 'http://localhost:11434', mode: 'ollama', server_kind: 'ollama' },
      httpsChrome(),
      f.fetch,
    );
    expect(r.noCors?.answered).toBe(false);
    expect(r.simpleGet).toBeUndefined();
    expect(f.calls).toHaveLength(1);
    expect(f.calls[0]?.init.targetAddressSpace).toBe('loopback');
  });

  it('stops after a rejected simple GET', async () => {
    const f = fakeFetch((_url, init) => (init.mode === 'no-cors' ? new Response('') : 'network-error'));
    const r = await runProbes(
      { base_url: 'http://localhost:11434', mode: 'ollama', server_kind: 'ollama' },
      httpsChrome(),
      f.fetch,
    );
    expect(r.simpleGet).toMatchObject({ url: 'http://localhost:11434/api/tags', ok: false });
    expect(r.preflight).toBeUndefined();
  });

  it('runs the preflight with a placeholder key and fingerprints when the kind is unknown', async () => {
    const f = fakeFetch((url, init) => {
      if (init.headers) return 'network-error'; // preflight rejected
      if (url.endsWith('/api/version')) return json({ version: '0.12.0' });
      if (url === 'http://localhost:11434/') return new Response('Ollama is running');
      return json({ object: 'list', data: [] });
    });
    const r = await runProbes(
      { base_url: 'http://localhost:11434/v1', mode: 'openai_compatible', has_api_key: true },
      page({ origin: 'http://localhost:5173' }),
      f.fetch,
    );
    expect(r.url).toBe('http://localhost:11434/v1/models');
    expect(r.simpleGet?.ok).toBe(true);
    expect(r.preflight).toMatchObject({ ok: false, sentHeaders: ['content-type', 'authorization'] });
    expect(r.fingerprints?.map((p) => [p.url, p.body])).toEqual([
      ['http://localhost:11434/', 'Ollama is running'],
      ['http://localhost:11434/api/version', '{"version":"0.12.0"}'],
    ]);
    const sent = f.calls.map((c) => JSON.stringify(c.init.headers ?? {})).join('');
    expect(sent).toContain('switchboard-probe');
    expect(f.calls.every((c) => c.init.targetAddressSpace === undefined)).toBe(true);
  });

  it("only: 'reachability' runs the no-cors probe alone (a timeout needs nothing more)", async () => {
    const f = fakeFetch((_url, init) => (init.mode === 'no-cors' ? new Response('') : 'hang'));
    const r = await runProbes(
      { base_url: 'http://localhost:8080/v1', mode: 'openai_compatible' },
      httpsChrome(),
      f.fetch,
      { only: 'reachability', fingerprints: true },
    );
    expect(r.noCors?.answered).toBe(true);
    expect(r.simpleGet).toBeUndefined();
    expect(r.fingerprints).toBeUndefined();
    expect(f.calls.map((c) => c.init.mode)).toEqual(['no-cors']);
  });

  it("only: 'fingerprints' reads / and /api/version of the server's origin", async () => {
    const f = fakeFetch((url) =>
      url.endsWith('/api/version') ? json({ version: '0.1.20' }) : new Response('Ollama is running'),
    );
    const r = await runProbes(
      { base_url: 'http://localhost:11434/v1', mode: 'openai_compatible', server_kind: 'other' },
      httpsChrome(),
      f.fetch,
      { only: 'fingerprints' },
    );
    expect(r.noCors).toBeUndefined();
    expect(r.fingerprints?.map((p) => [p.url, p.ok, p.body])).toEqual([
      ['http://localhost:11434/', true, 'Ollama is running'],
      ['http://localhost:11434/api/version', true, '{"version":"0.1.20"}'],
    ]);
    expect(f.calls.every((c) => c.init.mode === 'cors' && c.init.targetAddressSpace === 'loopback')).toBe(true);
  });

  it('skips fingerprints when the kind is known', async () => {
    const f = fakeFetch(() => json({ models: [] }));
    const r = await runProbes(
      { base_url: 'http://localhost:11434', mode: 'ollama', server_kind: 'ollama' },
      httpsChrome(),
      f.fetch,
    );
    expect(r.fingerprints).toBeUndefined();
    expect(r.preflight?.ok).toBe(true);
    expect(f.calls).toHaveLength(3);
  });
});
