import { describe, expect, it } from 'vitest';
import { fixtureBytes, joined, lastEvent, parseChunks, parseEverySplit } from '../testing/parser-harness.ts';
import { utf8 } from '../../protocol/testing/chunks.ts';
import { parseChatStream } from './parse-stream.ts';

const dir = new URL('./__fixtures__/', import.meta.url);
const parse = (name: string) => parseEverySplit(parseChatStream, fixtureBytes(dir, name));

describe('openai parseChatStream on recorded llama-server streams', () => {
  it('11-chat-stream: null first content, finish "length", timings from `timings`', async () => {
    const events = await parse('llama-server-stream.sse');
    expect(joined(events).text).toBe(
      ' dip statueternal instinct nouvebaumuolaweise\\] noch Best releases classical erfef wonder',
    );
    expect(events.filter((e) => e.type === 'text-delta')).toHaveLength(16);
    expect(lastEvent(events)).toEqual({
      type: 'finish',
      reason: { unified: 'length', raw: 'length' },
      timings: {
        tokens_per_second: 1813.3462282398452,
        prompt_tokens_per_second: 16274.864376130197,
        prompt_ms: 1.106,
      },
    });
    expect(events.filter((e) => e.type === 'finish')).toHaveLength(1);
  });

  it('12-chat-stream-include-usage: the choices:[] usage chunk after the finish chunk', async () => {
    const events = await parse('llama-server-stream-usage.sse');
    expect(joined(events).text.startsWith('divclamprojuce}},')).toBe(true);
    expect(lastEvent(events)).toMatchObject({
      type: 'finish',
      reason: { unified: 'length' },
      usage: { prompt_tokens: 30, completion_tokens: 16, total_tokens: 46 },
      timings: { tokens_per_second: 2024.2914979757086 },
    });
  });

  it('70-client-abort-midstream: a body that ends after a complete event without [DONE] is interrupted', async () => {
    const events = await parse('llama-server-cut-tail.sse');
    expect(events).toEqual([
      { type: 'text-delta', text: ' nach' },
      { type: 'finish', reason: { unified: 'interrupted' } },
    ]);
  });
});

describe('openai parseChatStream on recorded KoboldCpp streams', () => {
  it('treats finish_reason "null" (a string) as not finished, and reads the unterminated final [DONE]', async () => {
    const events = await parse('koboldcpp-stream.sse');
    expect(joined(events).text).toBe(
      ' morteformedbonechannelfw horn Build hoog Italiana Jahres comenzstract Dez finohagenarguments',
    );
    expect(lastEvent(events)).toEqual({ type: 'finish', reason: { unified: 'length', raw: 'length' } });
  });

  it('include_usage is ignored by KoboldCpp: no usage, still complete', async () => {
    const events = await parse('koboldcpp-stream-usage.sse');
    expect(joined(events).text.endsWith(' laptoptto Front')).toBe(true);
    expect(lastEvent(events)).toEqual({ type: 'finish', reason: { unified: 'length', raw: 'length' } });
  });
});

describe('openai parseChatStream on hand-made ugly streams', () => {
  it('CRLF line endings', async () => {
    const events = await parse('crlf.sse');
    expect(events).toEqual([
      { type: 'text-delta', text: 'Hello' },
      { type: 'text-delta', text: ', world' },
      { type: 'finish', reason: { unified: 'stop', raw: 'stop' } },
    ]);
  });

  it('comment pings between events are ignored', async () => {
    const events = await parse('pings.sse');
    expect(joined(events).text).toBe('tick tock');
    expect(lastEvent(events)).toEqual({ type: 'finish', reason: { unified: 'stop', raw: 'stop' } });
  });

  it('OpenRouter processing comments, `reasoning` deltas and reasoning token usage', async () => {
    const events = await parse('openrouter-processing.sse');
    expect(joined(events)).toEqual({ text: 'There are 3.', reasoning: 'Count letters.' });
    expect(lastEvent(events)).toEqual({
      type: 'finish',
      reason: { unified: 'stop', raw: 'stop' },
      usage: { prompt_tokens: 12, completion_tokens: 9, total_tokens: 21, reasoning_tokens: 4 },
    });
  });

  it('an error object mid-stream keeps the text, then error, then finish "error"', async () => {
    const events = await parse('error-midstream.sse');
    expect(events.slice(0, 2)).toEqual([
      { type: 'text-delta', text: 'Partial' },
      { type: 'text-delta', text: ' answer' },
    ]);
    const error = events[2];
    expect(error?.type).toBe('error');
    if (error?.type !== 'error') return;
    expect(error.error).toMatchObject({
      kind: 'http',
      phase: 'stream',
      message: 'Provider disconnected',
      serverMessage: 'Provider disconnected',
      retryable: true,
    });
    expect(error.error.response?.status).toBe(200);
    expect(events[3]).toEqual({ type: 'finish', reason: { unified: 'error' } });
    expect(events).toHaveLength(4);
  });

  it('a finish_reason followed by end of body without [DONE] counts as complete', async () => {
    const events = await parse('missing-done.sse');
    expect(joined(events).text).toBe('Done here');
    expect(lastEvent(events)).toEqual({ type: 'finish', reason: { unified: 'length', raw: 'length' } });
  });

  it('a body cut inside an event: keeps the text, drops the truncated tail, finishes interrupted', async () => {
    const events = await parse('cut-midevent.sse');
    expect(events).toEqual([
      { type: 'text-delta', text: 'Hal' },
      { type: 'text-delta', text: 'f a rep' },
      { type: 'finish', reason: { unified: 'interrupted' } },
    ]);
  });

  it('<think> tags split across deltas become reasoning; a later literal <think> stays text', async () => {
    const events = await parse('think-split.sse');
    expect(joined(events)).toEqual({ reasoning: 'Let me check.', text: 'The answer is <think> literal.' });
    expect(events.map((e) => e.type)).toEqual([
      'reasoning-delta',
      'reasoning-delta',
      'text-delta',
      'text-delta',
      'finish',
    ]);
  });

  it('reasoning_content deltas, content null, choices null and usage on the finish chunk', async () => {
    const events = await parse('reasoning-content.sse');
    expect(events).toEqual([
      { type: 'reasoning-delta', text: 'First,' },
      { type: 'reasoning-delta', text: ' think.' },
      { type: 'text-delta', text: 'Answer.' },
      {
        type: 'finish',
        reason: { unified: 'stop', raw: 'stop' },
        usage: { prompt_tokens: 5, completion_tokens: 7, total_tokens: 12 },
      },
    ]);
  });

  it('multibyte UTF-8 survives a cut inside any character', async () => {
    const events = await parse('utf8.sse');
    expect(joined(events).text).toBe('日本語で🦙 👩‍💻 cafe\u0301 中文。');
  });

  it('an HTML page behind a 200 is an invalid response with the page as evidence', async () => {
    const events = await parse('html-200.txt');
    expect(events).toHaveLength(2);
    const error = events[0];
    if (error?.type !== 'error') throw new Error('expected an error event');
    expect(error.error.kind).toBe('invalid-response');
    expect(error.error.phase).toBe('stream');
    expect(error.error.response?.body).toContain('<title>Chat UI</title>');
    expect(events[1]).toEqual({ type: 'finish', reason: { unified: 'error' } });
  });
});

describe('openai parseChatStream edge cases', () => {
  const run = (text: string) => parseChunks(parseChatStream, [utf8(text)]);

  it('an empty body is interrupted, not an error', async () => {
    expect(await run('')).toEqual([{ type: 'finish', reason: { unified: 'interrupted' } }]);
  });

  it('[DONE] without any finish_reason finishes "stop"', async () => {
    expect(await run('data: {"choices":[{"delta":{"content":"x"}}]}\n\ndata: [DONE]\n\n')).toEqual([
      { type: 'text-delta', text: 'x' },
      { type: 'finish', reason: { unified: 'stop' } },
    ]);
  });

  it('stops reading at [DONE]', async () => {
    const events = await run('data: [DONE]\n\ndata: {"choices":[{"delta":{"content":"late"}}]}\n\n');
    expect(events).toEqual([{ type: 'finish', reason: { unified: 'stop' } }]);
  });

  it('a non-JSON event followed by more events is an invalid response', async () => {
    const events = await run('data: {"choices":[{"delta":{"content":"a"}}]}\n\ndata: oops\n\ndata: [DONE]\n\n');
    expect(events.map((e) => e.type)).toEqual(['text-delta', 'error', 'finish']);
    const error = events[1];
    if (error?.type !== 'error') throw new Error('expected error');
    expect(error.error.kind).toBe('invalid-response');
    expect(error.error.response?.body).toBe('oops');
  });

  it('old vLLM top-level {"object":"error"} mid-stream', async () => {
    const events = await run(
      'data: {"object":"error","message":"CUDA out of memory","type":"InternalServerError","code":500}\n\n',
    );
    const error = events[0];
    if (error?.type !== 'error') throw new Error('expected error');
    expect(error.error.serverMessage).toBe('CUDA out of memory');
  });

  it('maps content_filter and tool_calls', async () => {
    expect(
      lastEvent(await run('data: {"choices":[{"delta":{},"finish_reason":"content_filter"}]}\n\ndata: [DONE]\n\n')),
    ).toEqual({
      type: 'finish',
      reason: { unified: 'content-filter', raw: 'content_filter' },
    });
    expect(
      lastEvent(await run('data: {"choices":[{"delta":{},"finish_reason":"tool_calls"}]}\n\ndata: [DONE]\n\n')),
    ).toEqual({
      type: 'finish',
      reason: { unified: 'tool-calls', raw: 'tool_calls' },
    });
  });
});
