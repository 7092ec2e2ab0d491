import { describe, expect, it } from 'vitest';
import { ThinkSplitter, type SplitPiece } from './think-splitter.ts';

function run(deltas: string[]): { reasoning: string; text: string; pieces: SplitPiece[] } {
  const splitter = new ThinkSplitter();
  const pieces = [...deltas.flatMap((d) => splitter.push(d)), ...splitter.flush()];
  return {
    pieces,
    reasoning: pieces
      .filter((p) => p.kind === 'reasoning')
      .map((p) => p.text)
      .join(''),
    text: pieces
      .filter((p) => p.kind === 'text')
      .map((p) => p.text)
      .join(''),
  };
}

describe('ThinkSplitter', () => {
  const full = '<think>\nweigh options\n</think>\n\nFinal answer <b>bold</b>';

  it('gives the same split for every way of cutting the content into two deltas', () => {
    for (let i = 0; i <= full.length; i++) {
      const { reasoning, text } = run([full.slice(0, i), full.slice(i)]);
      expect({ reasoning, text }).toEqual({ reasoning: '\nweigh options\n', text: 'Final answer <b>bold</b>' });
    }
  });

  it('character by character', () => {
    expect(run([...full])).toMatchObject({ reasoning: '\nweigh options\n', text: 'Final answer <b>bold</b>' });
  });

  it('plain text passes through at once, including leading whitespace', () => {
    expect(run(['\n', 'Hello', ' <think>x</think>']).pieces).toEqual([
      { kind: 'text', text: '\nHello' },
      { kind: 'text', text: ' <think>x</think>' },
    ]);
  });

  it('a tag prefix that turns out not to be a tag is text', () => {
    expect(run(['<th', 'e end>'])).toMatchObject({ reasoning: '', text: '<the end>' });
    expect(run(['<thi'])).toMatchObject({ reasoning: '', text: '<thi' });
  });

  it('an unclosed think block is all reasoning, a dangling partial close tag included', () => {
    expect(run(['<think>still going</th'])).toMatchObject({ reasoning: 'still going</th', text: '' });
  });

  it('emits reasoning as it streams, holding back only a possible partial close tag', () => {
    const splitter = new ThinkSplitter();
    expect(splitter.push('<think>abc<')).toEqual([{ kind: 'reasoning', text: 'abc' }]);
    expect(splitter.push('/x')).toEqual([{ kind: 'reasoning', text: '</x' }]);
  });
});
