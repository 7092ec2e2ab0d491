import { describe, expect, it } from 'vitest';
import { csvField, embeddingsCsv, embeddingsJson, textLines } from './embeddings-file.ts';

describe('embeddings files', () => {
  it('reads one text per non-blank line', () => {
    expect(textLines('a\r\n  b c \n\n\nd')).toEqual(['a', 'b c', 'd']);
  });

  it('quotes CSV fields that need it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('writes CSV: header, then text and one column per dimension', () => {
    const csv = embeddingsCsv({
      model: 'm',
      texts: ['cat', 'a, "dog"'],
      vectors: [Float32Array.of(1, 0.5), Float32Array.of(0, -1)],
    });
    expect(csv).toBe('text,d1,d2\r\ncat,1,0.5\r\n"a, ""dog""",0,-1\r\n');
  });

  it('writes JSON with the model, dimensions and each text with its vector', () => {
    const json = JSON.parse(embeddingsJson({ model: 'm', texts: ['x'], vectors: [Float32Array.of(0.25)] })) as unknown;
    expect(json).toEqual({ model: 'm', dimensions: 1, count: 1, items: [{ text: 'x', embedding: [0.25] }] });
  });
});
