// The bad-input switches on both servers, over real loopback fetch: an endless line, invalid UTF-8, a
// pause, no terminal marker, a lying Content-Type, a whole JSON reply to a stream request, a huge answer,
// and an HTML page on one path only.
import { describe, expect, it } from 'vitest';
import { startOpenAIServer } from './openai-server.ts';
import { startOllamaServer } from './ollama-server.ts';
import { chatBody, loopbackServer, ndjson, postJson, sseData } from './test-helpers.ts';

const openai = loopbackServer(startOpenAIServer);
const ollama = loopbackServer(startOllamaServer);

const streamChat = (): Promise<Response> => postJson(`${openai.baseUrl}/chat/completions`, chatBody({ stream: true }));
const streamGenerate = (): Promise<Response> =>
  postJson(`${ollama.url}/api/generate`, JSON.stringify({ model: 'llama3.2:1b', prompt: 'Hi' }));

/** Reads raw bytes until `enough` says stop, then cancels. */
async function readBytes(res: Response, enough: (total: number) => boolean): Promise<Uint8Array> {
  const reader = res.body!.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    total += value.length;
    if (enough(total)) {
      await reader.cancel();
      break;
    }
  }
  return Buffer.concat(parts);
}

describe('bad bodies', () => {
  it('endlessLineAfterChunks: one record opens and never ends, with no line break in megabytes', async () => {
    openai.behave({ endlessLineAfterChunks: 1 });
    const bytes = await readBytes(await streamChat(), (n) => n > 5 * 1024 * 1024);
    const text = Buffer.from(bytes).toString('latin1');
    const lastBreak = text.lastIndexOf('\n');
    expect(text.length - lastBreak).toBeGreaterThan(4 * 1024 * 1024);
    expect(text.slice(lastBreak + 1)).toMatch(/^data: \{"choices".*"content":"x{1000}/);
    ollama.behave({ endlessLineAfterChunks: 0 });
    const lines = Buffer.from(await readBytes(await streamGenerate(), (n) => n > 2 * 1024 * 1024)).toString('latin1');
    expect(lines.indexOf('\n')).toBe(-1);
    expect(lines).toMatch(/^\{"model":"llama3.2:1b".*"response":"xxxx/);
  });

  it('invalidUtf8AfterChunks: the bytes FF FE inside a JSON string, decoded by fetch as replacement characters', async () => {
    openai.behave({ invalidUtf8AfterChunks: 1 });
    const raw = Buffer.from(await (await streamChat()).arrayBuffer());
    expect(raw.includes(Buffer.from([0x62, 0x61, 0x64, 0xff, 0xfe, 0x62]))).toBe(true);
    const events = sseData(raw.toString('utf8')) as Array<{ choices?: Array<{ delta: { content?: string } }> }>;
    expect(events.map((e) => e.choices?.[0]?.delta.content).join('')).toContain('bad\uFFFD\uFFFDbytes');
    ollama.behave({ invalidUtf8AfterChunks: 2 });
    const lines = ndjson(await (await streamGenerate()).text()) as Array<{ response: string; done: boolean }>;
    expect(lines[2]?.response).toBe('bad\uFFFD\uFFFDbytes');
    expect(lines.at(-1)?.done).toBe(true);
  });

  it('pause: goes silent after N chunks for the given time, then finishes', async () => {
    ollama.behave({ pause: { afterChunks: 1, ms: 300 } });
    const started = Date.now();
    const text = await (await streamGenerate()).text();
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect((ndjson(text) as Array<{ done: boolean }>).at(-1)?.done).toBe(true);
  });

  it('omitTerminal: OpenAI keeps the finish_reason but drops [DONE]; Ollama drops the done:true line', async () => {
    openai.behave({ omitTerminal: true });
    const events = sseData(await (await streamChat()).text()) as Array<{
      choices: Array<{ finish_reason: string | null }>;
    }>;
    expect(events).not.toContain('[DONE]');
    expect(events.at(-1)?.choices[0]?.finish_reason).toBe('stop');
    ollama.behave({ omitTerminal: true });
    const lines = ndjson(await (await streamGenerate()).text()) as Array<{ done: boolean }>;
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.some((l) => l.done)).toBe(false);
  });

  it('streamContentType lies about a stream; ignoreStream answers a stream request with one JSON reply', async () => {
    openai.behave({ streamContentType: 'application/json' });
    const lying = await streamChat();
    expect(lying.headers.get('content-type')).toBe('application/json');
    expect(await lying.text()).toMatch(/^data: /);
    ollama.behave({ streamContentType: 'text/plain' });
    expect((await streamGenerate()).headers.get('content-type')).toBe('text/plain');
    openai.behave({ ignoreStream: true, streamContentType: 'text/event-stream' });
    const whole = await streamChat();
    expect(whole.headers.get('content-type')).toBe('text/event-stream');
    expect(((await whole.json()) as { object: string }).object).toBe('chat.completion');
  });

  it('bigReply: a generated answer of the given size in pieces of the given length', async () => {
    ollama.behave({ bigReply: { bytes: 1_000_000, pieceChars: 5000 } });
    const lines = ndjson(await (await streamGenerate()).text()) as Array<{ response: string }>;
    const text = lines.map((l) => l.response).join('');
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    expect(text.startsWith('Line 000001: the quick brown fox')).toBe(true);
    expect(lines[0]?.response).toHaveLength(5000);
  });

  it('html as a path: only that path serves the web page', async () => {
    openai.behave({ html: '/v1/chat/completions' });
    expect((await fetch(`${openai.baseUrl}/models`)).headers.get('content-type')).toContain('application/json');
    const page = await streamChat();
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<!doctype html>');
  });
});
