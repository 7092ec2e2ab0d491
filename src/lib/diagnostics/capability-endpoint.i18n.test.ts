// Sizes in German follow the language's decimal separator; endpoint paths stay verbatim.
import { afterEach, describe, expect, it } from 'vitest';
import { loadTranslations } from '../i18n/catalog.ts';
import { setActiveLanguage } from '../i18n/active-language.ts';
import { endpointPath, megabytes } from './capability-endpoint.ts';

describe('capability words in German', () => {
  afterEach(() => setActiveLanguage('en', undefined));

  it('keeps endpoint paths verbatim', () => {
    expect(endpointPath('http://localhost:8000/v1/audio/transcriptions')).toBe('/audio/transcriptions');
  });

  it('writes sizes with the decimal separator of the language, and never groups digits', async () => {
    expect([megabytes(12_345_678), megabytes(2_500_000), megabytes(1_500_000_000)]).toEqual([
      '12 MB',
      '2.5 MB',
      '1500 MB',
    ]);
    setActiveLanguage('de', await loadTranslations('de'));
    expect(megabytes(2_500_000)).toBe('2,5 MB');
  });
});
