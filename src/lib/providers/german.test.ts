// Errors and descriptions people read, in German with the real catalogue: the sentences are German,
// while URLs, hosts, schemes, status lines and field names stay verbatim.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTranslations } from '../i18n/catalog.ts';
import { setActiveLanguage } from '../i18n/active-language.ts';
import { chooseBackend } from './browser/backend-choice.ts';
import { CATALOGUE } from './browser/catalogue.ts';
import { httpError, idleTimeoutError, invalidUrlError, missingApiKeyError, redirectError } from './create-error.ts';
import type { RequestRecord, ResponseRecord } from './errors.ts';
import { parseModelList } from './openai/list-models.ts';

const request: RequestRecord = { method: 'POST', url: 'http://127.0.0.1:8080/v1/chat/completions', headers: {} };
const response = (status: number, body: string): ResponseRecord =>
  ({ status, statusText: 'Bad Gateway', headers: {}, body }) as ResponseRecord;

describe('provider errors in German', () => {
  beforeEach(async () => setActiveLanguage('de', await loadTranslations('de')));
  afterEach(() => setActiveLanguage('en', undefined));

  it('writes the error summaries in German, host, status and URLs verbatim', () => {
    expect(missingApiKeyError(request).message).toBe(
      'Diese Verbindung braucht einen API-Schlüssel; fügen Sie ihn in ihren Einstellungen hinzu',
    );
    expect(httpError(request, response(502, '')).message).toBe('HTTP 502 Bad Gateway (leerer Inhalt)');
    expect(idleTimeoutError(request, undefined, 30_000, false).message).toBe(
      'Seit 30 s keine Daten von 127.0.0.1:8080 beim Warten auf das erste Token; die Anfrage wurde gestoppt.',
    );
    expect(redirectError(request, 301, 'https://login.example/').message).toMatch(
      /^Der Server hat mit einer Weiterleitung geantwortet \(HTTP 301 nach https:\/\/login\.example\/\)/,
    );
    expect(invalidUrlError(request, 'scheme').message).toMatch(/^Nur http:\/\/- und https:\/\/-Server-URLs/);
  });

  it('explains a model list of the other kind in German, the endpoint verbatim', () => {
    const context = { request, response: response(200, '') };
    expect(() => parseModelList('{"models": []}', context)).toThrow(
      expect.objectContaining({
        message:
          'Das sieht aus wie eine Ollama-Modellliste (/api/tags); verwenden Sie für diesen Server den Ollama-Modus',
      }),
    );
  });

  it('describes this browser’s engine and models in the language active when read', () => {
    expect(chooseBackend({ webgpu: false, isolated: true, cores: 2 })).toMatchObject({
      label: 'WebAssembly, ein Thread',
      reason: expect.stringMatching(/^Kein WebGPU, und dieses Gerät hat zu wenige Kerne/),
    });
    expect(CATALOGUE[0]!.description).toMatch(/^Winzig und schnell/);
    setActiveLanguage('en', undefined);
    expect(CATALOGUE[0]!.description).toMatch(/^Tiny and fast/);
  });
});
