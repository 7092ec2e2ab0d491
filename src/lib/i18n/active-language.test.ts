import { afterEach, describe, expect, it } from 'vitest';
import { activeLocale, setActiveLanguage, tr } from './active-language.ts';

describe('the active language of text chosen below the UI', () => {
  afterEach(() => setActiveLanguage('en', undefined));

  it('is English until the UI sets one, placeholders filled in', () => {
    expect(activeLocale()).toBe('en');
    expect(tr('Nothing answers at {url}.', { url: 'http://127.0.0.1:8080' })).toBe(
      'Nothing answers at http://127.0.0.1:8080.',
    );
  });

  it('follows the language the UI sets, with its plural rules and numbers', () => {
    setActiveLanguage('de', {
      '{count} models': { one: '{count} Modell', other: '{count} Modelle' },
    });
    expect(activeLocale()).toBe('de');
    expect(tr({ one: '{count} model', other: '{count} models' }, { count: 1 })).toBe('1 Modell');
    expect(tr({ one: '{count} model', other: '{count} models' }, { count: 12000 })).toBe('12.000 Modelle');
    expect(tr('Not translated yet')).toBe('Not translated yet');
  });
});
