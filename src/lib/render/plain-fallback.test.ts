import { describe, expect, it } from 'vitest';
import { Marked } from 'marked';
import { plainBlockHtml, renderOrPlain } from './plain-fallback.ts';
import { unsanitisedHtml } from './markdown-html.ts';

const DEEP_QUOTE = `${'>'.repeat(5_000)} deep <b>text</b> & more`;
const DEEP_LIST = `${'- '.repeat(5_000)}deep`;

describe('renderOrPlain', () => {
  it('marked itself overflows the stack on 5,000 levels (why the guard exists)', () => {
    const plain = new Marked({ gfm: true, breaks: true, async: false });
    expect(() => plain.parse(DEEP_QUOTE)).toThrow(RangeError);
  });

  it.each([
    ['quote', DEEP_QUOTE],
    ['list', DEEP_LIST],
  ])('a %s nested 5,000 deep renders as escaped text, without throwing', (_name, block) => {
    let html = '';
    expect(() => (html = renderOrPlain(block, (text) => unsanitisedHtml(text)))).not.toThrow();
    expect(html).toBe(plainBlockHtml(block, 'depth'));
    expect(html).not.toContain('<blockquote');
    expect(html).not.toContain('<b>');
  });

  it('a renderer that throws gives plain text for that block', () => {
    const html = renderOrPlain('**fine** <i>', () => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(html).toBe('<div class="plain" data-render-fallback="error">**fine** &lt;i&gt;</div>');
  });

  it.each([
    ['"_a"', '_a'],
    ['"*a"', '*a'],
  ])('30,000 %s stop at the emphasis budget and show as complete text', (_name, unit) => {
    const text = unit.repeat(30_000);
    const html = renderOrPlain(text, (source) => unsanitisedHtml(source));
    expect(html).toBe(`<div class="plain" data-render-fallback="emphasis">${text}</div>`);
  });

  it('ordinary markdown goes to the renderer', () => {
    expect(renderOrPlain('**bold**', (text) => unsanitisedHtml(text))).toBe('<p><strong>bold</strong></p>\n');
  });

  it('plain text keeps every character and escapes markup; trailing blank lines go', () => {
    expect(plainBlockHtml(`<script>alert("x") & 'y'</script>\n\n`, 'error')).toBe(
      '<div class="plain" data-render-fallback="error">&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;</div>',
    );
  });
});
