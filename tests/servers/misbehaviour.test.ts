// The misbehaviour switches on both servers, over real loopback fetch: cut, slow, malformed, hang,
// hold/release, mid-stream errors, status overrides, HTML pages, reset.
import { describe, expect, it } from 'vitest';
import { startOpenAIServer } from './openai-server.ts';
import { startOllamaServer } from './ollama-server.ts';
import { chatBody, loopbackServer, ndjson, postJson, readUntilBreak, sseData } from './test-helpers.ts';

const openai = loopbackServer(startOpenAIServer);
const ollama = loopbackServer(startOllamaServer);

const streamChat = (): Promise<Response> => postJson(`${openai.baseUrl}/chat/completions`, chatBody({ stream: true }));
const streamGenerate = (): Promise<Response> =>
  postJson(`${ollama.url}/api/generate`, JSON.stringify({ model: 'llama3.2:1b', prompt: 'Hi' }));
const contentChunks = (text: string): number => (text.match(/"content":"/g) ?? []).length;

describe('cut streams', () => {
  it('sends N content chunks then kills the socket: no [DONE], the body read fails', async () => {
    openai.behave({ cutAfterChunks: 2 });
    const { text, error } = await readUntilBreak(await streamChat());
    expect(error).toBeInstanceOf(Error);
    expect(contentChunks(text)).toBe(2);
    expect(text).not.toContain('[DONE]');
  });

  it("with cutMode 'end' the body ends cleanly but without the terminal marker", async () => {
    ollama.behave({ cutAfterChunks: 3, cutMode: 'end' });
    const { text, error } = await readUntilBreak(await streamGenerate());
    expect(error).toBeUndefined();
    const lines = ndjson(text) as Array<{ done: boolean }>;
    expect(lines).toHaveLength(3);
    expect(lines.some((l) => l.done)).toBe(false);
  });

  it('cuts a non-stream JSON reply halfway', async () => {
    openai.behave({ cutAfterChunks: 0 });
    const res = await postJson(`${openai.baseUrl}/chat/completions`, chatBody());
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
  });
});

describe('timing', () => {
  it('slows a stream down by chunkDelayMs per chunk', async () => {
    openai.behave({ chunkDelayMs: 40 });
    const started = Date.now();
    const text = await (await streamChat()).text();
    const frames = sseData(text).length;
    expect(Date.now() - started).toBeGreaterThanOrEqual((frames - 1) * 40 - 20);
  });

  it('sends bursts: N chunks back to back, then silence for gapMs', async () => {
    openai.behave({ bigReply: { bytes: 2000, pieceChars: 20 }, burst: { chunks: 5, gapMs: 60_000 } });
    const reader = (await streamChat()).body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (contentChunks(text) < 5) text += decoder.decode((await reader.read()).value, { stream: true });
    expect(contentChunks(text)).toBe(5);
    const raced = await Promise.race([
      reader.read().then(() => 'data'),
      new Promise((r) => setTimeout(() => r('silent'), 150)),
    ]);
    expect(raced).toBe('silent');
    await reader.cancel();
  });

  it('hangs: the request is recorded but never answered, so a timeout fires', async () => {
    openai.behave({ hang: true });
    const call = fetch(`${openai.baseUrl}/models`, { signal: AbortSignal.timeout(300) });
    await expect(call).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(openai.lastRequest('/v1/models')).toBeDefined();
    ollama.behave({ hang: '/api/tags' });
    expect((await fetch(`${ollama.url}/api/version`)).status).toBe(200);
    await expect(fetch(`${ollama.url}/api/tags`, { signal: AbortSignal.timeout(200) })).rejects.toMatchObject({
      name: 'TimeoutError',
    });
  });

  it('holds a stream after N chunks until release()', async () => {
    openai.behave({ holdStream: 2 });
    const res = await streamChat();
    await openai.waitForHold();
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (contentChunks(text) < 2) text += decoder.decode((await reader.read()).value, { stream: true });
    const pending = reader.read();
    const raced = await Promise.race([
      pending.then(() => 'data'),
      new Promise((r) => setTimeout(() => r('held'), 150)),
    ]);
    expect(raced).toBe('held');
    openai.release();
    const first = await pending;
    text += decoder.decode(first.value, { stream: true });
    for (let r = await reader.read(); !r.done; r = await reader.read())
      text += decoder.decode(r.value, { stream: true });
    expect(text).toContain('[DONE]');
    // released: later streams pass straight through until holdStream is set again
    expect(await (await streamChat()).text()).toContain('[DONE]');
  });

  it('holds a non-stream reply whole, and reset() lets it go', async () => {
    ollama.behave({ holdStream: true });
    const call = postJson(
      `${ollama.url}/api/generate`,
      JSON.stringify({ model: 'llama3.2:1b', prompt: 'Hi', stream: false }),
    );
    await ollama.waitForHold();
    ollama.reset();
    expect(((await (await call).json()) as { done: boolean }).done).toBe(true);
    expect(ollama.config.holdStream).toBe(false);
  });
});

describe('broken bodies', () => {
  it('inserts a garbage line inside the stream', async () => {
    openai.behave({ malformedLines: true });
    const text = await (await streamChat()).text();
    expect(() => sseData(text)).toThrow(SyntaxError);
    expect(text).toContain('[DONE]');
    ollama.behave({ malformedLines: 'not json at all' });
    const lines = (await (await streamGenerate()).text()).split('\n');
    expect(lines).toContain('not json at all');
    expect(lines.filter((l) => l.includes('"done":true'))).toHaveLength(1);
  });

  it('sends a mid-stream error record in each server’s own shape', async () => {
    openai.behave({ midStreamError: { afterChunks: 1, message: 'out of memory' } });
    const events = sseData(await (await streamChat()).text());
    expect(events.at(-1)).toEqual({ error: { code: 500, message: 'out of memory', type: 'server_error' } });
    ollama.behave({ midStreamError: { afterChunks: 2, message: 'model runner crashed' } });
    const res = await streamGenerate();
    expect(res.status).toBe(200);
    expect(ndjson(await res.text()).at(-1)).toEqual({ error: 'model runner crashed' });
  });
});

describe('whole-response overrides', () => {
  it('overrides the status with the server’s error shape, optionally for one path', async () => {
    openai.behave({ status: { code: 503 } });
    const res = await fetch(`${openai.baseUrl}/models`, { headers: { Origin: 'http://localhost:4173' } });
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ error: { code: 503, message: 'Loading model', type: 'unavailable_error' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:4173');
    openai.behave({ status: { code: 429, path: '/v1/chat/completions', body: 'slow down' } });
    expect((await fetch(`${openai.baseUrl}/models`)).status).toBe(200);
    const limited = await postJson(`${openai.baseUrl}/chat/completions`, chatBody());
    expect(limited.status).toBe(429);
    expect(await limited.text()).toBe('slow down');
    ollama.behave({ status: { code: 500 } });
    expect(await (await fetch(`${ollama.url}/api/tags`)).json()).toEqual({ error: 'internal server error' });
  });

  it('serves an HTML web UI at every path', async () => {
    openai.behave({ html: true });
    ollama.behave({ html: true });
    for (const url of [`${openai.baseUrl}/models`, `${openai.url}/anything`, `${ollama.url}/api/tags`]) {
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(await res.text()).toContain('<!doctype html>');
    }
  });

  it('reset() restores the starting options but keeps the request log', async () => {
    openai.behave({ status: { code: 500 }, models: ['changed'] });
    await fetch(`${openai.baseUrl}/models`);
    openai.reset();
    const body = (await (await fetch(`${openai.baseUrl}/models`)).json()) as { data: Array<{ id: string }> };
    expect(body.data.map((m) => m.id)).toEqual(['test-model', 'other-model']);
    expect(openai.requestsTo('/v1/models')).toHaveLength(2);
    openai.clearRequests();
    expect(openai.requests).toHaveLength(0);
  });
});
