// The output settings' messages in German with the real catalogue: the sentences are German, while JSON
// field names and examples stay verbatim.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTranslations } from '../i18n/catalog.ts';
import { setActiveLanguage } from '../i18n/active-language.ts';
import { readResponseFormat, readToolDefinitions } from './output-settings.ts';

describe('output settings in German', () => {
  beforeEach(async () => setActiveLanguage('de', await loadTranslations('de')));
  afterEach(() => setActiveLanguage('en', undefined));

  it('refuses a bad schema or tool list in German, field names verbatim', () => {
    expect(readResponseFormat('schema', '')).toEqual({
      ok: false,
      error: 'Fügen Sie ein JSON-Schema ein, schreiben Sie eines oder wählen Sie ein Beispiel.',
    });
    expect(readResponseFormat('schema', '{"type": "thing"}')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^"type" muss einer von object, array, .* sein \(gefunden: "thing"\)\.$/),
    });
    expect(readToolDefinitions('[{"type": "function", "function": {"name": "a b"}}]')).toEqual({
      ok: false,
      error: 'Werkzeug 1: "function.name" muss aus Buchstaben, Ziffern, "_" oder "-" bestehen (höchstens 64).',
    });
  });
});
