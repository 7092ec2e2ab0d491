import { describe, expect, it } from 'vitest';
import { markdownToPlain } from './markdown-plain.ts';

describe('markdownToPlain', () => {
  it('drops emphasis, heading and code markers', () => {
    expect(markdownToPlain('# Title\n\nSome **bold**, _italic_ and `a < b` ~~gone~~.')).toBe(
      'Title\n\nSome bold, italic and a < b gone.',
    );
  });

  it('keeps a code block as written', () => {
    expect(markdownToPlain('Run:\n\n```sh\necho "hi" && ls\n```')).toBe('Run:\n\necho "hi" && ls');
  });

  it('keeps bullets and numbers of lists, nested ones indented', () => {
    expect(markdownToPlain('- one\n- two\n  1. a\n  2. b')).toBe('• one\n• two\n   1. a\n   2. b');
    expect(markdownToPlain('3. c\n4. d')).toBe('3. c\n4. d');
  });

  it('turns a table into tab-separated rows', () => {
    expect(markdownToPlain('| Algorithm | Cost |\n|---|---|\n| **Quick** | n log n |')).toBe(
      'Algorithm\tCost\nQuick\tn log n',
    );
  });

  it('keeps the address of a link after its text, once', () => {
    expect(markdownToPlain('See [the docs](https://example.com/docs) or https://example.com.')).toBe(
      'See the docs (https://example.com/docs) or https://example.com.',
    );
  });

  it('shows entities as the characters they stand for, and a quote without its marker', () => {
    expect(markdownToPlain('> Tom &amp; Jerry')).toBe('Tom & Jerry');
  });

  it('returns text too costly to parse unchanged', () => {
    const hostile = '_a'.repeat(200_000);
    expect(markdownToPlain(hostile)).toBe(hostile);
  });
});
