import { describe, expect, it } from 'vitest';
import { markScrollRegion, type MarkableElement } from './scroll-regions.ts';

function element(tagName: string, attrs: Record<string, string> = {}): MarkableElement & { attrs: typeof attrs } {
  const all = { ...attrs };
  return {
    tagName,
    attrs: all,
    hasAttribute: (name) => name in all,
    setAttribute: (name, value) => void (all[name] = value),
    removeAttribute: (name) => void delete all[name],
  };
}

describe('markScrollRegion', () => {
  it('makes a table a tab stop', () => {
    const table = element('TABLE');
    markScrollRegion(table);
    expect(table.attrs).toEqual({ tabindex: '0' });
  });

  it('makes a rendered code block a named tab stop', () => {
    const pre = element('PRE', { 'data-code-block': '', 'data-lang': 'ts' });
    markScrollRegion(pre);
    expect(pre.attrs).toEqual({
      'data-code-block': '',
      'data-lang': 'ts',
      tabindex: '0',
      role: 'group',
      'aria-label': 'Code',
    });
  });

  it('takes tabindex away from everything else, a bare pre included', () => {
    for (const el of [element('A', { href: 'https://x.test/', tabindex: '1' }), element('PRE', { tabindex: '0' })]) {
      markScrollRegion(el);
      expect(el.hasAttribute('tabindex')).toBe(false);
    }
    const div = element('DIV', { class: 'table-scroll', tabindex: '-1' });
    markScrollRegion(div);
    expect(div.attrs).toEqual({ class: 'table-scroll' });
  });
});
