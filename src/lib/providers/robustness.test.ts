// The robustness corpus: bad input from servers, run through both adapters (OpenAI SSE and Ollama NDJSON)
// end to end through streamChat. Every case must end in a complete answer or one clear error, never hang,
// and never lose text already received (the deltas before the error were yielded and are kept).
import { describe, expect, it } from 'vitest';
import type { ProviderErrorKind } from './errors.ts';
import { streamChat, type ConnectionTarget, type StreamChatOptions } from './index.ts';
import {
  WEB_PAGE,
  answer,
  brokenRecord,
  byteChunks,
  bytes,
  chunksOf,
  concat,
  delta,
  done,
  errorRecord,
  finish,
  planBody,
  type BodyPlan,
  type Wire,
} from './testing/bad-bodies.ts';
import { fakeFetch } from './testing/fake-fetch.ts';
import type { ChatEvent, ChatRequest, FinishReason } from './types.ts';

const targets: Record<Wire, ConnectionTarget> = {
  sse: { mode: 'openai_compatible', base_url: 'http://127.0.0.1:8080/v1' },
  ndjson: { mode: 'ollama', base_url: 'http://127.0.0.1:11434' },
};
const realType: Record<Wire, string> = { sse: 'text/event-stream', ndjson: 'application/x-ndjson' };
const hello: ChatRequest = { model: 'm', messages: [{ role: 'user', content: 'Hi' }] };

interface Expectation {
  /** the answer text at the end (all of it, or what arrived before the failure) */
  text: string;
  finish: FinishReason;
  error?: { kind: ProviderErrorKind; message: RegExp };
}

interface Case {
  name: string;
  body: (wire: Wire) => BodyPlan;
  /** the Content-Type header (default: the format's real one) */
  contentType?: (wire: Wire) => string;
  options?: StreamChatOptions;
  /** abort the turn this many ms after the first text arrived */
  stopAfterMs?: number;
  /** connection params (e.g. stream: false) */
  params?: { stream: boolean };
  expect: (wire: Wire) => Expectation;
}

const MB = 1024 * 1024;
const words = ['Hello', ' there', ', friend.'];
const full = words.join('');
const complete: Expectation = { text: full, finish: 'stop' };
const close = (...chunks: Array<string | Uint8Array>): BodyPlan => ({ chunks, then: 'close' });
const tenMbWords = Array.from({ length: 100_000 }, (_, i) =>
  `word${String(i).padStart(6, '0')} `.repeat(10).slice(0, 100),
);

const cases: Case[] = [
  { name: 'a well-formed answer', body: (w) => close(answer(w, words)), expect: () => complete },
  {
    name: 'an endless line after some text',
    body: (w) => ({ chunks: [delta(w, 'Hello'), w === 'sse' ? 'data: ' : '{"response":"'], then: 'endless' }),
    expect: () => ({
      text: 'Hello',
      finish: 'error',
      error: { kind: 'invalid-response', message: /line longer than 16 MB without a line break/ },
    }),
  },
  {
    name: 'an endless line from the first byte',
    body: () => ({ chunks: [], then: 'endless' }),
    expect: () => ({
      text: '',
      finish: 'error',
      error: { kind: 'invalid-response', message: /line longer than 16 MB/ },
    }),
  },
  {
    name: 'one 15 MB line just under the limit (read in linear time)',
    body: (w) => close(...[delta(w, 'x'.repeat(15 * MB))].flatMap((s) => chunksOf(s, 64 * 1024)), finish(w), done(w)),
    expect: () => ({ text: 'x'.repeat(15 * MB), finish: 'stop' }),
  },
  {
    name: 'invalid UTF-8 inside the text: replacement characters, no throw',
    body: (w) => {
      const [head, tail] = delta(w, 'bad:@@!').split('@@') as [string, string];
      return close(concat(bytes(head), Uint8Array.of(0xff, 0xfe, 0xc3), bytes(tail)), finish(w), done(w));
    },
    expect: () => ({ text: 'bad:\uFFFD\uFFFD\uFFFD!', finish: 'stop' }),
  },
  {
    name: 'multi-byte characters split across chunks, byte by byte',
    body: (w) => close(...byteChunks(answer(w, ['日本語', ' 🦙', ' naïve 👩‍💻']))),
    expect: () => ({ text: '日本語 🦙 naïve 👩‍💻', finish: 'stop' }),
  },
  {
    name: 'JSON broken mid-object, then more records: a clear error, the text before it kept',
    body: (w) => close(delta(w, 'Hello'), brokenRecord(w, ' lost'), delta(w, ' after'), finish(w), done(w)),
    expect: (w) => ({
      text: 'Hello',
      finish: 'error',
      error: { kind: 'invalid-response', message: w === 'sse' ? /event that is not JSON/ : /line that is not JSON/ },
    }),
  },
  {
    name: 'JSON broken mid-object as the very last record: a cut-off tail, kept as interrupted',
    body: (w) => close(delta(w, 'Hello'), brokenRecord(w, ' lost')),
    expect: () => ({ text: 'Hello', finish: 'interrupted' }),
  },
  {
    name: 'a 10 MB answer in 100 000 deltas',
    body: (w) => close(...chunksOf(answer(w, tenMbWords), 64 * 1024)),
    expect: () => ({ text: tenMbWords.join(''), finish: 'stop' }),
  },
  {
    name: 'a 200 with an HTML page',
    body: () => close(WEB_PAGE),
    contentType: () => 'text/html; charset=utf-8',
    expect: () => ({
      text: '',
      finish: 'error',
      error: { kind: 'invalid-response', message: /answered with a web page \(HTML\)/ },
    }),
  },
  {
    name: 'a 200 with an HTML page that claims to be the stream format',
    body: () => close('\n', WEB_PAGE),
    expect: () => ({
      text: '',
      finish: 'error',
      error: { kind: 'invalid-response', message: /answered with a web page \(HTML\)/ },
    }),
  },
  {
    name: 'a 200 with an empty body',
    body: () => close(),
    expect: () => ({ text: '', finish: 'error', error: { kind: 'invalid-response', message: /empty reply/ } }),
  },
  {
    name: 'no terminal marker after the finish record ([DONE] / nothing after done:true)',
    body: (w) => close(...words.map((t) => delta(w, t)), finish(w)),
    expect: () => complete,
  },
  {
    name: 'the body ends cleanly without a finish: the text is kept, marked cut off',
    body: (w) => close(...words.map((t) => delta(w, t))),
    expect: () => ({ text: full, finish: 'interrupted' }),
  },
  {
    name: 'the connection breaks mid-stream',
    body: (w) => ({ chunks: words.map((t) => delta(w, t)), then: 'error' }),
    expect: () => ({ text: full, finish: 'error', error: { kind: 'network', message: /connection broke/ } }),
  },
  {
    name: 'a pause after some text hits the idle timeout',
    body: (w) => ({ chunks: [delta(w, 'Hello')], then: 'stall' }),
    options: { idleTimeoutMs: 60 },
    expect: () => ({
      text: 'Hello',
      finish: 'timeout',
      error: {
        kind: 'timeout',
        message:
          /^No data from 127\.0\.0\.1:\d+ for 0\.06 s; the stream was stopped\. The text received so far is kept\.$/,
      },
    }),
  },
  {
    name: 'a pause before the first token hits the first-token allowance, not the idle timeout',
    body: () => ({ chunks: [], then: 'stall' }),
    options: { idleTimeoutMs: 20, firstTokenTimeoutMs: 120 },
    expect: () => ({
      text: '',
      finish: 'timeout',
      error: { kind: 'timeout', message: /^No data from 127\.0\.0\.1:\d+ for 0\.12 s/ },
    }),
  },
  {
    name: 'Stop during a pause: the text is kept, no error',
    body: (w) => ({ chunks: [delta(w, 'Hello')], then: 'stall' }),
    stopAfterMs: 30,
    expect: () => ({ text: 'Hello', finish: 'aborted' }),
  },
  {
    name: 'keep-alives during a slow start keep the stream alive',
    body: (w) => ({ chunks: [w === 'sse' ? ': ping\n\n' : '\n', delta(w, 'late'), finish(w), done(w)], then: 'close' }),
    options: { idleTimeoutMs: 1000, firstTokenTimeoutMs: 1000 },
    expect: () => ({ text: 'late', finish: 'stop' }),
  },
  {
    name: 'Content-Type lies: application/json on a stream',
    body: (w) => close(answer(w, words)),
    contentType: () => 'application/json',
    expect: () => complete,
  },
  {
    name: 'Content-Type lies: text/plain on a stream',
    body: (w) => close(answer(w, words)),
    contentType: () => 'text/plain',
    expect: () => complete,
  },
  {
    name: 'Content-Type lies: the stream format on one whole JSON reply',
    body: (w) =>
      close(
        w === 'sse'
          ? JSON.stringify({
              choices: [{ index: 0, message: { role: 'assistant', content: full }, finish_reason: 'stop' }],
            })
          : JSON.stringify({ model: 'm', response: full, done: true, done_reason: 'stop' }),
      ),
    expect: () => complete,
  },
  {
    name: 'CRLF line endings',
    body: (w) => close(answer(w, words).replace(/\n/g, '\r\n')),
    expect: () => complete,
  },
  {
    name: 'lone CR line endings',
    body: (w) => close(answer(w, words).replace(/\n/g, '\r')),
    expect: () => complete,
  },
  {
    name: 'a UTF-8 byte order mark',
    body: (w) => close(concat(Uint8Array.of(0xef, 0xbb, 0xbf), bytes(answer(w, words)))),
    expect: () => complete,
  },
  {
    name: '`data:` without a space, comments and empty deltas (SSE); blank lines and empty responses (NDJSON)',
    body: (w) =>
      close(
        w === 'sse'
          ? `: keep-alive\n\n${answer(w, words).replace(/data: /g, 'data:')}`
          : `\n\n${delta(w, '')}${answer(w, words)}`,
        delta(w, ''),
      ),
    expect: () => complete,
  },
  {
    name: 'an error record inside the stream: the server message, the text before it kept',
    body: (w) => close(delta(w, 'Hello'), errorRecord(w, 'CUDA out of memory')),
    expect: () => ({ text: 'Hello', finish: 'error', error: { kind: 'http', message: /^CUDA out of memory$/ } }),
  },
  {
    name: 'stream:false: a web page instead of the JSON reply',
    params: { stream: false },
    body: () => close(WEB_PAGE),
    contentType: () => 'text/html',
    expect: () => ({
      text: '',
      finish: 'error',
      error: { kind: 'invalid-response', message: /answered with a web page/ },
    }),
  },
  {
    name: 'stream:false: the reply stalls halfway (no text yet, so the first-token allowance applies)',
    params: { stream: false },
    body: () => ({ chunks: ['{"choices":[{"message":{"content":"half'], then: 'stall' }),
    contentType: () => 'application/json',
    options: { idleTimeoutMs: 10, firstTokenTimeoutMs: 60 },
    expect: () => ({
      text: '',
      finish: 'timeout',
      error: { kind: 'timeout', message: /^No data from .* for 0\.06 s while waiting for the first token/ },
    }),
  },
  {
    name: 'stream:false: a reply that never ends is refused past 64 MB',
    params: { stream: false },
    body: () => ({ chunks: ['{"response":"'], then: 'endless' }),
    contentType: () => 'application/json',
    expect: () => ({
      text: '',
      finish: 'error',
      error: { kind: 'invalid-response', message: /reply is larger than 64 MB/ },
    }),
  },
  {
    name: 'a stream that is not the expected format at all',
    body: () => close('hello world, this is not an API\n'),
    contentType: () => 'text/plain',
    expect: (w) => ({
      text: '',
      finish: 'error',
      error: { kind: 'invalid-response', message: w === 'sse' ? /not an event stream/ : /not a stream of JSON lines/ },
    }),
  },
];

/** Runs one case; a turn that does not end within `limitMs` fails as a hang. */
async function run(c: Case, wire: Wire, limitMs = 8000): Promise<ChatEvent[]> {
  const fetch = fakeFetch(
    () =>
      new Response(planBody(c.body(wire)), { headers: { 'Content-Type': c.contentType?.(wire) ?? realType[wire] } }),
  );
  const controller = new AbortController();
  const events: ChatEvent[] = [];
  const turn = (async () => {
    const target = c.params ? { ...targets[wire], params: c.params } : targets[wire];
    for await (const event of streamChat(target, hello, { fetch, signal: controller.signal, ...c.options })) {
      events.push(event);
      if (c.stopAfterMs !== undefined && event.type === 'text-delta')
        setTimeout(() => controller.abort(), c.stopAfterMs);
    }
  })();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>(
    (_, reject) =>
      (timer = setTimeout(() => reject(new Error(`hung: ${JSON.stringify(events.map((e) => e.type))}`)), limitMs)),
  );
  try {
    await Promise.race([turn, hang]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return events;
}

describe.each(['sse', 'ndjson'] as const)('robustness corpus through the %s adapter', (wire) => {
  it.each(cases.map((c) => [c.name, c] as const))(
    '%s',
    async (_name, c) => {
      const events = await run(c, wire);
      const want = c.expect(wire);
      const text = events.flatMap((e) => (e.type === 'text-delta' ? [e.text] : [])).join('');
      const errors = events.flatMap((e) => (e.type === 'error' ? [e.error] : []));
      const last = events.at(-1);
      expect(text.length).toBe(want.text.length);
      expect(text === want.text).toBe(true);
      expect(last?.type).toBe('finish');
      expect(last?.type === 'finish' ? last.reason.unified : undefined).toBe(want.finish);
      expect(events.filter((e) => e.type === 'finish')).toHaveLength(1);
      if (want.error) {
        expect(errors).toHaveLength(1);
        expect(errors[0]?.kind).toBe(want.error.kind);
        expect(errors[0]?.message).toMatch(want.error.message);
      } else expect(errors).toEqual([]);
    },
    20_000,
  );
});

it('the corpus has at least 30 cases per adapter', () => {
  expect(cases.length).toBeGreaterThanOrEqual(30);
});
