// CORS fixes in German: the advice is translated, the origin, variables and commands are not.
import { afterEach, describe, expect, it } from 'vitest';
import { loadTranslations } from '../../i18n/catalog.ts';
import { setActiveLanguage } from '../../i18n/active-language.ts';
import { corsOriginFixes } from './cors.ts';
import { corsPreflightFixes } from './cors-preflight.ts';

const ORIGIN = 'https://switchboard.example';

describe('CORS fixes in German', () => {
  afterEach(() => setActiveLanguage('en', undefined));

  it('writes the Ollama origin fix in German with its commands verbatim', async () => {
    setActiveLanguage('de', await loadTranslations('de'));
    const [origins, generic] = corsOriginFixes('ollama', ORIGIN, new URL('http://localhost:11434'), 'http://x/');
    expect(origins?.title).toBe(`${ORIGIN} in Ollama erlauben (OLLAMA_ORIGINS)`);
    expect(origins?.text).toContain(`Setzen Sie OLLAMA_ORIGINS auf ${ORIGIN} und starten Sie Ollama neu.`);
    expect(origins?.commands?.find((c) => c.platform === 'windows')).toEqual({
      label: 'Windows: Ollama im Infobereich beenden, dies ausführen, dann Ollama aus dem Startmenü starten',
      command: `setx OLLAMA_ORIGINS "${ORIGIN}"`,
      platform: 'windows',
    });
    expect(generic?.text).toContain(`„Access-Control-Allow-Origin: ${ORIGIN}“`);
  });

  it('writes the preflight fixes in German with header names verbatim', async () => {
    setActiveLanguage('de', await loadTranslations('de'));
    const fixes = corsPreflightFixes(undefined, ORIGIN, ['authorization', 'content-type'], false);
    expect(fixes[0]?.title).toBe(`Die Anfrage-Header authorization, content-type für ${ORIGIN} erlauben`);
    expect(fixes.at(-1)?.title).toBe('Weiterleitungen vermeiden');
  });
});
