import { describe, expect, it } from 'vitest';
import { readStart, readText } from './read-text.ts';
import { sniffStart } from './sniff-start.ts';
import { StreamLimitError, streamLimitOf } from './stream-limits.ts';
import { byteByByte, collect, streamOf, utf8 } from './testing/chunks.ts';

const bom = Uint8Array.of(0xef, 0xbb, 0xbf);

describe('sniffStart', () => {
  it('finds the first character after a BOM and whitespace, and gives back every byte', async () => {
    const bytes = new Uint8Array([...bom, ...utf8(' \r\n\t<html>')]);
    const sniffed = await sniffStart(streamOf(byteByByte(bytes)));
    expect(sniffed.first).toBe('<');
    expect(sniffed.empty).toBe(false);
    expect(await readText(sniffed.body)).toBe(' \r\n\t<html>');
  });

  it('says empty for a body of nothing or only whitespace', async () => {
    expect((await sniffStart(streamOf([]))).empty).toBe(true);
    const blank = await sniffStart(streamOf([utf8('\n\n'), utf8('  ')]));
    expect([blank.first, blank.empty]).toEqual(['', true]);
  });

  it('gives up after maxBytes of whitespace without claiming the body is empty', async () => {
    const sniffed = await sniffStart(streamOf([utf8(' '.repeat(10)), utf8('data: x')]), 8);
    expect([sniffed.first, sniffed.empty]).toEqual(['', false]);
    expect((await collect(sniffed.body)).length).toBe(2);
  });
});

describe('readText / readStart', () => {
  it('decodes invalid UTF-8 to replacement characters and a split code point correctly', async () => {
    const bytes = new Uint8Array([...utf8('a'), 0xff, ...utf8('日🦙')]);
    expect(await readText(streamOf(byteByByte(bytes)))).toBe('a\uFFFD日🦙');
  });

  it('refuses a body larger than the limit', async () => {
    const error = await readText(streamOf([utf8('12345'), utf8('6789')]), 8).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamLimitError);
    expect(streamLimitOf(error)).toEqual({ limit: 'body', max: 8 });
  });

  it('readStart keeps only the start', async () => {
    expect(await readStart(streamOf([utf8('<html>'), utf8('<body>')]), 8)).toBe('<html><b');
  });
});
