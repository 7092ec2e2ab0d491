import { describe, expect, it } from 'vitest';
import { speakableText } from './speakable-text.ts';

describe('speakableText', () => {
  it('skips fenced code blocks (backticks and tildes, longer fences) and indented code', () => {
    const md = [
      'Run this:',
      '```js',
      'const secret = 1;',
      '```',
      '~~~~',
      'tilde code',
      '```',
      'still code',
      '~~~~',
      '',
      '    indented code',
      '    more code',
      '',
      'Done.',
    ].join('\n');
    expect(speakableText(md)).toBe('Run this:\n\nDone.');
  });

  it('keeps inline code as words, links as their text, drops images, URLs and tags', () => {
    expect(
      speakableText('Call `fetch()` and see [the docs](https://x.test/a) ![logo](a.png) <https://x.test> <b>now</b>.'),
    ).toBe('Call fetch() and see the docs now.');
  });

  it('drops markdown marks: headings, emphasis, quotes, list markers, rules, table rules, escapes', () => {
    const md = [
      '## A *title* ##',
      '> **bold** and _it_ and ~~gone~~',
      '- one',
      '2. two',
      '---',
      '| a | b |',
      '|---|:--:|',
      '| 1 | 2 |',
      'snake_case_name stays \\*literal\\*',
    ].join('\n');
    expect(speakableText(md).split('\n')).toEqual([
      'A title',
      'bold and it and gone',
      'one',
      'two',
      'a, b',
      '1, 2',
      'snake_case_name stays *literal*',
    ]);
  });

  it('does not take an indented list continuation for code', () => {
    expect(speakableText('- item\n\n    more about the item')).toBe('item\n\nmore about the item');
  });
});
