// The connection test's steps in German: labels and step results are German, the URL verbatim.
import { afterEach, describe, expect, it } from 'vitest';
import { loadTranslations } from '../i18n/catalog.ts';
import { setActiveLanguage } from '../i18n/active-language.ts';
import { checklistSteps, runChecklist } from './checklist.ts';
import { fakeFetch, page } from './test-fixtures.ts';

describe('connection checklist in German', () => {
  afterEach(() => setActiveLanguage('en', undefined));

  it('labels the steps in German', async () => {
    setActiveLanguage('de', await loadTranslations('de'));
    expect(checklistSteps().map((s) => s.label)).toContain('Der Server lässt diese Seite zu (CORS)');
  });

  it('writes a stopped test in German', async () => {
    setActiveLanguage('de', await loadTranslations('de'));
    const unused = (() => Promise.reject(new Error('not called'))) as typeof fetch;
    const result = await runChecklist(
      {
        connection: { base_url: 'http://localhost:11434', mode: 'ollama', server_kind: 'ollama' },
        page: page({ origin: 'http://localhost:5173' }),
      },
      { fetch: unused, signal: AbortSignal.abort() },
    );
    expect(result.diagnosis.title).toBe('Test gestoppt');
    expect(result.diagnosis.evidence).toEqual(['Vor „Die URL ist korrekt aufgebaut“ gestoppt']);
    expect(result.steps[0]?.evidence).toEqual(['Nicht ausgeführt: Der Test wurde gestoppt']);
  });
  it('warns in German about a server without models, its model-list URL and pull command verbatim', async () => {
    setActiveLanguage('de', await loadTranslations('de'));
    const { fetch } = fakeFetch(
      () => new Response('{"models":[]}', { headers: { 'content-type': 'application/json' } }),
    );
    const result = await runChecklist(
      {
        connection: { base_url: 'http://localhost:11434', mode: 'ollama', server_kind: 'ollama' },
        page: page({ origin: 'http://localhost:5173' }),
      },
      { fetch, listModels: async () => [], chat: async () => undefined },
    );
    expect(result.diagnosis.title).toBe('Ollama hat keine Modelle anzubieten');
    expect(result.diagnosis.evidence).toEqual(['http://localhost:11434/api/tags listete keine Modelle auf']);
    expect(result.diagnosis.fixes[0]?.commands?.[0]?.command).toBe('ollama pull llama3.2');
  });
});
