import { describe, expect, it } from 'vitest';
import { createGlyphWarmer } from './glyph-warmer.ts';

function recorder() {
  const calls: Array<[string, string]> = [];
  return { calls, measure: (text: string, font: string) => void calls.push([text, font]) };
}

describe('createGlyphWarmer', () => {
  it('shapes a piece with a new character whole, in the text font (plain, bold, italic), code and math fonts', () => {
    const { calls, measure } = recorder();
    createGlyphWarmer(measure)('автор 트');
    expect(calls.map(([text]) => text)).toEqual(Array<string>(5).fill('автор 트'));
    expect(calls.map(([, font]) => font.split(' ')[0])).toEqual(['16px', 'bold', 'italic', '16px', '16px']);
    expect(calls[0]?.[1]).toContain('system-ui');
    expect(calls[3]?.[1]).toContain('monospace');
    expect(calls[4]?.[1]).toContain('math');
  });

  it("shapes math's italic letters once, in the math font, when the text may hold math", () => {
    const { calls, measure } = recorder();
    const warm = createGlyphWarmer(measure);
    warm('no math here');
    expect(calls).toEqual([]);
    warm('so $x^2$ it is');
    warm('and $y$ again');
    expect(calls).toHaveLength(1);
    const [italics, font] = calls[0] as [string, string];
    expect(font).toContain('math');
    expect(italics).toContain('𝑥'); // U+1D465, how MathML shows an identifier x
    expect(italics).toContain('ℎ');
    expect(italics).toContain('𝛼');
  });

  it('skips ASCII and characters it has shaped before', () => {
    const { calls, measure } = recorder();
    const warm = createGlyphWarmer(measure);
    warm('plain ASCII text');
    warm('Биография');
    warm('биография'.slice(1));
    warm('Hello 尔');
    expect(calls.map(([text]) => text)).toEqual([
      ...Array<string>(5).fill('Биография'),
      ...Array<string>(5).fill('Hello 尔'),
    ]);
  });

  it('does nothing where there is no canvas to shape with', () => {
    expect(() => createGlyphWarmer(undefined)('автор')).not.toThrow();
  });
});
