import { describe, expect, it } from 'vitest';
import { ndjsonBatches } from './ndjson.ts';
import { sseBatches } from './sse.ts';
import { StreamLimitError } from './stream-limits.ts';
import { byteByByte, collect, everyTwoWaySplit, randomSplits, streamOf, utf8 } from './testing/chunks.ts';

const sseData = async (chunks: Uint8Array[]) => (await collect(sseBatches(streamOf(chunks)))).flat().map((e) => e.data);
const ndjsonLinesOf = async (chunks: Uint8Array[]) =>
  (await collect(ndjsonBatches(streamOf(chunks)))).flat().map((l) => l.line);

describe('sseBatches', () => {
  it('hands on every event of a chunk as one batch, and no empty batch', async () => {
    const batches = await collect(sseBatches(streamOf([utf8('data: a\n\ndata: b\n\n: ping\n\n'), utf8(': ping\n\n')])));
    expect(batches.map((b) => b.map((e) => e.data))).toEqual([['a', 'b']]);
  });

  it('hands on a big chunk a slice at a time, so a reader can pause between slices, losing nothing', async () => {
    // a page that was busy finds megabytes in one read: parsing all of it at once is one long task
    const events = Array.from({ length: 300 }, (_, i) => `${i}:${'x'.repeat(1000)}`);
    const chunk = utf8(events.map((e) => `data: ${e}\n\n`).join(''));
    const batches = await collect(sseBatches(streamOf([chunk])));
    expect(batches.length).toBeGreaterThanOrEqual(Math.floor(chunk.length / (64 * 1024))); // 300 KB: 4 or more
    expect(batches.flat().map((e) => e.data)).toEqual(events);
  });

  it('skips comments, parses CRLF and multi-line data, and ends a last event without a blank line', async () => {
    const body =
      ': OPENROUTER PROCESSING\r\n\r\ndata: one\r\ndata: two\r\n\r\nevent: x\r\ndata: three\r\n\r\ndata: [DONE]';
    const events = (await collect(sseBatches(streamOf([utf8(body)])))).flat();
    expect(events.map((e) => [e.event, e.data])).toEqual([
      [undefined, 'one\ntwo'],
      ['x', 'three'],
      [undefined, '[DONE]'],
    ]);
    expect(await sseData([])).toEqual([]);
  });

  it('gives the same events for a record or a UTF-8 character split at every byte', async () => {
    const bytes = utf8('data: 日本語 🦙 naïve\r\n\r\ndata: 👩‍💻\n\ndata: {"a":1}\r\rdata: end');
    const expected = ['日本語 🦙 naïve', '👩‍💻', '{"a":1}', 'end'];
    for (const chunks of everyTwoWaySplit(bytes)) expect(await sseData(chunks)).toEqual(expected);
    expect(await sseData(byteByByte(bytes))).toEqual(expected);
    for (const chunks of randomSplits(bytes, 7, 50)) expect(await sseData(chunks)).toEqual(expected);
  });

  it('hands on the events before an over-long event, then fails with the line limit', async () => {
    const seen: string[] = [];
    const run = async () => {
      for await (const batch of sseBatches(streamOf([utf8(`data: ok\n\ndata: ${'x'.repeat(100)}`)]), 50))
        seen.push(...batch.map((e) => e.data));
    };
    await expect(run()).rejects.toMatchObject({ name: 'ParseError', type: 'max-buffer-size-exceeded' });
    expect(seen).toEqual(['ok']);
  });
});

describe('ndjsonBatches', () => {
  it('hands on every line of a chunk as one batch, parsed', async () => {
    const batches = await collect(ndjsonBatches(streamOf([utf8('{"a":1}\nnot json\n{"b":'), utf8('2}')])));
    expect(batches).toEqual([
      [
        { line: '{"a":1}', ok: true, value: { a: 1 } },
        { line: 'not json', ok: false },
      ],
      [{ line: '{"b":2}', ok: true, value: { b: 2 } }],
    ]);
  });

  it('gives the same lines for a line or a UTF-8 character split at every byte', async () => {
    const bytes = utf8('{"response":"日本"}\n{"response":"🦙"}\r\n\n{"x":1}\r{"done":true}');
    const expected = ['{"response":"日本"}', '{"response":"🦙"}', '{"x":1}', '{"done":true}'];
    for (const chunks of everyTwoWaySplit(bytes)) expect(await ndjsonLinesOf(chunks)).toEqual(expected);
    expect(await ndjsonLinesOf(byteByByte(bytes))).toEqual(expected);
    for (const chunks of randomSplits(bytes, 42, 50)) expect(await ndjsonLinesOf(chunks)).toEqual(expected);
  });

  it('hands on the lines before an over-long line, then fails with StreamLimitError', async () => {
    const seen: string[] = [];
    const run = async () => {
      for await (const batch of ndjsonBatches(streamOf([utf8(`{"a":1}\n${'x'.repeat(100)}`)]), 50))
        seen.push(...batch.map((l) => l.line));
    };
    await expect(run()).rejects.toBeInstanceOf(StreamLimitError);
    expect(seen).toEqual(['{"a":1}']);
  });

  it('cancels the body when the reader leaves early', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull: (c) => c.enqueue(utf8('{"a":1}\n')),
      cancel: () => void (cancelled = true),
    });
    for await (const batch of ndjsonBatches(body)) if (batch.length > 0) break;
    expect(cancelled).toBe(true);
  });
});
