// The code highlighting colours pass WCAG AA (4.5:1) on the code block background, in the light and the
// dark theme. Reads the stylesheets: every `.hljs-…` colour and the `.markdown pre` background must be a
// custom property set with light-dark(#light, #dark).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const STYLES = new URL('./', import.meta.url);
const css = readdirSync(STYLES)
  .filter((name) => name.endsWith('.css'))
  .map((name) => readFileSync(new URL(name, STYLES), 'utf8'))
  .join('\n');

/** --name → [light, dark] for every `--name: light-dark(#xxxxxx, #xxxxxx)` (the last one wins). */
const palette = new Map<string, [string, string]>();
for (const [, name, light, dark] of css.matchAll(/(--[\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) {
  palette.set(name as string, [light as string, dark as string]);
}
const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, body]) => ({
  selector: (selector as string).replace(/\/\*[\s\S]*?\*\//g, '').trim(),
  body: body as string,
}));

function varOf(body: string, property: string): string | undefined {
  return new RegExp(`(?:^|[;\\s])${property}:\\s*var\\((--[\\w-]+)\\)`).exec(body)?.[1];
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('code highlighting colours', () => {
  const background = rules
    .map((rule) => rule.selector === '.markdown pre' && varOf(rule.body, 'background'))
    .find(Boolean);
  const tokens = rules
    .filter((rule) => rule.selector.includes('.hljs'))
    .map((rule) => ({ selector: rule.selector.replace(/\s+/g, ' '), colour: varOf(rule.body, 'color') }))
    .filter((token): token is { selector: string; colour: string } => token.colour !== undefined);

  it('the tables are found', () => {
    expect(background).toBeTruthy();
    expect(tokens.length).toBeGreaterThanOrEqual(7);
  });

  it.each(['light', 'dark'] as const)('pass AA on the code background in the %s theme', (theme) => {
    const index = theme === 'light' ? 0 : 1;
    const bg = palette.get(background as string)?.[index] as string;
    for (const { selector, colour } of tokens) {
      const fg = palette.get(colour)?.[index];
      expect(fg, `${colour} for ${selector}`).toBeDefined();
      expect(contrast(fg as string, bg), `${selector}: ${colour} ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('computes the WCAG ratio', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrast('#4078f2', '#f0f1f4')).toBeCloseTo(3.58, 2);
  });
});
