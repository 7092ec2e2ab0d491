// Test helpers for adapters: load fixture bytes, run a stream parser over any chunking, and check that
// the chunk boundaries that matter and seeded random splits all give the same events. Used only by tests.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { collect, framingCutSets, randomSplits, sampleCuts, splitAt, streamOf } from '../../protocol/testing/chunks.ts';
import type { AdapterEvent, ParseContext } from '../adapter.ts';

export type StreamParser = (body: ReadableStream<Uint8Array>, context: ParseContext) => AsyncIterable<AdapterEvent[]>;

export function fixtureBytes(dir: URL, name: string): Uint8Array<ArrayBuffer> {
  const file = readFileSync(new URL(name, dir));
  const bytes = new Uint8Array(new ArrayBuffer(file.length));
  bytes.set(file);
  return bytes;
}

export function fixtureText(dir: URL, name: string): string {
  return readFileSync(new URL(name, dir), 'utf8');
}

export function testContext(): ParseContext {
  return {
    request: {
      method: 'POST',
      url: 'http://127.0.0.1:8080/v1/chat/completions',
      headers: { 'Content-Type': 'application/json' },
    },
    response: { status: 200, statusText: 'OK', headers: { 'content-type': 'text/event-stream' }, body: '' },
  };
}

export async function parseChunks(parser: StreamParser, chunks: Uint8Array[]): Promise<AdapterEvent[]> {
  const batches = await collect(parser(streamOf(chunks), testContext()));
  if (batches.some((batch) => batch.length === 0)) expect.fail('a parser handed on an empty batch');
  return batches.flat();
}

/**
 * Parses the bytes whole, then split so that every offset near the record framing and inside every UTF-8
 * character is a chunk boundary (see framingCutSets), in two at seeded offsets, and into seeded random
 * chunks; all must agree. The number of parses does not grow with the fixture, nor does any parse take
 * one chunk per byte, so a slow or busy machine makes each parse slower, never many more of them.
 */
export async function parseEverySplit(parser: StreamParser, bytes: Uint8Array, seed = 1): Promise<AdapterEvent[]> {
  const whole = await parseChunks(parser, [bytes]);
  const agrees = async (chunks: Uint8Array[], label: string) => {
    const events = await parseChunks(parser, chunks);
    if (!sameEvents(events, whole)) expect(events, label).toEqual(whole);
  };
  for (const { label, offsets } of framingCutSets(bytes)) await agrees(splitAt(bytes, offsets), label);
  for (const cut of sampleCuts(bytes, seed, 16)) await agrees(splitAt(bytes, [cut]), `split at ${cut}`);
  for (const chunks of randomSplits(bytes, seed, 16)) await agrees(chunks, 'random split');
  return whole;
}

/** Text and reasoning joined, for readable assertions. */
export function joined(events: readonly AdapterEvent[]): { text: string; reasoning: string } {
  let text = '';
  let reasoning = '';
  for (const e of events) {
    if (e.type === 'text-delta') text += e.text;
    if (e.type === 'reasoning-delta') reasoning += e.text;
  }
  return { text, reasoning };
}

export function lastEvent(events: readonly AdapterEvent[]): AdapterEvent | undefined {
  return events[events.length - 1];
}

function sameEvents(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
