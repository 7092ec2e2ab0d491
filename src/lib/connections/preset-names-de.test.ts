// The built-in sampling presets are shown under German names with the real catalogue, while English
// stays their name in English; applying one still sets the same numbers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTranslations } from '../i18n/catalog.ts';
import { setActiveLanguage } from '../i18n/active-language.ts';
import { BUILT_IN_PRESETS, presetNameProblem } from './param-presets.ts';

describe('built-in preset names in German', () => {
  beforeEach(async () => setActiveLanguage('de', await loadTranslations('de')));
  afterEach(() => setActiveLanguage('en', undefined));

  it('reads the names when shown, so they follow the language', () => {
    expect(BUILT_IN_PRESETS.map((p) => p.name)).toEqual(['Präzise', 'Ausgewogen', 'Kreativ']);
    expect(BUILT_IN_PRESETS[0]?.params.temperature).toBe(0.2);
    expect(presetNameProblem('kreativ', [])).toBe('Eine Voreinstellung namens „kreativ“ gibt es bereits');
    setActiveLanguage('en', undefined);
    expect(BUILT_IN_PRESETS.map((p) => p.name)).toEqual(['Precise', 'Balanced', 'Creative']);
  });
});
