import { describe, expect, it } from 'vitest';
import { utf8 } from '../../protocol/testing/chunks.ts';
import { fixtureBytes, joined, lastEvent, parseChunks, parseEverySplit } from '../testing/parser-harness.ts';
import { parseChatStream } from './parse-stream.ts';

const dir = new URL('./__fixtures__/', import.meta.url);
const parse = (name: string) => parseEverySplit(parseChatStream, fixtureBytes(dir, name));

describe('ollama parseChatStream (fixtures transcribed from the Ollama docs)', () => {
  it('response deltas, then the final stats line → usage and tokens/s from nanoseconds', async () => {
    const events = await parse('generate-stream.ndjson');
    expect(events.slice(0, -1)).toEqual(
      ['The', ' sky', ' is', ' blue', '.'].map((text) => ({ type: 'text-delta', text })),
    );
    expect(lastEvent(events)).toEqual({
      type: 'finish',
      reason: { unified: 'stop' },
      usage: { prompt_tokens: 26, completion_tokens: 259, total_tokens: 285 },
      timings: {
        tokens_per_second: (259 / 4232710000) * 1e9,
        prompt_tokens_per_second: (26 / 130079000) * 1e9,
        prompt_ms: 130.079,
      },
    });
  });

  it('done_reason "length"', async () => {
    expect(lastEvent(await parse('generate-stream-length.ndjson'))).toMatchObject({
      reason: { unified: 'length', raw: 'length' },
    });
  });

  it('a thinking model: `thinking` → reasoning, `response` → text', async () => {
    const events = await parse('generate-thinking.ndjson');
    expect(joined(events)).toEqual({ reasoning: 'Need to answer briefly.', text: 'Fluffy, quick, gentle.' });
    expect(lastEvent(events)).toMatchObject({
      reason: { unified: 'stop', raw: 'stop' },
      usage: { completion_tokens: 64 },
    });
  });

  it('an {"error"} line under HTTP 200: the text so far, the error, then finish "error"', async () => {
    const events = await parse('generate-error-midstream.ndjson');
    expect(joined(events).text).toBe(' Yes.Ican');
    const error = events[events.length - 2];
    if (error?.type !== 'error') throw new Error('expected error');
    expect(error.error).toMatchObject({
      kind: 'http',
      phase: 'stream',
      message: 'an error was encountered while running the model',
      serverMessage: 'an error was encountered while running the model',
      response: { status: 200, body: '{"error":"an error was encountered while running the model"}' },
    });
    expect(lastEvent(events)).toEqual({ type: 'finish', reason: { unified: 'error' } });
  });

  it('a body cut mid-line without done:true → interrupted, text kept', async () => {
    expect(await parse('generate-cut.ndjson')).toEqual([
      { type: 'text-delta', text: 'The' },
      { type: 'text-delta', text: ' sky' },
      { type: 'finish', reason: { unified: 'interrupted' } },
    ]);
  });

  it('inline <think> in `response`, tags cut across lines', async () => {
    expect(joined(await parse('generate-think-inline.ndjson'))).toEqual({
      reasoning: '\nOkay, greet.',
      text: 'Hello!',
    });
  });

  it('CRLF, blank lines and multibyte UTF-8, cut at every line break and inside every character', async () => {
    const events = await parse('generate-utf8-crlf.ndjson');
    expect(joined(events).text).toBe('日本語で🦙 👩‍💻 cafe\u0301');
    expect(lastEvent(events)).toMatchObject({ reason: { unified: 'stop' } });
  });
});

describe('ollama parseChatStream edge cases', () => {
  const run = (text: string) => parseChunks(parseChatStream, [utf8(text)]);

  it('empty body → interrupted', async () => {
    expect(await run('')).toEqual([{ type: 'finish', reason: { unified: 'interrupted' } }]);
  });

  it('an HTML page behind a 200 → invalid response', async () => {
    const events = await run('<html>\n<body>hi</body>\n</html>\n');
    expect(events.map((e) => e.type)).toEqual(['error', 'finish']);
    const error = events[0];
    if (error?.type !== 'error') throw new Error('expected error');
    expect(error.error.kind).toBe('invalid-response');
  });

  it('ignores anything after done:true', async () => {
    const events = await run(
      '{"response":"a","done":false}\n{"response":"","done":true,"done_reason":"stop"}\n{"response":"late"}\n',
    );
    expect(joined(events).text).toBe('a');
  });

  it('load/unload done reasons map to "other"', async () => {
    expect(lastEvent(await run('{"response":"","done":true,"done_reason":"load"}\n'))).toEqual({
      type: 'finish',
      reason: { unified: 'other', raw: 'load' },
    });
  });
});
