import { describe, expect, it } from 'vitest';
import { createGlyphWarmer } from './glyph-warmer.ts';

function recorder() {
  const calls: Array<[string, string]> = [];
  return { calls, measure: (text: string, font: string) => void calls.push([text, font]) };
}

describe('createGlyphWarmer', () => {
  it('shapes a piece with a new character whole, in the text font and the code font', () => {
    const { calls, measure } = recorder();
    createGlyphWarmer(measure)('автор 트');
    expect(calls.map(([text]) => text)).toEqual(['автор 트', 'автор 트']);
    expect(calls[0]?.[1]).toContain('system-ui');
    expect(calls[1]?.[1]).toContain('monospace');
  });

  it('skips ASCII and characters it has shaped before', () => {
    const { calls, measure } = recorder();
    const warm = createGlyphWarmer(measure);
    warm('plain ASCII text');
    warm('Биография');
    warm('биография'.slice(1));
    warm('Hello 尔');
    expect(calls.map(([text]) => text)).toEqual(['Биография', 'Биография', 'Hello 尔', 'Hello 尔']);
  });

  it('does nothing where there is no canvas to shape with', () => {
    expect(() => createGlyphWarmer(undefined)('автор')).not.toThrow();
  });
});
