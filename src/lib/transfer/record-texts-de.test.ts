// Why an imported chat or connection was skipped, in German with the real catalogue: the sentences and
// the entry's label are German, while field names, modes and schemes stay verbatim.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setActiveLanguage } from '../i18n/active-language.ts';
import { loadTranslations } from '../i18n/catalog.ts';
import { parseImport } from './chats-file.ts';
import { importConnections } from './connections-file.ts';
import { readComparisons } from './comparisons-backup.ts';
import { checkRequestSettings } from './comparison-settings.ts';

const chat = { id: 'a', title: 'A', created_at: 1, updated_at: 1, messages: [] };

describe('record checks in German', () => {
  beforeEach(async () => setActiveLanguage('de', await loadTranslations('de')));
  afterEach(() => setActiveLanguage('en', undefined));

  it('names the broken rule of a chat entry in German', () => {
    const text = JSON.stringify({
      format: 'switchboard-chats',
      version: 1,
      conversations: [chat, 'junk', { ...chat, id: 'b', title: 7 }],
    });
    const result = parseImport(text, { existing: new Map(), newId: () => 'x' });
    expect(result.ok && result.invalid).toEqual(['Eintrag 2 ist kein Objekt.', 'Eintrag 3.title muss Text sein.']);
  });

  it('names the broken rule of a connection entry in German, modes and schemes verbatim', () => {
    const text = JSON.stringify({
      format: 'switchboard-connections',
      version: 1,
      connections: [
        { name: 'Bad', mode: 'x', base_url: 'http://h' },
        { name: 'Ftp', mode: 'ollama', base_url: 'ftp://h' },
        { mode: 'ollama' },
      ],
    });
    const result = importConnections(text, [], () => 'x', 1);
    expect(result.ok && result.skipped).toEqual(['Bad', 'Ftp', '(ohne Namen)']);
    expect(result.ok && result.invalid).toEqual([
      'Eintrag 1.mode muss einer dieser Werte sein: openai, ollama, openai_compatible, browser.',
      'Eintrag 2.base_url muss eine http://- oder https://-Adresse ohne Benutzername oder Passwort sein (und ohne Query oder Fragment).',
      'Eintrag 3.name muss Text sein.',
    ]);
  });

  it('names the broken rule of a saved comparison in German', () => {
    const read = readComparisons(['junk', { id: 'x', schema_version: 1, title: 7 }]);
    expect(read.invalid).toEqual(['comparisons[0] ist kein Objekt.', 'comparisons[1].title muss Text sein.']);
    expect(() => checkRequestSettings({ params: { temperature: '0.2' } }, 'comparison')).toThrow(
      'comparison.params.temperature muss eine Zahl sein.',
    );
  });
});
