// Results and errors of actions are written in the active language (German here, with the real catalogue);
// server names and what the server said stay verbatim.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setActiveLanguage } from '../i18n/active-language.ts';
import { loadTranslations } from '../i18n/catalog.ts';
import type { ProviderError } from '../providers/errors.ts';
import { speechErrorText } from './speech-errors.ts';
import { speechProblem } from './speech-to-text.ts';

const error = (extra: Partial<ProviderError>): ProviderError => ({
  name: 'ProviderError',
  kind: 'http',
  message: 'm',
  phase: 'request',
  retryable: false,
  request: { method: 'POST', url: 'http://x/v1/audio/speech', headers: {} },
  ...extra,
});

describe('action texts in German', () => {
  beforeEach(async () => setActiveLanguage('de', await loadTranslations('de')));
  afterEach(() => setActiveLanguage('en', undefined));

  it('names the speech server and quotes it verbatim', () => {
    const refused = error({
      serverMessage: 'Invalid API Key',
      response: { status: 401, statusText: '', headers: {}, body: '' },
    });
    expect(speechErrorText(refused, 'Kokoro')).toBe(
      'Kokoro hat die Sprachanfrage abgelehnt (HTTP 401): Invalid API Key. Prüfen Sie den API-Schlüssel der Verbindung.',
    );
  });

  it('explains a refused microphone in German', () => {
    expect(speechProblem(new DOMException('no', 'NotFoundError'))).toMatch(/^Es wurde kein Mikrofon gefunden\./);
    expect(speechProblem(error({ kind: 'timeout' }))).toBe(
      'Der Server hat die Transkription nicht rechtzeitig abgeschlossen.',
    );
  });
});
