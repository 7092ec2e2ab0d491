// What a capability does, in German: the words follow the active language; the endpoint paths do not.
import { afterEach, describe, expect, it } from 'vitest';
import { loadTranslations } from '../i18n/catalog.ts';
import { setActiveLanguage } from '../i18n/active-language.ts';
import { CAPABILITY_WORK, endpointPath, megabytes } from './capability-endpoint.ts';

describe('capability words in German', () => {
  afterEach(() => setActiveLanguage('en', undefined));

  it('names the work in the language active when asked, and keeps paths verbatim', async () => {
    expect(CAPABILITY_WORK.transcription).toBe('speech to text');
    setActiveLanguage('de', await loadTranslations('de'));
    expect(CAPABILITY_WORK.transcription).toBe('Sprache zu Text');
    expect(CAPABILITY_WORK.speech).toBe('Text zu Sprache');
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
