// temml as we call it (trust off), in node: hostile TeX yields no link, class, style or script. The
// second sanitising pass (DOMPurify, MathML profile) runs in the browser: tests/e2e/markdown-finish.spec.ts.
import { describe, expect, it } from 'vitest';
import { temmlMarkup } from './mathml.ts';

describe('temmlMarkup', () => {
  it('renders TeX as MathML', () => {
    expect(temmlMarkup('x^2', false)).toMatch(/^<math>.*<msup><mi>x<\/mi>.*<\/math>$/);
    expect(temmlMarkup('\\frac{a}{b}', true)).toMatch(/^<math display="block"[^>]*>.*<mfrac>/);
  });

  it.each([
    '\\href{javascript:alert(1)}{x}',
    '\\url{javascript:alert(1)}',
    '\\htmlClass{evil}{x}',
    '\\htmlStyle{color:red}{x}',
    '\\htmlId{evil}{x}',
    '\\htmlData{a=b}{x}',
    '\\class{evil}{x}',
    '\\style{background:url(https://evil.test/)}{x}',
    '\\includegraphics{https://evil.test/a.png}',
    '\\bad{',
  ])('%s is not rendered (the source stays as text)', (tex) => {
    expect(temmlMarkup(tex, false)).toBeUndefined();
  });

  it('drops style attributes (the CSP would report them), and only them', () => {
    expect(temmlMarkup('\\color{red}{x} \\text{ style="a"}', true)).toBe(
      '<math display="block" class="tml-display"><mrow><mi>x</mi><mtext>\u00a0style=&quot;a&quot;</mtext></mrow></math>',
    );
  });

  it('keeps text in math as text', () => {
    const html = temmlMarkup('\\text{<script>alert(1)</script><img src=x onerror=alert(1)>}', false) ?? '';
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('gives up on TeX that is too long or expands without end', () => {
    expect(temmlMarkup('x+'.repeat(20_000), false)).toBeUndefined();
    expect(temmlMarkup('\\def\\a{\\a\\a}\\a', false)).toBeUndefined();
  });
});
