// Import and backup texts are written in the active language (German here, with the real catalogue);
// file format names and field names stay verbatim.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setActiveLanguage } from '../i18n/active-language.ts';
import { loadTranslations } from '../i18n/catalog.ts';
import { parseImport } from './chats-file.ts';
import { parseBackup } from './full-backup.ts';
import { importSummary } from './skipped-entries.ts';

describe('import and backup texts in German', () => {
  beforeEach(async () => setActiveLanguage('de', await loadTranslations('de')));
  afterEach(() => setActiveLanguage('en', undefined));

  it('says what an import took in one German sentence, the reasons as given', () => {
    const invalid = ['entry 2 is not an object.', 'entry 3.title must be text.'];
    expect(importSummary('chats', { imported: 1, total: 3, present: 0, invalid })).toBe(
      '1 von 3 Chats importiert: 2 waren ungültig (entry 2 is not an object; entry 3.title must be text).',
    );
    expect(importSummary('connections', { imported: 1, total: 1, present: 0, invalid: [] })).toBe(
      '1 Verbindung importiert.',
    );
  });

  it('refuses a file that is not an export in German, the expected format verbatim', () => {
    const result = parseImport('{"format":"other"}', { existing: new Map(), newId: () => 'x' });
    expect(result).toEqual({
      ok: false,
      error: 'Das ist kein Switchboard-Chat-Export (erwartet: "format": "switchboard-chats").',
    });
    expect(parseBackup('{"format":"switchboard-chats"}')).toEqual({
      ok: false,
      error:
        'Das ist ein Chat-Export, keine vollständige Sicherung: Importieren Sie ihn mit „Importieren“ in der Chatliste. Es wurde nichts geändert.',
    });
  });
});
