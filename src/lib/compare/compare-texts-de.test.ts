// A Compare column's override summary in German with the real catalogue: the values and the top_p
// parameter name stay verbatim.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTranslations } from '../i18n/catalog.ts';
import { setActiveLanguage } from '../i18n/active-language.ts';
import { overrideSummary } from './overrides.ts';

describe('Compare overrides in German', () => {
  beforeEach(async () => setActiveLanguage('de', await loadTranslations('de')));
  afterEach(() => setActiveLanguage('en', undefined));

  it('sums up a column’s overrides in German', () => {
    const column = { system_prompt: 'x', params: { temperature: 0.2, top_p: 0.9, max_tokens: 64 } };
    expect(overrideSummary(column)).toEqual(['Temperatur 0.2', 'top_p 0.9', 'max. Tokens 64', 'eigener Systemprompt']);
  });
});
