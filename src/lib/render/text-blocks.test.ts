import { describe, expect, it } from 'vitest';
import { textBlocks } from './text-blocks.ts';

describe('textBlocks', () => {
  it('cuts at line ends, within the size, and joins back to the text', () => {
    const text = 'aaaa\nbbbb\ncccc\ndd';
    const blocks = textBlocks(text, 8);
    expect(blocks).toEqual(['aaaa\n', 'bbbb\n', 'cccc\ndd']);
    expect(blocks.join('')).toBe(text);
  });

  it('cuts a line longer than the size where it must', () => {
    expect(textBlocks('x'.repeat(10), 4)).toEqual(['xxxx', 'xxxx', 'xx']);
    expect(textBlocks('', 4)).toEqual(['']);
  });

  it('never makes a block longer than the size', () => {
    const text = Array.from({ length: 500 }, (_, i) => 'word '.repeat(i % 37) + '\n').join('');
    const blocks = textBlocks(text, 100);
    expect(Math.max(...blocks.map((b) => b.length))).toBeLessThanOrEqual(100);
    expect(blocks.join('')).toBe(text);
  });
});
