import { describe, expect, it } from 'vitest';
import { closeOpenFence, findOpenFence } from './streaming-markdown.ts';

describe('findOpenFence', () => {
  it.each([
    ['plain text', 'Hello **world**', null],
    ['closed fence', '```js\nlet a = 1;\n```\nDone.', null],
    ['open backtick fence', 'Look:\n```python\nprint(1)', '```'],
    ['open tilde fence', '~~~~\ncode', '~~~~'],
    ['a shorter run does not close a longer fence', '````\ncode\n```\nmore', '````'],
    ['a longer run closes', '```\ncode\n`````', null],
    ['tilde does not close backticks', '```\ncode\n~~~', '```'],
    ['a closing fence with an info string does not close', '```\ncode\n```js', '```'],
    ['inline code with backticks in the info is not a fence', '```a` b```\nnot code', null],
    ['second block open', '```\na\n```\ntext\n```sh\nls', '```'],
    ['fence-like lines inside a block are content', '```md\n~~~\ninner\n~~~', '```'],
    ['CRLF line endings', '```\r\ncode\r\n```\r\n', null],
  ])('%s', (_name, text, marker) => {
    expect(findOpenFence(text)?.marker ?? null).toBe(marker);
  });

  it('records indentation and blockquote prefixes', () => {
    expect(findOpenFence('1. step\n\n   ```bash\n   ls')).toMatchObject({ marker: '```', prefix: '   ', line: 2 });
    expect(findOpenFence('> quote\n> ```\n> code')).toMatchObject({ prefix: '> ' });
  });
});

describe('closeOpenFence', () => {
  it('returns text unchanged when nothing is open', () => {
    const text = 'Some `inline` code and\n```\nblock\n```\n';
    expect(closeOpenFence(text)).toBe(text);
  });

  it('closes an open fence on its own line', () => {
    expect(closeOpenFence('Look:\n```python\nprint(1)')).toBe('Look:\n```python\nprint(1)\n```\n');
    expect(closeOpenFence('```\ncode\n')).toBe('```\ncode\n```\n');
  });

  it('closes with the same marker and prefix', () => {
    expect(closeOpenFence('~~~~\nx')).toBe('~~~~\nx\n~~~~\n');
    expect(closeOpenFence('> ```\n> x')).toBe('> ```\n> x\n> ```\n');
  });

  it('drops a half-arrived closing fence', () => {
    expect(closeOpenFence('```\ncode\n``')).toBe('```\ncode\n```\n');
    expect(closeOpenFence('```\ncode\n`')).toBe('```\ncode\n```\n');
  });

  it('keeps the opening line when it is the last line', () => {
    expect(closeOpenFence('Here:\n```')).toBe('Here:\n```\n```\n');
    expect(closeOpenFence('```')).toBe('```\n```\n');
  });

  it('the result has no open fence left', () => {
    for (const text of ['```\na', '````md\n```\n', '> ~~~\n> b\n> ~', '  ```\n  x\n  ``']) {
      expect(findOpenFence(closeOpenFence(text))).toBeNull();
    }
  });
});
