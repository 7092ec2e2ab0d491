// A network diagnosis in German: cause, evidence and fixes are written in the active language, while
// commands, URLs and origins stay exactly as they are.
import { afterEach, describe, expect, it } from 'vitest';
import { loadTranslations } from '../i18n/catalog.ts';
import { setActiveLanguage } from '../i18n/active-language.ts';
import { classify } from './classify.ts';
import { page, providerError } from './test-fixtures.ts';
import type { ConnectionFacts } from './target-url.ts';

const OLLAMA: ConnectionFacts = { base_url: 'http://localhost:11434', mode: 'ollama', server_kind: 'ollama' };
const LAN: ConnectionFacts = { base_url: 'http://192.168.1.20:8080/v1', mode: 'openai_compatible' };

describe('network diagnoses in German', () => {
  afterEach(() => setActiveLanguage('en', undefined));

  it('writes an unreachable server in German, with its command and address verbatim', async () => {
    setActiveLanguage('de', await loadTranslations('de'));
    const d = classify({
      error: providerError('network', { url: 'http://localhost:11434/api/chat' }),
      probes: { url: 'x', noCors: { url: 'http://localhost:11434/', answered: false, ms: 3 } },
      connection: OLLAMA,
      page: page({ origin: 'http://localhost:5173' }),
    });
    expect(d.cause).toBe('unreachable');
    expect(d.title).toBe('Unter localhost:11434 hat nichts geantwortet');
    expect(d.evidence).toContain('No-CORS-Test von http://localhost:11434/ schlug nach 3 ms ohne Antwort fehl');
    expect(d.fixes[0]?.title).toBe('Prüfen Sie, ob Ollama läuft');
    expect(d.fixes[0]?.text).toContain('Starten Sie ihn mit: ollama serve.');
    expect(d.fixes[0]?.commands?.[0]?.command).toBe('curl -si "http://localhost:11434/api/tags" | head -n 5');
  });

  it('keeps flags and ports verbatim inside a German listen-address fix', async () => {
    setActiveLanguage('de', await loadTranslations('de'));
    const d = classify({
      error: providerError('network', { url: 'http://192.168.1.20:8080/v1/models' }),
      probes: { url: 'x', noCors: { url: 'http://192.168.1.20:8080/', answered: false, ms: 3 } },
      connection: LAN,
      page: page({ origin: 'http://localhost:5173' }),
    });
    const listen = d.fixes.find((f) => f.title.includes('Firewall'));
    expect(listen?.text).toContain('Viele Server lauschen standardmäßig nur auf 127.0.0.1');
    expect(listen?.text).toContain('(-p 8080:8080)');
    expect(listen?.text).toContain('Port 8080 ');
  });
});

describe('server kind guesses in German', () => {
  afterEach(() => setActiveLanguage('en', undefined));

  it('writes a guess from the port in German', async () => {
    setActiveLanguage('de', await loadTranslations('de'));
    const d = classify({
      error: providerError('network', { url: 'http://localhost:11434/v1/models' }),
      connection: { base_url: 'http://localhost:11434/v1', mode: 'openai_compatible' },
      page: page({ origin: 'http://localhost:5173' }),
    });
    expect(d.evidence).toContain('Port 11434 ist der Standardport von Ollama (nur anhand des Ports vermutet)');
  });
});
