import { describe, expect, it } from 'vitest';
import { blockMathAt, blockMathStart, inlineMathAt, inlineMathStart } from './math-syntax.ts';

describe('inlineMathAt', () => {
  it.each([
    ['$x^2$ rest', '$x^2$', 'x^2', false],
    ['$$\\sum_i i$$ rest', '$$\\sum_i i$$', '\\sum_i i', true],
    ['\\(a+b\\) rest', '\\(a+b\\)', 'a+b', false],
    ['\\[ a+b \\] rest', '\\[ a+b \\]', 'a+b', true],
    ['$a \\$ b$', '$a \\$ b$', 'a \\$ b', false],
    ['$a\nb$', '$a\nb$', 'a\nb', false],
    ['$x$.', '$x$', 'x', false],
  ])('%j is math', (src, raw, tex, display) => {
    expect(inlineMathAt(src)).toEqual({ raw, tex, display });
  });

  it.each([
    ['prices', '$5 and $10'],
    ['a space after the opening $', '$ x$'],
    ['a space before the closing $', '$x $'],
    ['a digit after the closing $', '$x$5'],
    ['no closing $', '$x'],
    ['an empty $$ pair', '$$ $$'],
    ['no closing \\)', '\\(x'],
    ['a blank line inside', '$a\n\nb$'],
    ['two dollars alone', '$$'],
    ['an escaped closing $', '$x\\$'],
    ['a price before a code span', '$10, and `$x$` is code'],
    ['a code span inside', '\\(a `b\\)` c\\)'],
  ])('%s is not math', (_name, src) => {
    expect(inlineMathAt(src)).toBeUndefined();
  });

  it('finds where math may start', () => {
    expect(inlineMathStart('abc $x$')).toBe(4);
    expect(inlineMathStart('a \\(x\\)')).toBe(2);
    expect(inlineMathStart('a \\[x\\]')).toBe(2);
    expect(inlineMathStart('no math \\n here')).toBe(-1);
  });
});

describe('blockMathAt', () => {
  it('takes a displayed formula that starts a line and ends one', () => {
    expect(blockMathAt('$$\nx\n- y\n$$\nafter')).toEqual({ raw: '$$\nx\n- y\n$$\n', tex: 'x\n- y', display: true });
    expect(blockMathAt('\\[\nE = mc^2\n\\]')).toEqual({ raw: '\\[\nE = mc^2\n\\]', tex: 'E = mc^2', display: true });
    expect(blockMathAt('   $$x$$  \n')).toEqual({ raw: '   $$x$$  \n', tex: 'x', display: true });
  });

  it('leaves a formula with text after it on its line to the inline rules', () => {
    expect(blockMathAt('$$x$$ and more')).toBeUndefined();
    expect(blockMathAt('    $$x$$')).toBeUndefined(); // indented code
    expect(blockMathAt('$$\n\n$$')).toBeUndefined();
  });

  it('finds line starts only', () => {
    expect(blockMathStart('text\n$$x$$')).toBe(5);
    expect(blockMathStart('$$x$$')).toBe(0);
    expect(blockMathStart('text $$x$$')).toBe(-1);
  });
});
