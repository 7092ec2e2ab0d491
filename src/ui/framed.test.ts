import { afterEach, describe, expect, it } from 'vitest';
import { loadTranslations } from '../lib/i18n/catalog.ts';
import { setActiveLanguage } from '../lib/i18n/active-language.ts';
import { isFramed, showFramedNotice } from './framed.ts';

/** Just enough of a DOM element for the notice: its text, link attributes and children. */
interface FakeElement {
  tag: string;
  textContent: string;
  children: FakeElement[];
  [attribute: string]: unknown;
}

function fakeTarget(): FakeElement & { ownerDocument: unknown } {
  const make = (tag: string): FakeElement => {
    const el: FakeElement = { tag, textContent: '', children: [] };
    el.append = (...kids: FakeElement[]) => void el.children.push(...kids);
    return el;
  };
  const target = make('div') as FakeElement & { ownerDocument: unknown };
  target.ownerDocument = { createElement: make };
  target.replaceChildren = (...kids: FakeElement[]) => void (target.children = kids);
  return target;
}

const texts = (el: FakeElement): string[] => [el.textContent, ...el.children.flatMap(texts)].filter(Boolean);

describe('showFramedNotice', () => {
  afterEach(() => setActiveLanguage('en', undefined));

  it('says why in the interface language, with a link to the app in a tab of its own', async () => {
    setActiveLanguage('de', await loadTranslations('de'));
    const target = fakeTarget();
    showFramedNotice(target as unknown as HTMLElement, 'https://app.test/switchboard/');
    expect(texts(target)).toEqual([
      'Switchboard',
      'Switchboard läuft nicht innerhalb einer anderen Seite: Eine Seite darum herum könnte seine Schaltflächen und Felder verschleiern.',
      'Switchboard in einem eigenen Tab öffnen',
    ]);
    const link = target.children[0]!.children[2]!.children[0]!;
    expect([link.tag, link.href, link.target]).toEqual(['a', 'https://app.test/switchboard/', '_blank']);
  });
});

describe('isFramed', () => {
  it('is false for a top-level window and true inside a frame', () => {
    const top = { top: undefined as unknown, self: undefined as unknown };
    top.top = top;
    top.self = top;
    expect(isFramed(top)).toBe(false);
    const inner = { top, self: {} };
    inner.self = inner;
    expect(isFramed(inner)).toBe(true);
  });

  it('counts a window that refuses to tell as framed', () => {
    const refusing = {
      get top(): unknown {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
      self: {},
    };
    expect(isFramed(refusing)).toBe(true);
  });
});
