import { describe, expect, it } from 'vitest';
import { captureStart } from './capture-start.ts';
import { byteByByte, collect, streamOf, utf8 } from './testing/chunks.ts';

describe('captureStart', () => {
  it('passes bytes through unchanged and keeps the decoded start, even split inside a code point', async () => {
    const bytes = utf8('<html>日本🦙</html>');
    const captured = captureStart(streamOf(byteByByte(bytes)));
    const passed = await collect(captured.stream);
    expect(passed.reduce((n, c) => n + c.length, 0)).toBe(bytes.length);
    expect(captured.text()).toBe('<html>日本🦙</html>');
    expect(captured.byteCount()).toBe(bytes.length);
  });

  it('stops capturing at the limit', async () => {
    const captured = captureStart(streamOf([utf8('abcdef'), utf8('ghij')]), 4);
    await collect(captured.stream);
    expect(captured.text()).toBe('abcd');
    expect(captured.byteCount()).toBe(10);
  });
});
