// Labels and notices made in render/ are written in the active language (German here, with the real
// catalogue).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setActiveLanguage } from '../i18n/active-language.ts';
import { loadTranslations } from '../i18n/catalog.ts';
import { checkAgainstSchema } from './json-schema-check.ts';
import { MISSING_PIECE } from './text-blocks.ts';

describe('render texts in German', () => {
  beforeEach(async () => setActiveLanguage('de', await loadTranslations('de')));
  afterEach(() => setActiveLanguage('en', undefined));

  it('says which part of an answer is missing in German', () => {
    expect(MISSING_PIECE(2)).toBe('[Teil 3 dieser Antwort konnte nicht gelesen werden.]\n');
  });

  it('names a refused value in German, the path verbatim', async () => {
    const check = await checkAgainstSchema({ a: 1 }, { type: 'object', properties: { a: false } });
    expect(check).toEqual({ ok: false, path: '/a', message: 'Das ist hier nicht erlaubt.' });
  });
});
