import { describe, expect, it } from 'vitest';
import { sseEvents } from './sse.ts';
import { byteByByte, collect, everyTwoWaySplit, randomSplits, streamOf, utf8 } from './testing/chunks.ts';

const datas = async (chunks: Uint8Array[]) => (await collect(sseEvents(streamOf(chunks)))).map((e) => e.data);

describe('sseEvents', () => {
  it('parses data events and skips comments and keep-alives', async () => {
    const body = ': OPENROUTER PROCESSING\n\ndata: {"a":1}\n\n: ping\n\ndata: [DONE]\n\n';
    expect(await datas([utf8(body)])).toEqual(['{"a":1}', '[DONE]']);
  });

  it('handles CRLF line endings and multi-line data', async () => {
    const body = 'data: one\r\ndata: two\r\n\r\nevent: x\r\ndata: three\r\n\r\n';
    const events = await collect(sseEvents(streamOf([utf8(body)])));
    expect(events.map((e) => [e.event, e.data])).toEqual([
      [undefined, 'one\ntwo'],
      ['x', 'three'],
    ]);
  });

  it('delivers a final event that has no trailing blank line (KoboldCpp ends with `data: [DONE]`)', async () => {
    expect(await datas([utf8('data: a\n\ndata: [DONE]')])).toEqual(['a', '[DONE]']);
    expect(await datas([utf8('data: a\n\ndata: [DONE]\n')])).toEqual(['a', '[DONE]']);
  });

  it('yields nothing for an empty body', async () => {
    expect(await datas([])).toEqual([]);
  });

  it('decodes UTF-8 split inside a code point, at every byte boundary', async () => {
    const text = 'data: 日本語 🦙 naïve\n\ndata: 👩‍💻\n\n';
    const bytes = utf8(text);
    const expected = ['日本語 🦙 naïve', '👩‍💻'];
    for (const chunks of everyTwoWaySplit(bytes)) expect(await datas(chunks)).toEqual(expected);
    expect(await datas(byteByByte(bytes))).toEqual(expected);
    for (const chunks of randomSplits(bytes, 7, 50)) expect(await datas(chunks)).toEqual(expected);
  });

  it('keeps a CR split from its LF', async () => {
    expect(await datas([utf8('data: a\r'), utf8('\n\r'), utf8('\ndata: b\r\n\r\n')])).toEqual(['a', 'b']);
  });
});
