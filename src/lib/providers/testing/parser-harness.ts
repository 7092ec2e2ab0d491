// Test helpers for adapters: load fixture bytes, run a stream parser over any chunking, and check that
// every two-chunk split and a set of seeded random splits give the same events. Used only by tests.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { collect, everyTwoWaySplit, randomSplits, streamOf } from '../../protocol/testing/chunks.ts';
import type { AdapterEvent, ParseContext } from '../adapter.ts';

export type StreamParser = (body: ReadableStream<Uint8Array>, context: ParseContext) => AsyncIterable<AdapterEvent>;

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
  return collect(parser(streamOf(chunks), testContext()));
}

/** Parses the bytes whole, then split at every boundary and at seeded random ones; all must agree. */
export async function parseEverySplit(parser: StreamParser, bytes: Uint8Array, seed = 1): Promise<AdapterEvent[]> {
  const whole = await parseChunks(parser, [bytes]);
  for (const chunks of everyTwoWaySplit(bytes)) {
    const events = await parseChunks(parser, chunks);
    if (!sameEvents(events, whole)) expect(events, `split at ${chunks[0]?.length}`).toEqual(whole);
  }
  for (const chunks of randomSplits(bytes, seed, 40)) expect(await parseChunks(parser, chunks)).toEqual(whole);
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
