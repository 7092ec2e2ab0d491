import { describe, expect, it } from 'vitest';
import type { ModelInfo } from '../providers/types.ts';
import { runChecklist, type ChecklistStep } from './checklist.ts';
import type { ConnectionFacts } from './target-url.ts';
import { fakeFetch, httpsChrome, httpsSafari, page, providerError } from './test-fixtures.ts';

const OLLAMA: ConnectionFacts = { base_url: 'http://localhost:11434', mode: 'ollama', server_kind: 'ollama' };
const localPage = page({ origin: 'http://localhost:5173' });
const okFetch = () =>
  fakeFetch(() => new Response('{"models":[]}', { headers: { 'content-type': 'application/json' } }));
const models: ModelInfo[] = [{ id: 'llama3.2:latest' }, { id: 'qwen3:8b' }];
const statuses = (steps: readonly ChecklistStep[]) => steps.map((s) => `${s.id}:${s.status}`);

describe('runChecklist', () => {
  it('passes every step on a healthy server and reports progress', async () => {
    const seen: string[][] = [];
    const chats: string[] = [];
    const r = await runChecklist(
      { connection: OLLAMA, page: localPage },
      { fetch: okFetch().fetch, listModels: async () => models, chat: async (m) => void chats.push(m) },
      (steps) => seen.push(statuses(steps)),
    );
    expect(statuses(r.steps)).toEqual([
      'url:pass',
      'mixed-content:pass',
      'reachable:pass',
      'cors-simple:pass',
      'preflight:pass',
      'models:pass',
      'chat:pass',
    ]);
    expect(r.diagnosis.cause).toBe('ok');
    expect(r.models).toEqual(models);
    expect(chats).toEqual(['llama3.2:latest']);
    expect(seen[0]).toEqual([
      'url:running',
      'mixed-content:pending',
      'reachable:pending',
      'cors-simple:pending',
      'preflight:pending',
      'models:pending',
      'chat:pending',
    ]);
    expect(seen.some((s) => s.includes('reachable:running'))).toBe(true);
    expect(r.steps.find((s) => s.id === 'models')?.evidence[0]).toBe(
      'The server listed 2 models: llama3.2:latest, qwen3:8b',
    );
  });

  it('stops at the first failure (mixed content) without touching the network', async () => {
    const f = okFetch();
    const r = await runChecklist({ connection: OLLAMA, page: httpsSafari() }, { fetch: f.fetch });
    expect(statuses(r.steps)).toEqual([
      'url:pass',
      'mixed-content:fail',
      'reachable:skip',
      'cors-simple:skip',
      'preflight:skip',
      'models:skip',
      'chat:skip',
    ]);
    expect(r.diagnosis.cause).toBe('mixed-content');
    expect(f.calls).toHaveLength(0);
  });

  it('an insecure page that only looks public: the no-cors probe overrules the LNA guess', async () => {
    const insecure = page({ origin: 'http://app.test:4173', lnaPermission: 'denied' });
    const answers = fakeFetch((_u, init) => (init.mode === 'no-cors' ? new Response('') : 'network-error'));
    const r = await runChecklist({ connection: OLLAMA, page: insecure }, { fetch: answers.fetch });
    expect(r.steps.find((s) => s.id === 'mixed-content')).toMatchObject({ status: 'pass' });
    expect(r.steps.find((s) => s.id === 'mixed-content')?.evidence[0]).toContain('does not apply');
    expect(r.diagnosis.cause).toBe('cors-origin');

    const silent = fakeFetch(() => 'network-error');
    const blocked = await runChecklist({ connection: OLLAMA, page: insecure }, { fetch: silent.fetch });
    expect(blocked.steps.find((s) => s.id === 'mixed-content')?.status).toBe('fail');
    expect(blocked.diagnosis.cause).toBe('lna-insecure-page');
  });

  it('fails the url step for a bad URL', async () => {
    const r = await runChecklist(
      { connection: { ...OLLAMA, base_url: 'localhost:11434' }, page: localPage },
      { fetch: okFetch().fetch },
    );
    expect(r.steps[0]?.status).toBe('fail');
    expect(r.diagnosis.cause).toBe('invalid-url');
  });

  it('unreachable at the reachable step', async () => {
    const f = fakeFetch(() => 'network-error');
    const r = await runChecklist({ connection: OLLAMA, page: localPage }, { fetch: f.fetch });
    expect(statuses(r.steps).slice(2, 4)).toEqual(['reachable:fail', 'cors-simple:skip']);
    expect(r.diagnosis.cause).toBe('unreachable');
    expect(f.calls).toHaveLength(1);
  });

  it('cors-origin at the cors-simple step, with the page origin in the fix', async () => {
    const f = fakeFetch((_u, init) => (init.mode === 'no-cors' ? new Response('') : 'network-error'));
    const r = await runChecklist({ connection: OLLAMA, page: httpsChrome() }, { fetch: f.fetch });
    expect(r.steps.find((s) => s.id === 'cors-simple')?.status).toBe('fail');
    expect(r.diagnosis.cause).toBe('cors-origin');
    expect(JSON.stringify(r.diagnosis.fixes)).toContain('OLLAMA_ORIGINS \\"https://switchboard.example\\"');
  });

  it('cors-preflight at the preflight step', async () => {
    const f = fakeFetch((_u, init) => (init.headers ? 'network-error' : new Response('{}')));
    const r = await runChecklist({ connection: { ...OLLAMA, has_api_key: true }, page: localPage }, { fetch: f.fetch });
    expect(r.steps.find((s) => s.id === 'preflight')?.status).toBe('fail');
    expect(r.diagnosis.cause).toBe('cors-preflight');
  });

  it('classifies a model-list ProviderError', async () => {
    const err = providerError('invalid-response', {
      method: 'GET',
      url: 'http://localhost:11434/api/tags',
      status: 200,
      responseBody: '<!doctype html><html></html>',
      responseHeaders: { 'content-type': 'text/html' },
    });
    const r = await runChecklist(
      { connection: OLLAMA, page: localPage },
      { fetch: okFetch().fetch, listModels: () => Promise.reject(err) },
    );
    expect(r.steps.find((s) => s.id === 'models')?.status).toBe('fail');
    expect(r.steps.find((s) => s.id === 'chat')?.status).toBe('skip');
    expect(r.diagnosis.cause).toBe('web-ui-not-api');
  });

  it('asks the root who answered a 404 in OpenAI mode (Ollama without /v1 → wrong-mode)', async () => {
    const err = providerError('http', {
      method: 'GET',
      url: 'http://localhost:11434/v1/models',
      status: 404,
      responseBody: '404 page not found',
      responseHeaders: { 'content-type': 'text/plain' },
    });
    const f = fakeFetch((url) => new Response(url === 'http://localhost:11434/' ? 'Ollama is running' : '{}'));
    const conn: ConnectionFacts = {
      base_url: 'http://localhost:11434/v1',
      mode: 'openai_compatible',
      server_kind: 'other',
    };
    const r = await runChecklist(
      { connection: conn, page: localPage },
      { fetch: f.fetch, listModels: () => Promise.reject(err) },
    );
    expect(r.steps.find((s) => s.id === 'models')?.status).toBe('fail');
    expect(f.calls.map((c) => c.url)).toContain('http://localhost:11434/api/version');
    expect(r.diagnosis.cause).toBe('wrong-mode');
    expect(r.diagnosis.fixes[0]?.title).toBe('Switch this connection to Ollama mode');
  });

  it('warns about an empty model list and skips chat without a model', async () => {
    const r = await runChecklist(
      { connection: OLLAMA, page: localPage },
      { fetch: okFetch().fetch, listModels: async () => [], chat: async () => undefined },
    );
    expect(r.steps.find((s) => s.id === 'models')?.status).toBe('pass');
    expect(r.steps.find((s) => s.id === 'chat')).toMatchObject({ status: 'skip', evidence: ['No model to try'] });
    expect(r.diagnosis).toMatchObject({ cause: 'no-models', severity: 'warning' });
    expect(JSON.stringify(r.diagnosis.fixes)).toContain('ollama pull');
  });

  it('classifies a chat failure with the requested model', async () => {
    const err = providerError('http', {
      url: 'http://localhost:11434/api/chat',
      status: 404,
      responseBody: '{"error":"model \'nope\' not found"}',
    });
    const r = await runChecklist(
      { connection: OLLAMA, page: localPage, model: 'nope' },
      { fetch: okFetch().fetch, listModels: async () => models, chat: () => Promise.reject(err) },
    );
    expect(r.steps.find((s) => s.id === 'chat')?.status).toBe('fail');
    expect(r.diagnosis.cause).toBe('model-not-found');
    expect(r.diagnosis.title).toContain('nope');
  });

  it('uses injected runners and survives a runner that throws', async () => {
    const r = await runChecklist(
      { connection: OLLAMA, page: localPage },
      {
        fetch: okFetch().fetch,
        runners: {
          reachable: async () => {
            throw new RangeError('boom');
          },
        },
      },
    );
    expect(r.steps.find((s) => s.id === 'reachable')?.status).toBe('fail');
    expect(r.diagnosis.cause).toBe('unknown');
    expect(r.diagnosis.evidence[0]).toContain('RangeError');
  });

  it('stops when aborted', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    const f = okFetch();
    const r = await runChecklist({ connection: OLLAMA, page: localPage }, { fetch: f.fetch, signal: ctrl.signal });
    expect(r.steps.every((s) => s.status === 'skip')).toBe(true);
    expect(r.diagnosis.cause).toBe('aborted');
    expect(f.calls).toHaveLength(0);
  });
});
