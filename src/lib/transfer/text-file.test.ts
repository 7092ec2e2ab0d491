import { describe, expect, it } from 'vitest';
import { MAX_TEXT_FILE_BYTES, fileKind, refusal, textFileBlock } from './text-file.ts';

describe('text files', () => {
  it('tells images, text, PDFs and other files apart', () => {
    expect(fileKind({ name: 'a.png', type: 'image/png' })).toBe('image');
    expect(fileKind({ name: 'notes.md', type: '' })).toBe('text');
    expect(fileKind({ name: 'data.csv', type: 'text/csv' })).toBe('text');
    expect(fileKind({ name: 'main.rs', type: '' })).toBe('text');
    expect(fileKind({ name: 'paper.pdf', type: 'application/pdf' })).toBe('pdf');
    expect(fileKind({ name: 'a.zip', type: 'application/zip' })).toBe('other');
  });

  it('refuses PDFs, other binaries and text files over the limit, with a message naming the file', () => {
    expect(refusal({ name: 'a.txt', type: 'text/plain', size: 10 })).toBeNull();
    expect(refusal({ name: 'big.log', type: '', size: MAX_TEXT_FILE_BYTES + 1 })).toMatch(
      /^big\.log is 201 KB; .*200 KB/,
    );
    expect(refusal({ name: 'p.pdf', type: 'application/pdf', size: 10 })).toMatch(/PDFs cannot be attached/);
    expect(refusal({ name: 'a.zip', type: 'application/zip', size: 10 })).toMatch(/only images and text files/);
  });

  it('puts the text in a fenced block named after the file, fenced longer than any backticks inside', () => {
    expect(textFileBlock('data.json', '{"a": 1}')).toBe('**data.json**\n\n```json\n{"a": 1}\n```\n');
    expect(textFileBlock('notes_1.md', 'see ````x````\n')).toBe(
      '**notes\\_1.md**\n\n`````markdown\nsee ````x````\n`````\n',
    );
  });
});
