import { describe, expect, it } from 'vitest';
import { MAX_PIECE_CHARS, MIN_PIECE_CHARS, OpenBlockCutter } from './open-block-pieces.ts';

const sentence = 'The model streams a long answer into one paragraph. ';

/** Feeds `text` in pieces of `step` characters, returning the last result. */
function feed(cutter: OpenBlockCutter, text: string, step: number) {
  let last = cutter.update('');
  for (let end = step; end < text.length + step; end += step) last = cutter.update(text.slice(0, end));
  return last;
}

describe('OpenBlockCutter', () => {
  it('cuts a long paragraph after sentence ends into pieces that, with the tail, give the text back', () => {
    const text = sentence.repeat(200);
    const { settled, tail } = feed(new OpenBlockCutter(), text, 7);
    expect(settled.length).toBeGreaterThan(3);
    expect(settled.join('') + tail).toBe(text);
    for (const piece of settled) {
      expect(piece.length).toBeGreaterThanOrEqual(MIN_PIECE_CHARS);
      expect(piece.endsWith('. ')).toBe(true);
    }
    expect(tail.length).toBeLessThan(MIN_PIECE_CHARS + sentence.length);
  });

  it('cuts the same way however the text arrives', () => {
    const text = sentence.repeat(120);
    const whole = new OpenBlockCutter().update(text);
    for (const step of [1, 13, 500]) expect(feed(new OpenBlockCutter(), text, step)).toEqual(whole);
  });

  it('keeps the settled array while no new piece settles', () => {
    const cutter = new OpenBlockCutter();
    const a = cutter.update(sentence.repeat(40));
    const b = cutter.update(sentence.repeat(40) + 'More');
    expect(b.settled).toBe(a.settled);
  });

  it('never cuts inside inline code, emphasis or a link that is still open', () => {
    const open = 'Some `code that goes on. ' + sentence.repeat(60);
    const { settled, tail } = new OpenBlockCutter().update(open + 'and ends` here. ' + sentence.repeat(60));
    expect(settled[0]?.includes('ends`')).toBe(true);
    expect(settled.join('') + tail).toContain('ends` here');
    const bold = new OpenBlockCutter().update('**Bold ' + sentence.repeat(60) + 'end** ' + sentence.repeat(10));
    expect(bold.settled[0]?.includes('end**') ?? true).toBe(true);
  });

  it('cuts an unbalanced piece anyway once it passes the longest piece', () => {
    const { settled } = new OpenBlockCutter().update('A `lone backtick. ' + sentence.repeat(400));
    expect(settled.length).toBeGreaterThan(0);
    expect(settled[0]?.length).toBeGreaterThanOrEqual(MAX_PIECE_CHARS);
  });

  it('leaves lists, quotes, headings, fences and paragraphs that turn into them whole', () => {
    for (const start of ['- item ', '1. item ', '> quote ', '# Title ', '```\n', '| a | b |\n', '<div>\n'])
      expect(new OpenBlockCutter().update(start + sentence.repeat(100)).settled).toEqual([]);
    const turned = new OpenBlockCutter();
    turned.update(sentence.repeat(10));
    expect(turned.update(sentence.repeat(10) + '\n```js\n' + sentence.repeat(100)).settled).toEqual([]);
  });

  it('starts over when the text is replaced rather than extended', () => {
    const cutter = new OpenBlockCutter();
    cutter.update(sentence.repeat(100));
    const other = 'Another answer entirely. '.repeat(10);
    expect(cutter.update(other)).toEqual({ settled: [], tail: other });
  });
});
