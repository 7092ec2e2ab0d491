import { describe, expect, it } from 'vitest';
import { speechChunks, splitSentences } from './speech-chunks.ts';

describe('splitSentences', () => {
  it('splits at . ! ? and line breaks', () => {
    expect(splitSentences('One. Two! Three? Four\nFive')).toEqual(['One.', 'Two!', 'Three?', 'Four', 'Five']);
  });

  it('keeps abbreviations, initials and decimals whole', () => {
    expect(splitSentences('Use e.g. a cat, i.e. a pet. Pi is 3.14 today. J. Smith agreed. Dr. Who left.')).toEqual([
      'Use e.g. a cat, i.e. a pet.',
      'Pi is 3.14 today.',
      'J. Smith agreed.',
      'Dr. Who left.',
    ]);
  });

  it('splits at CJK full stops without spaces, and keeps closing quotes', () => {
    expect(splitSentences('你好。今天好吗？很好！')).toEqual(['你好。', '今天好吗？', '很好！']);
    expect(splitSentences('He said "stop." Then left.')).toEqual(['He said "stop."', 'Then left.']);
  });
});

describe('speechChunks', () => {
  it('keeps the first sentence alone, merges the rest up to the limit, skips code', () => {
    const md = 'First sentence. Second one. Third one.\n\n```\ncode here\n```\nFourth one.';
    expect(speechChunks(md, 30)).toEqual(['First sentence.', 'Second one. Third one.', 'Fourth one.']);
  });

  it('cuts an overlong sentence at a comma or space', () => {
    const chunks = speechChunks(`Start. ${'word '.repeat(100)}end.`, 60);
    expect(chunks[0]).toBe('Start.');
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(60);
    expect(chunks.join(' ').replace(/\s+/g, ' ')).toBe(`Start. ${'word '.repeat(100)}end.`.trim());
  });

  it('has nothing to read in a code-only answer', () => {
    expect(speechChunks('```\nx = 1\n```')).toEqual([]);
  });
});
