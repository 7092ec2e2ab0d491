import { describe, expect, it } from 'vitest';
import { lineSplitter, ndjsonLines, ndjsonValues } from './ndjson.ts';
import { StreamLimitError } from './stream-limits.ts';
import { byteByByte, collect, everyTwoWaySplit, randomSplits, streamOf, utf8 } from './testing/chunks.ts';

async function split(chunks: string[]): Promise<string[]> {
  const source = new ReadableStream<string>({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      controller.close();
    },
  });
  return collect(source.pipeThrough(lineSplitter()));
}

describe('lineSplitter', () => {
  it('carries the partial tail across chunks and flushes it at the end', async () => {
    expect(await split(['{"a":', '1}\n{"b"', ':2}\n{"c":3}'])).toEqual(['{"a":1}', '{"b":2}', '{"c":3}']);
  });

  it('handles CRLF, including a CR and LF in different chunks', async () => {
    expect(await split(['one\r', '\ntwo\r\n', 'three\r\n'])).toEqual(['one', 'two', 'three']);
  });

  it('skips blank and whitespace-only lines', async () => {
    expect(await split(['\n\na\n', '  \n\r\nb\n\n'])).toEqual(['a', 'b']);
  });

  it('treats a lone CR as a line break', async () => {
    expect(await split(['{"a":1}\r{"b":2}\r', '\r{"c":3}'])).toEqual(['{"a":1}', '{"b":2}', '{"c":3}']);
  });

  it('errors with StreamLimitError on a line longer than the limit, whether or not it ever ends', async () => {
    const source = (chunks: string[]) =>
      new ReadableStream<string>({
        start(controller) {
          for (const c of chunks) controller.enqueue(c);
          controller.close();
        },
      });
    await expect(
      collect(source(['ok\n', 'x'.repeat(6), 'x'.repeat(6)]).pipeThrough(lineSplitter(10))),
    ).rejects.toBeInstanceOf(StreamLimitError);
    await expect(
      collect(source(['ok\n', 'x'.repeat(6), 'x'.repeat(6) + '\n']).pipeThrough(lineSplitter(10))),
    ).rejects.toMatchObject({ limit: 'line', max: 10 });
    expect(await collect(source(['x'.repeat(6), 'x'.repeat(4) + '\nok']).pipeThrough(lineSplitter(10)))).toEqual([
      'x'.repeat(10),
      'ok',
    ]);
  });

  it('emits nothing for an empty input', async () => {
    expect(await split([])).toEqual([]);
    expect(await split([''])).toEqual([]);
  });
});

describe('ndjsonLines / ndjsonValues', () => {
  const text = '{"response":"日本"}\n{"response":"🦙"}\r\n\n{"done":true}\n';
  const bytes = utf8(text);
  const expected = ['{"response":"日本"}', '{"response":"🦙"}', '{"done":true}'];

  it('gives the same lines for every split of the bytes', async () => {
    for (const chunks of everyTwoWaySplit(bytes))
      expect(await collect(ndjsonLines(streamOf(chunks)))).toEqual(expected);
    expect(await collect(ndjsonLines(streamOf(byteByByte(bytes))))).toEqual(expected);
    for (const chunks of randomSplits(bytes, 42, 50))
      expect(await collect(ndjsonLines(streamOf(chunks)))).toEqual(expected);
  });

  it('parses each line and reports non-JSON lines instead of throwing', async () => {
    const values = await collect(ndjsonValues(streamOf([utf8('{"a":1}\nnot json\n{"b":')])));
    expect(values).toEqual([
      { line: '{"a":1}', ok: true, value: { a: 1 } },
      { line: 'not json', ok: false },
      { line: '{"b":', ok: false },
    ]);
  });
});
