// The benchmark server: the streamed bytes are exactly the reply, CORS lets the app's page read them,
// models are listed, and the times it stamps are in order.
import { describe, expect, it } from 'vitest';
import { closedPort, startBenchServer, type BenchServer } from './bench-streams.ts';
import { rawRequest, sseData, startForTest } from './test-helpers.ts';

const ORIGIN = 'http://localhost:4183';
const start = (...args: Parameters<typeof startBenchServer>): Promise<BenchServer> =>
  startForTest(startBenchServer(...args));

type Chunk = { choices: Array<{ delta: { content?: string | null } }> };

describe('bench server', () => {
  it('streams the reply as llama-server SSE frames and stamps arrival, first and last byte in order', async () => {
    const reply = 'First token, then **bold** words\n\n```ts\nconst x = 1;\n```\n\n- a list item';
    const server = await start({ reply, tokensPerSecond: 2000 });
    const res = await rawRequest(`${server.baseUrl}/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
      body: JSON.stringify({ model: 'bench-model', messages: [{ role: 'user', content: 'hi' }], stream: true }),
    });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
    const events = sseData(res.body);
    expect(events.at(-1)).toBe('[DONE]');
    const text = (events.slice(0, -1) as Chunk[]).map((c) => c.choices[0]?.delta.content ?? '').join('');
    expect(text).toBe(reply);
    const [times] = server.chats;
    expect(times).toBeDefined();
    expect(times!.arrived).toBeLessThanOrEqual(times!.firstByte);
    expect(times!.firstByte).toBeLessThanOrEqual(times!.lastByte!);
    expect(times!.bytes).toBe(Buffer.byteLength(res.body));
  });

  it('answers preflights for the page and lists its models', async () => {
    const server = await start({ models: ['m-1', 'm-2'] });
    const preflight = await rawRequest(`${server.baseUrl}/chat/completions`, {
      method: 'OPTIONS',
      headers: {
        Origin: ORIGIN,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toBe('content-type');
    expect(server.preflights).toHaveLength(1);
    const models = await rawRequest(`${server.baseUrl}/models`, { headers: { Origin: ORIGIN } });
    expect((JSON.parse(models.body) as { data: Array<{ id: string }> }).data.map((m) => m.id)).toEqual(['m-1', 'm-2']);
    expect(server.modelsAnswered).toHaveLength(1);
  });

  it('a closed port refuses connections', async () => {
    const port = await closedPort();
    await expect(rawRequest(`http://127.0.0.1:${port}/v1/models`)).rejects.toThrow(/ECONNREFUSED/);
  });
});
