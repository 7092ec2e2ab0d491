// The connection form's messages, link refusals, parameter labels and address warnings in German, with the
// real catalogue: the sentences are German, while URLs, schemes, host names and names stay as typed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTranslations } from '../i18n/catalog.ts';
import { setActiveLanguage } from '../i18n/active-language.ts';
import { CAPABILITY_LABELS } from './capability-draft.ts';
import { parseDeepLink } from './connect-link.ts';
import { keyIgnored } from './deep-link.ts';
import { parseField } from './param-edit.ts';
import { paramSpec, unsentParams } from './param-specs.ts';
import { MODE_LABELS, presetFor } from './presets.ts';
import { lookalikeHost } from './shown-address.ts';
import { draftFromConnection, validateDraft } from './validate.ts';
import type { Connection } from './types.ts';

const existing: Connection = {
  id: 'c1',
  name: 'Box',
  mode: 'openai_compatible',
  base_url: 'http://localhost:8080/v1',
  enabled: true,
  created_at: 0,
  updated_at: 0,
} as Connection;

describe('connections in German', () => {
  beforeEach(async () => setActiveLanguage('de', await loadTranslations('de')));
  afterEach(() => setActiveLanguage('en', undefined));

  it('writes the form’s validation messages in German, the address and names verbatim', () => {
    const draft = { ...draftFromConnection(existing), name: 'box', base_url: 'ftp://files.example' };
    const result = validateDraft({ ...draft, temperature: '7', first_token_timeout_s: '-1' }, [existing]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.name).toBe('Eine Verbindung namens „box“ gibt es bereits');
    expect(result.errors.base_url).toBe('Hier funktionieren nur http://- und https://-Adressen, nicht ftp://');
    expect(result.errors.temperature).toBe('Temperatur muss zwischen 0 und 2 liegen');
    expect(result.errors.first_token_timeout_s).toContain('86400');
    expect(result.errors.first_token_timeout_s).toMatch(/^Das Zeitlimit bis zum ersten Token/);
    const blank = validateDraft({ ...draft, name: 'Neu', base_url: '' }, []);
    expect(blank.ok || blank.errors.base_url).toBe('Geben Sie die Serveradresse ein, z. B. http://localhost:11434');
  });

  it('reads labels when shown, so they follow the language', () => {
    expect(paramSpec('repeat_penalty').label).toBe('Wiederholungsstrafe');
    expect(parseField(paramSpec('seed'), '1.5')).toEqual({ ok: false, error: 'Seed muss eine ganze Zahl sein' });
    expect(unsentParams('openai')[0]?.reason).toBe(
      'Die OpenAI-API hat keinen solchen Parameter, daher wird er nicht gesendet.',
    );
    expect(MODE_LABELS.openai_compatible).toBe('OpenAI-kompatibel');
    expect(presetFor('other').label).toBe('Andere');
    expect(presetFor('llamacpp').label).toBe('llama.cpp');
    expect(CAPABILITY_LABELS.transcription).toBe('Sprache zu Text');
    setActiveLanguage('en', undefined);
    expect(paramSpec('repeat_penalty').label).toBe('Repeat penalty');
  });

  it('refuses links and warns of look-alike hosts in German, keeping the host as the browser reaches it', () => {
    const refused = parseDeepLink('#/connect?base_url=ftp%3A%2F%2Fx');
    expect(refused).toEqual({
      ok: false,
      error: 'Die Serveradresse des Links muss mit http:// oder https:// beginnen.',
    });
    expect(keyIgnored()).toMatch(/^Der API-Schlüssel oder das Passwort dieses Links wurde ignoriert/);
    expect(lookalikeHost('http://раypal.com')?.message).toMatch(
      /^Der Hostname mischt .* der Browser erreicht ihn als xn--[a-z0-9-]+\.com\.$/,
    );
  });
});
