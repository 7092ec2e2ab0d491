import { describe, expect, it } from 'vitest';
import { unsanitisedHtml } from './markdown-html.ts';
import { LIMITS, RenderLimitError } from './render-limits.ts';

describe('unsanitisedHtml', () => {
  it('renders model markdown: raw HTML as text, code blocks labelled, remote images as links', () => {
    expect(unsanitisedHtml('a <b>x</b>')).toBe('<p>a &lt;b&gt;x&lt;/b&gt;</p>\n');
    expect(unsanitisedHtml('```ts\nconst a = 1;\n```')).toBe(
      '<div class="code-block"><div class="code-header"><span class="code-lang">ts</span></div>' +
        '<pre data-code-block data-lang="ts"><code class="language-ts">const a = 1;\n</code></pre></div>\n',
    );
    expect(unsanitisedHtml('![pic](https://x.test/p.png)')).toBe(
      '<p><a href="https://x.test/p.png" data-remote-image>pic</a></p>\n',
    );
    expect(unsanitisedHtml('![pic](https://x.test/p.png)', { remoteImages: true })).toBe(
      '<p><img src="https://x.test/p.png" alt="pic" data-remote-image></p>\n',
    );
  });

  it.each([
    ['"_a"', '_a'],
    ['"*a"', '*a'],
    ['"*_"', '*_'],
  ])('30,000 %s in one paragraph exceed the emphasis budget', (_name, unit) => {
    expect(() => unsanitisedHtml(unit.repeat(30_000))).toThrow(RenderLimitError);
  });

  it('counts each inline run on its own: a long list of bold items is rendered', () => {
    // 400 items × 4 delimiters: over the budget if the list were counted as one run
    const list = Array.from({ length: 400 }, (_, i) => `${i + 1}. **Item ${i}**: some text about it`).join('\n');
    expect(1_600 * list.length).toBeGreaterThan(LIMITS.emphasisWork);
    const html = unsanitisedHtml(list);
    expect(html.match(/<strong>/g)).toHaveLength(400);
  });

  it('a table counts cell by cell', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `| **r${i}** | _v${i}_ |`).join('\n');
    const html = unsanitisedHtml(`| a | b |\n|---|---|\n${rows}`);
    expect(html.match(/<strong>/g)).toHaveLength(300);
  });

  it('wraps tables so a wide one scrolls', () => {
    expect(unsanitisedHtml('| a |\n|---|\n| 1 |')).toMatch(
      /^<div class="table-scroll"><table>[\s\S]*<\/table>\n<\/div>\n$/,
    );
  });
});

describe('math in markdown', () => {
  const placeholders = (text: string) =>
    [...unsanitisedHtml(text).matchAll(/<span class="math"( data-display)? data-tex="([^"]*)">/g)].map(
      ([, display, tex]) => `${display ? 'display' : 'inline'}:${tex}`,
    );

  it('finds all four delimiter forms', () => {
    expect(placeholders('a $x^2$ b \\(y\\) c $$z$$ d \\[w\\]')).toEqual([
      'inline:x^2',
      'inline:y',
      'display:z',
      'display:w',
    ]);
    expect(placeholders('$$\n\\frac{a}{b}\n$$')).toEqual(['display:\\frac{a}{b}']);
    expect(unsanitisedHtml('$$\nx\n$$')).toMatch(/^<p class="math-block"><span class="math" data-display/);
  });

  it('keeps prices, code spans, code blocks and escaped dollars as text', () => {
    expect(unsanitisedHtml('It costs $5 and $10.')).toBe('<p>It costs $5 and $10.</p>\n');
    expect(placeholders('`$x$` and `\\(y\\)`')).toEqual([]);
    expect(unsanitisedHtml('It costs $5 and $10, and `$x$` is code.')).toBe(
      '<p>It costs $5 and $10, and <code>$x$</code> is code.</p>\n',
    );
    expect(placeholders('```\n$x$ $$y$$\n\\[z\\]\n```')).toEqual([]);
    expect(placeholders('    $$x$$')).toEqual([]);
    expect(placeholders('\\$x$ costs')).toEqual([]);
  });

  it('shows the source as escaped text until rendered, and finds math in tables, lists and quotes', () => {
    expect(unsanitisedHtml('$a<b$')).toBe('<p><span class="math" data-tex="a&lt;b">$a&lt;b$</span></p>\n');
    expect(placeholders('| a |\n|---|\n| $x$ |\n\n- $y$\n\n> $$z$$')).toEqual(['inline:x', 'inline:y', 'display:z']);
  });

  it('does not treat emphasis markers inside math as emphasis', () => {
    expect(unsanitisedHtml('$a_1 + b_1$ and $a*b*c$')).not.toMatch(/<em>|<strong>/);
  });
});
