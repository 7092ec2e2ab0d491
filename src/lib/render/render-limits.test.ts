import { describe, expect, it } from 'vitest';
import { LIMITS, blockProblem, emphasisWork, nestingDepth } from './render-limits.ts';

const deepQuote = (n: number) => `${'>'.repeat(n)} deep`;
const nestedList = (n: number) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');

describe('nestingDepth', () => {
  it.each([
    ['plain text', 'Just a paragraph.\nAnd another line.', 0],
    ['a quote', '> quoted', 1],
    ['a quote in a quote, spaced', '> > quoted', 2],
    ['five quote markers', '>>>>> x', 5],
    ['a list item', '- item', 1],
    ['a nested list by indentation (2 columns per level)', '- a\n  - b\n    - c', 3],
    ['ordered markers', '1. 2) 3. x', 3],
    ['a list marker alone on its line', '-', 1],
    ['bold is not a list marker', '**bold** text', 0],
    ['a number without a marker is text', '2024 was a year', 0],
    ['nine digits at most make a marker', '1234567890. x', 0],
    ['a tab is four columns', '\t\tx', 4],
    ['quote and list mixed', '> - > - x', 4],
    ['the deepest line counts', 'a\n>>> b\nc', 3],
    ['fenced code does not count its indentation', '```\n' + ' '.repeat(200) + 'x\n```', 0],
    ['a fence inside a quote: the opener counts, not the content', '> ```\n> ' + ' '.repeat(80) + 'x\n> ```', 1],
    ['a deep line after a closed fence counts', '```\ncode\n```\n>>>> x', 4],
    ['5,000 quote markers', deepQuote(5_000), 5_000],
    ['5,000 inline list markers', '- '.repeat(5_000) + 'x', 5_000],
    ['CRLF line ends', '> a\r\n>> b\r\n', 2],
  ])('%s', (_name, block, depth) => {
    expect(nestingDepth(block)).toBe(depth);
  });
});

describe('blockProblem', () => {
  const limit = LIMITS.depth;
  it.each([
    ['ordinary markdown', '# Title\n\nSome **bold** and _em_.\n\n- a\n  - b\n\n> quote', null],
    ['nesting at the limit', deepQuote(limit), null],
    ['nesting one past the limit', deepQuote(limit + 1), 'depth'],
    ['a 5,000-deep quote', deepQuote(5_000), 'depth'],
    ['a 5,000-deep list, one marker per level', '- '.repeat(5_000) + 'x', 'depth'],
    ['a 5,000-deep ordered list', '1. '.repeat(5_000) + 'x', 'depth'],
    ['a 100-level nested list by indentation', nestedList(100), 'depth'],
    ['a 200,000-character code fence (not nested)', '```\n' + 'x'.repeat(200_000) + '\n```', null],
    ['300,000 characters of flat text', 'word '.repeat(60_000), null],
    ['a large block nested 20 deep', '>'.repeat(20) + ' ' + 'x'.repeat(LIMITS.nestedChars / 20), 'nested-size'],
    ['a smaller block nested 20 deep', '>'.repeat(20) + ' ' + 'x'.repeat(LIMITS.nestedChars / 40), null],
  ])('%s', (_name, block, problem) => {
    expect(blockProblem(block)).toBe(problem);
  });
});

describe('emphasisWork', () => {
  it.each([
    ['no delimiters', 'plain words only', 0],
    ['one pair of asterisks in 10 characters', '*emphasis*', 20],
    ['underscores and tildes count too', '_a_ ~b~', 4 * 7],
    ['30,000 "_a"', '_a'.repeat(30_000), 30_000 * 60_000],
    ['30,000 "*a"', '*a'.repeat(30_000), 30_000 * 60_000],
  ])('%s', (_name, run, work) => {
    expect(emphasisWork(run)).toBe(work);
  });

  it('the limit lets an ordinary long paragraph through and stops the attack', () => {
    const paragraph = 'Some words with **bold** and `code_name` in them. '.repeat(40); // 2 KB, 6 per sentence
    expect(emphasisWork(paragraph)).toBeLessThanOrEqual(LIMITS.emphasisWork);
    expect(emphasisWork('_a'.repeat(1_000))).toBeGreaterThan(LIMITS.emphasisWork);
  });
});
