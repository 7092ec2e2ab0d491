import { describe, expect, it } from 'vitest';
import { unsanitisedHtml } from './markdown-html.ts';
import { LIMITS, RenderLimitError } from './render-limits.ts';

describe('unsanitisedHtml', () => {
  it('renders model markdown: raw HTML as text, code blocks labelled, remote images as links', () => {
    expect(unsanitisedHtml('a <b>x</b>')).toBe('<p>a &lt;b&gt;x&lt;/b&gt;</p>\n');
    expect(unsanitisedHtml('```ts\nconst a = 1;\n```')).toBe(
      '<pre data-code-block data-lang="ts"><code class="language-ts">const a = 1;\n</code></pre>\n',
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
});
