// Node micro-benchmarks of the stream parsers and of applying deltas to a conversation (part of
// `npm run bench`, see bench/run.ts). Machines are noisy: read the ratios within one run.
import { performance } from 'node:perf_hooks';
import { parseChatStream as parseSse } from '../src/lib/providers/openai/parse-stream.ts';
import { parseChatStream as parseNdjson } from '../src/lib/providers/ollama/parse-stream.ts';
import { appendUserMessage, createConversation, startAssistantMessage, updateNode } from '../src/lib/chat/tree.ts';
import { applyEvent } from '../src/lib/chat/apply-event.ts';
import type { Conversation } from '../src/lib/chat/types.ts';

const TOKENS = 20_000;
const encoder = new TextEncoder();
const context = { request: { method: 'POST', url: 'http://bench/v1/chat/completions', headers: {} }, response: { status: 200, statusText: 'OK', headers: {}, body: '' } };

function sseBody(): Uint8Array {
  let text = '';
  for (let i = 0; i < TOKENS; i++) text += `data: {"id":"x","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"tok${i} "},"finish_reason":null}]}\n\n`;
  text += 'data: {"id":"x","object":"chat.completion.chunk","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\ndata: [DONE]\n\n';
  return encoder.encode(text);
}

function ndjsonBody(): Uint8Array {
  let text = '';
  for (let i = 0; i < TOKENS; i++) text += `{"model":"m","created_at":"2026-01-01T00:00:00Z","response":"tok${i} ","done":false}\n`;
  text += '{"model":"m","created_at":"2026-01-01T00:00:00Z","response":"","done":true,"done_reason":"stop","eval_count":20000,"eval_duration":1000000000}\n';
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

async function timeParse(parser: Parser, bytes: Uint8Array, chunkSize: number): Promise<{ ms: number; deltas: number }> {
  const t0 = performance.now();
  let deltas = 0;
  for await (const event of parser(chunked(bytes, chunkSize), context)) if (event.type === 'text-delta') deltas++;
  return { ms: performance.now() - t0, deltas };
}

async function benchParsers(): Promise<void> {
  console.log(`\nStream parsing: ${TOKENS} tokens, the same body split into chunks of different sizes`);
  console.log('format  chunk  MB/s    deltas/s   time vs 4096-byte chunks');
  for (const [name, parser, body] of [['SSE', parseSse, sseBody()], ['NDJSON', parseNdjson, ndjsonBody()]] as const) {
    await timeParse(parser, body, 4096); // warm-up
    const base = await timeParse(parser, body, 4096);
    for (const size of [4096, 512, 64]) {
      const run = size === 4096 ? base : await timeParse(parser, body, size);
      const mbps = body.length / 1e6 / (run.ms / 1000);
      console.log(`${name.padEnd(7)} ${String(size).padStart(5)}  ${mbps.toFixed(1).padStart(5)}  ${Math.round(run.deltas / (run.ms / 1000)).toString().padStart(9)}   ${(run.ms / base.ms).toFixed(2)}x`);
    }
  }
}

function conversationWith(messages: number): { conv: Conversation; answerId: string } {
  let conv = createConversation(0, 'bench');
  for (let i = 0; i < messages; i++) {
    conv = appendUserMessage(conv, `question ${i}`, { id: `u${i}`, now: i });
    conv = startAssistantMessage(conv, `u${i}`, { id: `a${i}`, now: i });
    conv = updateNode(conv, `a${i}`, (n) => ({ ...n, content: 'answer '.repeat(50), status: 'complete' }));
  }
  conv = appendUserMessage(conv, 'last', { id: 'ulast', now: messages });
  conv = startAssistantMessage(conv, 'ulast', { id: 'alast', now: messages });
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
    for (let i = 0; i < DELTAS; i++) conv = updateNode(conv, answerId, (n) => applyEvent(n, { type: 'text-delta', text: 'x' }));
    const us = ((performance.now() - t0) * 1000) / DELTAS;
    if (size === 10) base = us;
    console.log(`${String(size * 2).padStart(16)}  ${us.toFixed(1).padStart(8)}   ${(us / base).toFixed(1)}x`);
  }
}

export async function runMicro(): Promise<void> {
  await benchParsers();
  benchDeltaApply();
}
