import { describe, expect, it } from 'vitest';
import { Marked } from 'marked';
import { MarkdownBlocks, blocksFor, renderOpenBlock, splitBlocks } from './markdown-blocks.ts';

const SAMPLE = [
  '# Title',
  '',
  'First paragraph with `code` and **bold**.',
  'Same paragraph, next line.',
  '',
  '',
  '- one',
  '- two',
  '',
  '- three (loose list)',
  '  continued under three',
  '',
  '  second paragraph of three',
  '',
  '```ts',
  'const a = 1;',
  '',
  '',
  'const b = 2;',
  '```',
  '',
  '    indented code',
  '',
  '    more indented code',
  '',
  '1. step',
  '',
  '   ```sh',
  '   ls',
  '',
  '   ```',
  '2. step two',
  '',
  '> quote',
  '',
  '| a | b |',
  '|---|---|',
  '| 1 | 2 |',
  '',
  'Last words.',
].join('\n');

/** Feeds `text` in pieces of the given sizes (cycled), the way a stream arrives. */
function streamed(text: string, sizes: number[]): string[] {
  const splitter = new MarkdownBlocks();
  let at = 0;
  for (let i = 0; at < text.length; i++) {
    at = Math.min(text.length, at + (sizes[i % sizes.length] ?? 1));
    splitter.update(text.slice(0, at));
  }
  return [...blocksFor(splitter, text, false).blocks];
}

describe('splitBlocks', () => {
  it('gives blocks that concatenate back to the text', () => {
    expect(splitBlocks(SAMPLE).join('')).toBe(SAMPLE);
  });

  it('splits at blank lines between top-level blocks', () => {
    expect(splitBlocks('a\nb\n\nc\n\n\nd')).toEqual(['a\nb\n\n', 'c\n\n\n', 'd']);
  });

  it('never splits inside a fenced code block, even at blank lines', () => {
    const blocks = splitBlocks('intro\n\n```\ncode\n\nmore\n```\n\nafter');
    expect(blocks).toEqual(['intro\n\n', '```\ncode\n\nmore\n```\n\n', 'after']);
  });

  it('keeps tilde and longer fences open until their own closing run', () => {
    expect(splitBlocks('~~~\na\n\n```\n\nb\n~~~\n\nc')).toEqual(['~~~\na\n\n```\n\nb\n~~~\n\n', 'c']);
    expect(splitBlocks('````\na\n```\n\nb\n````\n\nc')).toEqual(['````\na\n```\n\nb\n````\n\n', 'c']);
  });

  it('keeps a loose list and its indented continuations together', () => {
    expect(splitBlocks('- a\n\n- b\n\n  more b\n\nafter')).toEqual(['- a\n\n- b\n\n  more b\n\n', 'after']);
    expect(splitBlocks('1. a\n\n2. b\n\nafter')).toEqual(['1. a\n\n2. b\n\n', 'after']);
  });

  it('starts a new block for a list after a paragraph, and a paragraph after a list', () => {
    expect(splitBlocks('para\n\n- a\n- b\n\nnext')).toEqual(['para\n\n', '- a\n- b\n\n', 'next']);
  });

  it('keeps indented code after a blank line with the block before it', () => {
    expect(splitBlocks('para\n\n    code\n\n    code\n\nnext')).toEqual(['para\n\n    code\n\n    code\n\n', 'next']);
  });

  it('keeps a fence inside a list item (indented, with blank lines) in the item', () => {
    const text = '1. step\n\n   ```sh\n   ls\n\nx\n   ```\n\nafter';
    expect(splitBlocks(text)).toEqual(['1. step\n\n   ```sh\n   ls\n\nx\n   ```\n\n', 'after']);
  });

  it('handles CRLF line endings', () => {
    expect(splitBlocks('a\r\n\r\n```\r\nx\r\n\r\n```\r\n\r\nb')).toEqual([
      'a\r\n\r\n',
      '```\r\nx\r\n\r\n```\r\n\r\n',
      'b',
    ]);
  });

  it('leading blank lines belong to the first block', () => {
    expect(splitBlocks('\n\na\n\nb')).toEqual(['\n\na\n\n', 'b']);
  });
});

describe('MarkdownBlocks (incremental)', () => {
  it.each([[[1]], [[2, 3, 5]], [[7]], [[1, 40, 2, 13]], [[1000]]])(
    'appending in pieces %j gives the same blocks as one pass',
    (sizes) => {
      expect(streamed(SAMPLE, sizes)).toEqual(splitBlocks(SAMPLE));
    },
  );

  it('a block completes only once the next top-level line has arrived', () => {
    const splitter = new MarkdownBlocks();
    splitter.update('para\n\n');
    expect(splitter.completed()).toEqual([]);
    splitter.update('para\n\nne');
    expect(splitter.completed()).toEqual([]); // the line is not whole yet
    splitter.update('para\n\nnext\n');
    expect(splitter.completed()).toEqual(['para\n\n']);
    expect(splitter.open()).toBe('next\n');
  });

  it('returns the same completed array until another block completes', () => {
    const splitter = new MarkdownBlocks();
    splitter.update('a\n\nb\n');
    const first = splitter.completed();
    splitter.update('a\n\nb\nmore b\n');
    expect(splitter.completed()).toBe(first);
    splitter.update('a\n\nb\nmore b\n\nc\n');
    expect(splitter.completed()).not.toBe(first);
    expect(splitter.completed()).toEqual(['a\n\n', 'b\nmore b\n\n']);
  });

  it('starts over when the text is replaced instead of extended', () => {
    const splitter = new MarkdownBlocks();
    splitter.update('one\n\ntwo\n\nthree\n');
    splitter.update('x\n');
    expect(splitter.completed()).toEqual([]);
    expect(splitter.open()).toBe('x\n');
    splitter.update('other\n\ntwo\n\nthree\n');
    expect(splitter.completed()).toEqual(['other\n\n', 'two\n\n']);
  });

  it('scans each line once: work per update follows the new text, not the whole answer', () => {
    const splitter = new MarkdownBlocks();
    const seen: number[] = [];
    const scanLine = (splitter as unknown as { scanLine: (line: string, start: number) => void }).scanLine.bind(
      splitter,
    );
    (splitter as unknown as { scanLine: (line: string, start: number) => void }).scanLine = (line, start) => {
      seen.push(start);
      scanLine(line, start);
    };
    let text = '';
    for (let i = 0; i < 200; i++) {
      text += `line ${i}\n${i % 5 === 0 ? '\n' : ''}`;
      splitter.update(text);
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(splitter.completed().join('') + splitter.open()).toBe(text);
  });
});

describe('blocksFor', () => {
  it('keeps the last block open while streaming and closes it when finished', () => {
    const splitter = new MarkdownBlocks();
    expect(blocksFor(splitter, 'a\n\nb\n\nc', true)).toEqual({ blocks: ['a\n\n'], open: 'b\n\nc' }); // "c" is not a whole line yet
    expect(blocksFor(splitter, 'a\n\nb\n\nc', false)).toEqual({ blocks: ['a\n\n', 'b\n\n', 'c'], open: '' });
  });

  it('renders a finished answer with link reference definitions as one block', () => {
    const text = 'See [the docs][d].\n\nMore.\n\n[d]: https://example.com';
    expect(blocksFor(new MarkdownBlocks(), text, false)).toEqual({ blocks: [text], open: '' });
  });

  it('an empty answer has no blocks', () => {
    expect(blocksFor(new MarkdownBlocks(), '', false)).toEqual({ blocks: [], open: '' });
    expect(blocksFor(new MarkdownBlocks(), '', true)).toEqual({ blocks: [], open: '' });
  });
});

describe('blocks render as the whole text does', () => {
  // the same markdown options as the app (markdown.ts); sanitising is not the point here
  const md = new Marked({ gfm: true, breaks: true, async: false });
  const html = (text: string) => (md.parse(text) as string).replace(/>\s+</g, '><').trim();

  it.each([
    ['the sample', SAMPLE],
    ['tight and loose lists', '- a\n- b\n\n- c\n\npara\n\n1. x\n\n2. y\n\n   more y\n\nend'],
    ['fences with blank lines', 'intro\n\n```py\nx = 1\n\n\ny = 2\n```\n\n~~~\n```\n\n~~~\n\nafter'],
    [
      'headings, quotes and tables',
      '# H1\n\ntext\n\n> quote\n>\n> more\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n## H2\nline\nline',
    ],
  ])('%s', (_name, text) => {
    expect(splitBlocks(text).map(html).join('')).toBe(html(text));
  });
});

describe('renderOpenBlock', () => {
  const show = (block: string) => `[${block}]`;

  it('renders the parts of the open block separately, its last line counting as whole', () => {
    const splitter = new MarkdownBlocks();
    const text = `Para **b**.\n\n${'>'.repeat(50)}`; // the deep line is not finished yet
    const { blocks, open } = blocksFor(splitter, text, true);
    expect(blocks).toEqual([]);
    expect(renderOpenBlock(open, show)).toBe(`[Para **b**.\n\n][${'>'.repeat(50)}]`);
  });

  it('closes an open fence first', () => {
    expect(renderOpenBlock('Code:\n\n```ts\nlet a', show)).toBe('[Code:\n\n][```ts\nlet a\n```\n]');
  });

  it('a single block stays one', () => {
    expect(renderOpenBlock('- a\n- b', show)).toBe('[- a\n- b]');
  });
});
