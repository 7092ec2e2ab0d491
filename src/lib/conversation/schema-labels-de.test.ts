// The ready schemas' labels in German with the real catalogue; the schemas themselves are unchanged.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTranslations } from '../i18n/catalog.ts';
import { setActiveLanguage } from '../i18n/active-language.ts';
import { SCHEMA_EXAMPLES } from './schema-examples.ts';

describe('schema example labels in German', () => {
  beforeEach(async () => setActiveLanguage('de', await loadTranslations('de')));
  afterEach(() => setActiveLanguage('en', undefined));

  it('labels the examples in German and keeps their field names', () => {
    expect(SCHEMA_EXAMPLES.map((e) => e.label)).toEqual(['Person', 'Liste von Schritten', 'Stimmung']);
    expect(SCHEMA_EXAMPLES[1]?.schema.required).toEqual(['steps']);
  });
});
