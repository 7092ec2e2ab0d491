// Node micro-benchmarks of the stream parsers and of applying deltas to a conversation (part of
// `npm run bench`, see bench/run.ts). Machines are noisy: read the ratios within one run.
import { performance } from 'node:perf_hooks';
import { parseChatStream as parseSse } from '../src/lib/providers/openai/parse-stream.ts';
import { parseChatStream as parseNdjson } from '../src/lib/providers/ollama/parse-stream.ts';
import { updateNode } from '../src/lib/conversation/tree.ts';
import { applyEvent } from '../src/lib/conversation/apply-event.ts';
import { chatWithTurns } from '../src/lib/conversation/testing/builders.ts';
import type { Conversation } from '../src/lib/conversation/types.ts';
import { streamChat } from '../src/lib/providers/index.ts';

const TOKENS = 20_000;
const encoder = new TextEncoder();
const context = {
  request: { method: 'POST', url: 'http://bench/v1/chat/completions', headers: {} },
  response: { status: 200, statusText: 'OK', headers: {}, body: '' },
};

function sseBody(): Uint8Array {
  let text = '';
  for (let i = 0; i < TOKENS; i++)
    text += `data: {"id":"x","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"tok${i} "},"finish_reason":null}]}\n\n`;
  text +=
    'data: {"id":"x","object":"chat.completion.chunk","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\ndata: [DONE]\n\n';
  return encoder.encode(text);
}

function ndjsonBody(): Uint8Array {
  let text = '';
  for (let i = 0; i < TOKENS; i++)
    text += `{"model":"m","created_at":"2026-01-01T00:00:00Z","response":"tok${i} ","done":false}\n`;
  text +=
    '{"model":"m","created_at":"2026-01-01T00:00:00Z","response":"","done":true,"done_reason":"stop","eval_count":20000,"eval_duration":1000000000}\n';
  return encoder.encode(text);
}

function chunked(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + size));
      offset += size;
    },
  });
}

type Parser = typeof parseSse;

async function timeParse(
  parser: Parser,
  bytes: Uint8Array,
  chunkSize: number,
): Promise<{ ms: number; deltas: number }> {
  const t0 = performance.now();
  let deltas = 0;
  for await (const batch of parser(chunked(bytes, chunkSize), context))
    for (const event of batch) if (event.type === 'text-delta') deltas++;
  return { ms: performance.now() - t0, deltas };
}

async function benchParsers(): Promise<void> {
  console.log(`\nStream parsing: ${TOKENS} tokens, the same body split into chunks of different sizes`);
  console.log('format  chunk  MB/s    deltas/s   time vs 4096-byte chunks');
  for (const [name, parser, body] of [
    ['SSE', parseSse, sseBody()],
    ['NDJSON', parseNdjson, ndjsonBody()],
  ] as const) {
    await timeParse(parser, body, 4096); // warm-up
    const base = await timeParse(parser, body, 4096);
    for (const size of [4096, 512, 64]) {
      const run = size === 4096 ? base : await timeParse(parser, body, size);
      const mbps = body.length / 1e6 / (run.ms / 1000);
      console.log(
        `${name.padEnd(7)} ${String(size).padStart(5)}  ${mbps.toFixed(1).padStart(5)}  ${Math.round(
          run.deltas / (run.ms / 1000),
        )
          .toString()
          .padStart(9)}   ${(run.ms / base.ms).toFixed(2)}x`,
      );
    }
  }
}

/** `messages` answered turns, then a question whose answer is streaming. */
function conversationWith(messages: number): { conv: Conversation; answerId: string } {
  const answered = Array.from({ length: messages }, (_, i) => ({ ask: `question ${i}`, answer: 'answer '.repeat(50) }));
  const conv = chatWithTurns([...answered, { ask: 'last', ids: ['ulast', 'alast'] }], { id: 'bench' });
  return { conv, answerId: 'alast' };
}

function benchDeltaApply(): void {
  const DELTAS = 2000;
  console.log(`\nApplying ${DELTAS} streamed deltas to the open conversation (immutable updates)`);
  console.log('earlier messages  µs/delta   vs 10 messages');
  let base = 0;
  for (const size of [10, 100, 1000]) {
    const { conv: start, answerId } = conversationWith(size);
    let conv = start;
    const t0 = performance.now();
    for (let i = 0; i < DELTAS; i++)
      conv = updateNode(conv, answerId, (n) => applyEvent(n, { type: 'text-delta', text: 'x' }));
    const us = ((performance.now() - t0) * 1000) / DELTAS;
    if (size === 10) base = us;
    console.log(`${String(size * 2).padStart(16)}  ${us.toFixed(1).padStart(8)}   ${(us / base).toFixed(1)}x`);
  }
}

/** Whole turns through streamChat (sniffing, watchdog, parser): time must grow linearly with the size. */
async function timeTurn(
  mode: 'openai_compatible' | 'ollama',
  body: string,
  contentType: string,
): Promise<{ ms: number; chars: number }> {
  const bytes = encoder.encode(body);
  const fetch = async () => new Response(chunked(bytes, 16 * 1024), { headers: { 'Content-Type': contentType } });
  const target = { mode, base_url: mode === 'ollama' ? 'http://bench:11434' : 'http://bench/v1' };
  const t0 = performance.now();
  let chars = 0;
  for await (const event of streamChat(target, { model: 'm', messages: [{ role: 'user', content: 'x' }] }, { fetch }))
    if (event.type === 'text-delta') chars += event.text.length;
  return { ms: performance.now() - t0, chars };
}

async function benchBigAnswers(): Promise<void> {
  console.log(
    '\nWhole turns through streamChat: answers of growing size (100-char deltas), and one answer as a single line',
  );
  console.log('format  shape        MB    ms      MB/s   time per MB vs 1 MB');
  const piece = 'y'.repeat(99) + ' ';
  const shapes = {
    SSE: {
      mode: 'openai_compatible' as const,
      type: 'text/event-stream',
      deltas: (n: number) =>
        `data: {"choices":[{"index":0,"delta":{"content":"${piece}"},"finish_reason":null}]}\n\n`.repeat(n) +
        'data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\ndata: [DONE]\n\n',
      line: (n: number) =>
        `data: {"choices":[{"index":0,"delta":{"content":"${piece.repeat(n)}"},"finish_reason":"stop"}]}\n\ndata: [DONE]\n\n`,
    },
    NDJSON: {
      mode: 'ollama' as const,
      type: 'application/x-ndjson',
      deltas: (n: number) =>
        `{"response":"${piece}","done":false}\n`.repeat(n) + '{"response":"","done":true,"done_reason":"stop"}\n',
      line: (n: number) => `{"response":"${piece.repeat(n)}","done":true,"done_reason":"stop"}\n`,
    },
  };
  await timeTurn('ollama', shapes.NDJSON.deltas(10_000), shapes.NDJSON.type); // warm-up
  for (const [name, shape] of Object.entries(shapes)) {
    for (const kind of ['deltas', 'line'] as const) {
      let perMbAt1 = 0;
      for (const mb of [1, 4, 10]) {
        const run = await timeTurn(shape.mode, shape[kind](mb * 10_000), shape.type);
        const perMb = run.ms / mb;
        if (mb === 1) perMbAt1 = perMb;
        console.log(
          `${name.padEnd(7)} ${(kind === 'line' ? 'one line' : '100-char').padEnd(11)} ${String(mb).padStart(3)}  ${run.ms.toFixed(0).padStart(6)}  ${(run.chars / 1e6 / (run.ms / 1000)).toFixed(1).padStart(6)}   ${(perMb / perMbAt1).toFixed(2)}x`,
        );
      }
    }
  }
}

export async function runMicro(): Promise<void> {
  await benchParsers();
  benchDeltaApply();
  await benchBigAnswers();
}
