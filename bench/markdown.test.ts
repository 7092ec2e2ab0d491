// The benchmark's model answers: exact token counts, the marker last, and real markdown in between.
import { describe, expect, it } from 'vitest';
import { splitIntoTokens } from '../tests/servers/stream-pump.ts';
import { historyAnswer, markdownReply, prng } from './markdown.ts';

describe('markdownReply', () => {
  it.each([2_000, 20_000])('has exactly %i tokens and ends with the marker', (tokens) => {
    const text = markdownReply(tokens, 'zzendzz');
    const split = splitIntoTokens(text);
    expect(split).toHaveLength(tokens);
    expect(split.at(-1)).toBe(' zzendzz');
    expect(text.indexOf('zzendzz')).toBe(text.length - 'zzendzz'.length);
  });

  it('holds paragraphs, headings, lists and closed code fences, the same on every call', () => {
    const text = markdownReply(2_000, 'zzendzz');
    expect(text).toMatch(/^## Section/m);
    expect(text).toMatch(/^- /m);
    expect(text).toMatch(/^```ts$/m);
    expect((text.match(/^```/gm) ?? []).length % 2).toBe(0);
    expect(markdownReply(2_000, 'zzendzz')).toBe(text);
  });
});

describe('history', () => {
  it('answers are seeded: the same seed gives the same text', () => {
    expect(historyAnswer(prng(7))).toBe(historyAnswer(prng(7)));
    expect(historyAnswer(prng(7))).not.toBe(historyAnswer(prng(8)));
  });
});
