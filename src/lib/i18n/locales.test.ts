import { describe, expect, it } from 'vitest';
import { directionOf, negotiateLocale } from './locales.ts';

describe('negotiateLocale', () => {
  it.each([
    [['de-AT', 'en'], 'de'],
    [['fr-CA'], 'fr'],
    [['es-419'], 'es'],
    [['zh-CN'], 'zh-CN'],
    [['zh-Hans-SG'], 'zh-CN'],
    [['zh-TW', 'ja'], 'ja'],
    [['ja-JP'], 'ja'],
    [['ar-EG'], 'ar'],
    [['pt-BR', 'it'], 'en'],
    [[], 'en'],
    [['', 'EN-gb'], 'en'],
  ] as const)('%j → %s', (preferred, locale) => {
    expect(negotiateLocale(preferred)).toBe(locale);
  });

  it('Arabic is written right to left, the others left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ja')).toBe('ltr');
  });
});
