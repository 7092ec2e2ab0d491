import { describe, expect, it } from 'vitest';
import type { ProviderError } from '../providers/errors.ts';
import type { PageContext } from './page-context.ts';
import type { Diagnosis, ProbeResults } from './types.ts';
import { classify } from './classify.ts';
import type { ConnectionFacts } from './target-url.ts';
import {
  HTTP_PAGE_ORIGIN,
  HTTPS_PAGE_ORIGIN,
  httpChrome,
  httpsChrome,
  httpsSafari,
  page,
  providerError,
} from './test-fixtures.ts';

const OLLAMA: ConnectionFacts = { base_url: 'http://localhost:11434', mode: 'ollama', server_kind: 'ollama' };
const LMSTUDIO: ConnectionFacts = {
  base_url: 'http://localhost:1234/v1',
  mode: 'openai_compatible',
  server_kind: 'lmstudio',
};
const LLAMACPP: ConnectionFacts = {
  base_url: 'http://localhost:8080/v1',
  mode: 'openai_compatible',
  server_kind: 'llamacpp',
};
const firefoxHttp = (o: Partial<PageContext> = {}) =>
  httpChrome({ browser: 'firefox', lnaSupported: false, lnaPermission: 'unknown', ...o });

const network = (url = 'http://localhost:11434/api/chat', extra: Parameters<typeof providerError>[1] = {}) =>
  providerError('network', { url, cause: 'TypeError: Failed to fetch', ...extra });

function probes(url: string, p: Partial<ProbeResults>): ProbeResults {
  return { url, ...p };
}
const answered = (origin: string) => ({ url: `${origin}/`, answered: true, ms: 4 });
const silent = (origin: string, timedOut = false) => ({
  url: `${origin}/`,
  answered: false,
  ms: timedOut ? 4000 : 3,
  ...(timedOut ? { timedOut } : {}),
});
const readable = (url: string, body = '{}', status = 200) => ({
  url,
  ok: true,
  ms: 5,
  status,
  body,
  headers: { 'content-type': 'application/json' },
});
const blocked = (url: string, sentHeaders?: string[]) => ({
  url,
  ok: false,
  ms: 5,
  ...(sentHeaders ? { sentHeaders } : {}),
});

function run(input: {
  error?: ProviderError;
  probes?: ProbeResults;
  connection?: ConnectionFacts;
  page?: PageContext;
  requestedModel?: string;
}): Diagnosis {
  return classify({ connection: input.connection ?? OLLAMA, page: input.page ?? httpsChrome(), ...input });
}

const allCommands = (d: Diagnosis) =>
  d.fixes
    .flatMap((f) => f.commands ?? [])
    .map((c) => c.command)
    .join('\n');
const allText = (d: Diagnosis) => d.fixes.map((f) => `${f.title}\n${f.text}`).join('\n');

describe('classify: page rules come before probes', () => {
  it('mixed content on Safari even when the no-cors probe answered', () => {
    const d = run({
      error: network(),
      page: httpsSafari(),
      probes: probes('x', { noCors: answered('http://localhost:11434') }),
    });
    expect(d.cause).toBe('mixed-content');
    expect(d.evidence.some((e) => e.includes('failed before any answer'))).toBe(true);
  });

  it('mixed content for a public http server from an https page', () => {
    const conn = { ...LMSTUDIO, base_url: 'http://gpu.example.com:1234/v1' };
    const d = run({ error: network('http://gpu.example.com:1234/v1/models'), connection: conn });
    expect(d.cause).toBe('mixed-content');
  });

  it('mixed-content fixes suggest a base URL, not the endpoint that failed', () => {
    const conn = { ...LMSTUDIO, base_url: 'http://lan.example:1234/v1' };
    const d = run({ error: network('http://lan.example:1234/v1/models'), connection: conn });
    expect(d.cause).toBe('mixed-content');
    expect(allText(d)).toContain('Change the base URL to http://localhost:1234/v1.');
    expect(allText(d)).not.toContain('/v1/models');
  });

  it('Chrome LNA on an insecure public page', () => {
    const d = run({
      error: network(),
      page: httpChrome(),
      probes: probes('x', { noCors: silent('http://localhost:11434') }),
    });
    expect(d.cause).toBe('lna-insecure-page');
    expect(allText(d)).toContain(HTTP_PAGE_ORIGIN);
  });

  it('not LNA when the no-cors probe got through: the page only looked public (hosts file, LAN DNS)', () => {
    const d = run({
      error: network('http://localhost:11434/api/tags', { method: 'GET', headers: {} }),
      page: httpChrome({ lnaPermission: 'denied' }),
      probes: probes('x', {
        noCors: answered('http://localhost:11434'),
        simpleGet: blocked('http://localhost:11434/api/tags'),
      }),
    });
    expect(d.cause).toBe('cors-origin');
    expect(d.evidence.join('\n')).toContain(
      'local network access did not block it: the browser does not treat app.test as a public site',
    );
    expect(allCommands(d)).toContain(`OLLAMA_ORIGINS "${HTTP_PAGE_ORIGIN}"`);
  });

  it('LNA denied', () => {
    const d = run({ error: network(), page: httpsChrome({ lnaPermission: 'denied' }) });
    expect(d.cause).toBe('lna-denied');
    expect(allText(d)).toContain(HTTPS_PAGE_ORIGIN);
  });

  it('a soft mixed-content warning becomes the answer when nothing answered', () => {
    const conn = { ...OLLAMA, base_url: 'http://192.168.1.20:11434' };
    const d = run({
      error: network('http://192.168.1.20:11434/api/chat'),
      connection: conn,
      page: httpsChrome({ lnaPermission: 'prompt' }),
      probes: probes('x', { noCors: silent('http://192.168.1.20:11434') }),
    });
    expect(d).toMatchObject({ cause: 'mixed-content', severity: 'error' });
  });

  it('never branches on the browser wording', () => {
    const base = { page: httpsChrome(), probes: probes('x', { noCors: silent('http://localhost:11434') }) };
    for (const cause of [
      'TypeError: Failed to fetch',
      'TypeError: NetworkError when attempting to fetch resource.',
      'TypeError: Load failed',
      undefined,
    ]) {
      const err = providerError('network', { url: 'http://localhost:11434/api/chat', ...(cause ? { cause } : {}) });
      expect(run({ ...base, error: err }).cause).toBe('unreachable');
    }
  });
});

describe('classify: network errors decided by probes', () => {
  it('unreachable when the no-cors probe gets nothing', () => {
    const d = run({ error: network(), probes: probes('x', { noCors: silent('http://localhost:11434') }) });
    expect(d.cause).toBe('unreachable');
    expect(d.evidence).toContain('No-CORS probe of http://localhost:11434/ failed after 3 ms without an answer');
    expect(allText(d)).toContain('ollama serve');
  });

  it('unreachable with a pending LNA prompt also suggests allowing it', () => {
    const d = run({
      error: network(),
      page: httpsChrome({ lnaPermission: 'prompt' }),
      probes: probes('x', { noCors: silent('http://localhost:11434') }),
    });
    expect(d.cause).toBe('unreachable');
    expect(d.evidence.join('\n')).toContain('still "prompt"');
    expect(d.fixes.at(-1)?.title).toContain('Allow');
  });

  it('unreachable LAN server mentions the listen interface and the firewall', () => {
    const conn = { ...OLLAMA, base_url: 'http://192.168.1.20:11434' };
    const d = run({
      error: network('http://192.168.1.20:11434/api/chat'),
      connection: conn,
      page: page({ origin: 'http://localhost:5173' }),
      probes: probes('x', { noCors: silent('http://192.168.1.20:11434', true) }),
    });
    expect(d.cause).toBe('unreachable');
    expect(d.evidence.join('\n')).toContain('no answer within 4000 ms');
    expect(allText(d)).toContain('OLLAMA_HOST=0.0.0.0');
    expect(allText(d)).toMatch(/firewall/);
  });

  it('mentions the default port when the URL uses another', () => {
    const conn = { ...LMSTUDIO, base_url: 'http://localhost:1235/v1' };
    const d = run({
      error: network('http://localhost:1235/v1/models'),
      connection: conn,
      probes: probes('x', { noCors: silent('http://localhost:1235') }),
    });
    expect(allText(d)).toContain('LM Studio uses 1234 by default');
  });

  it('TLS suspected for https to a local address', () => {
    const conn = { ...LLAMACPP, base_url: 'https://192.168.1.20:8443/v1' };
    const d = run({
      error: network('https://192.168.1.20:8443/v1/models'),
      connection: conn,
      probes: probes('x', { noCors: silent('https://192.168.1.20:8443') }),
    });
    expect(d.cause).toBe('tls-suspected');
    expect(allText(d)).toContain('https://192.168.1.20:8443/');
  });

  it('plain unreachable for https to a public name', () => {
    const conn: ConnectionFacts = { base_url: 'https://llm.example.com/v1', mode: 'openai_compatible' };
    const d = run({
      error: network('https://llm.example.com/v1/models'),
      connection: conn,
      probes: probes('x', { noCors: silent('https://llm.example.com') }),
    });
    expect(d.cause).toBe('unreachable');
  });

  it.each([
    ['http page', firefoxHttp(), HTTP_PAGE_ORIGIN],
    ['https page', httpsChrome(), HTTPS_PAGE_ORIGIN],
  ])('cors-origin for Ollama carries the exact origin (%s)', (_n, ctx, origin) => {
    const d = run({
      error: network(),
      page: ctx,
      probes: probes('x', {
        noCors: answered('http://localhost:11434'),
        simpleGet: blocked('http://localhost:11434/api/tags'),
      }),
    });
    expect(d.cause).toBe('cors-origin');
    expect(d.title).toContain(origin);
    expect(d.evidence).toContain('No-CORS probe of http://localhost:11434/ got an answer in 4 ms');
    const cmds = allCommands(d);
    expect(cmds).toContain(`launchctl setenv OLLAMA_ORIGINS "${origin}"`);
    expect(cmds).toContain(`setx OLLAMA_ORIGINS "${origin}"`);
    expect(cmds).toContain(`Environment="OLLAMA_ORIGINS=${origin}"`);
    expect(cmds).toContain(`-e OLLAMA_ORIGINS="${origin}"`);
    expect(cmds).toContain(`OLLAMA_ORIGINS="${origin}" ollama serve`);
    expect(cmds).not.toContain(`${origin}/`);
  });

  it('cors-origin for LM Studio says to enable CORS', () => {
    const d = run({
      error: network('http://localhost:1234/v1/chat/completions'),
      connection: LMSTUDIO,
      probes: probes('x', {
        noCors: answered('http://localhost:1234'),
        simpleGet: blocked('http://localhost:1234/v1/models'),
      }),
    });
    expect(d.cause).toBe('cors-origin');
    expect(allText(d)).toContain('Enable CORS');
    expect(allCommands(d)).toContain('lms server start --cors');
  });

  it('cors-origin for Ollama behind a custom host name points at the Host check', () => {
    const conn = { ...OLLAMA, base_url: 'http://ollama.myhome:11434' };
    const d = run({
      error: network('http://ollama.myhome:11434/api/chat'),
      connection: conn,
      page: page({ origin: 'http://localhost:5173' }),
      probes: probes('x', {
        noCors: answered('http://ollama.myhome:11434'),
        simpleGet: blocked('http://ollama.myhome:11434/api/tags'),
      }),
    });
    expect(d.cause).toBe('cors-origin');
    expect(d.fixes[0]?.title).toContain('instead of ollama.myhome');
  });

  it('cors-preflight when the simple GET was readable but the real headers were not', () => {
    const d = run({
      error: network('http://localhost:8080/v1/chat/completions', {
        headers: { authorization: '[redacted]', 'content-type': 'application/json' },
      }),
      connection: { ...LLAMACPP, has_api_key: true },
      probes: probes('x', {
        noCors: answered('http://localhost:8080'),
        simpleGet: readable('http://localhost:8080/v1/models', '{"error":{"message":"Invalid API Key"}}', 401),
        preflight: blocked('http://localhost:8080/v1/models', ['content-type', 'authorization']),
      }),
    });
    expect(d.cause).toBe('cors-preflight');
    expect(d.evidence.join('\n')).toContain('with headers content-type, authorization was blocked');
    expect(allCommands(d)).toContain('--cors-headers authorization,content-type');
    expect(allText(d)).toContain('Remove the API key');
  });

  it('cors-preflight without a preflight probe when the failed request needed one', () => {
    const d = run({
      error: network(),
      probes: probes('x', {
        noCors: answered('http://localhost:11434'),
        simpleGet: readable('http://localhost:11434/api/tags'),
      }),
    });
    expect(d.cause).toBe('cors-preflight');
  });

  it('unknown when every probe got through', () => {
    const d = run({
      error: network(),
      probes: probes('x', {
        noCors: answered('http://localhost:11434'),
        simpleGet: readable('http://localhost:11434/api/tags'),
        preflight: readable('http://localhost:11434/api/tags'),
      }),
    });
    expect(d.cause).toBe('unknown');
  });

  it('unknown without probes, suggesting the connection test', () => {
    const d = run({ error: network() });
    expect(d.cause).toBe('unknown');
    expect(d.fixes[0]?.title).toContain('Test connection');
  });

  it('stream-interrupted when the failure came after the headers', () => {
    const d = run({ error: network('http://localhost:11434/api/chat', { phase: 'stream' }), page: httpsSafari() });
    expect(d.cause).toBe('stream-interrupted');
  });

  it('ok when probes pass and there is no error', () => {
    const d = run({
      probes: probes('x', {
        noCors: answered('http://localhost:11434'),
        simpleGet: readable('http://localhost:11434/api/tags'),
      }),
    });
    expect(d.cause).toBe('ok');
  });
});

describe('classify: guessing the server kind', () => {
  const unknownKind: ConnectionFacts = { base_url: 'http://localhost:11434', mode: 'openai_compatible' };

  it('from a readable "Ollama is running"', () => {
    const d = run({
      error: network('http://localhost:11434/models'),
      connection: { base_url: 'http://localhost:9999', mode: 'openai_compatible' },
      probes: probes('x', {
        noCors: answered('http://localhost:9999'),
        simpleGet: readable('http://localhost:9999/models', '404 page not found', 404),
        fingerprints: [readable('http://localhost:9999/', 'Ollama is running')],
      }),
    });
    expect(d.guessedKind).toBe('ollama');
    expect(d.evidence.join('\n')).toContain('answered "Ollama is running"');
  });

  it('from the default port only, flagged as such, and used for the fixes', () => {
    const d = run({
      error: network('http://localhost:11434/models'),
      connection: unknownKind,
      probes: probes('x', {
        noCors: answered('http://localhost:11434'),
        simpleGet: blocked('http://localhost:11434/models'),
      }),
    });
    expect(d.cause).toBe('cors-origin');
    expect(d.guessedKind).toBe('ollama');
    expect(d.evidence.join('\n')).toContain('a guess from the port alone');
    expect(allCommands(d)).toContain(`OLLAMA_ORIGINS "${HTTPS_PAGE_ORIGIN}"`);
  });

  it('not when the kind is configured', () => {
    const d = run({ error: network(), probes: probes('x', { noCors: silent('http://localhost:11434') }) });
    expect(d.guessedKind).toBeUndefined();
  });

  it('generic CORS fix when nothing points at a kind', () => {
    const d = run({
      error: network('http://localhost:8080/v1/models'),
      connection: { base_url: 'http://localhost:8080/v1', mode: 'openai_compatible' },
      probes: probes('x', {
        noCors: answered('http://localhost:8080'),
        simpleGet: blocked('http://localhost:8080/v1/models'),
      }),
    });
    expect(d.guessedKind).toBeUndefined();
    expect(d.fixes[0]?.text).toContain(`Access-Control-Allow-Origin: ${HTTPS_PAGE_ORIGIN}`);
    expect(allCommands(d)).toContain(`curl -si -H "Origin: ${HTTPS_PAGE_ORIGIN}" "http://localhost:8080/v1/models"`);
  });
});

describe('classify: timeouts and aborts', () => {
  it('aborted is informational', () => {
    const d = run({ error: providerError('aborted') });
    expect(d).toMatchObject({ cause: 'aborted', severity: 'info', fixes: [] });
  });

  it('timeout before an answer', () => {
    const d = run({ error: providerError('timeout') });
    expect(d.cause).toBe('timeout');
    expect(d.title).toContain('too long');
  });

  it('timeout mid-stream', () => {
    expect(run({ error: providerError('timeout', { phase: 'stream' }) }).title).toContain('stopped sending');
  });

  it('timeout becomes unreachable when the no-cors probe also got nothing', () => {
    const d = run({
      error: providerError('timeout'),
      probes: probes('x', { noCors: silent('http://localhost:11434', true) }),
    });
    expect(d.cause).toBe('unreachable');
  });
});

describe('classify: invalid URL', () => {
  it('refuses a base URL with credentials without echoing the password', () => {
    const d = run({
      connection: { base_url: 'http://me:hunter2@localhost:11434', mode: 'ollama' },
      error: network('http://localhost:11434/api/chat'),
    });
    expect(d.cause).toBe('invalid-url');
    expect(JSON.stringify(d)).not.toContain('hunter2');
  });

  it('reports a base URL that does not parse', () => {
    const d = run({
      connection: { base_url: 'localhost:11434', mode: 'ollama' },
      error: network('localhost:11434/api/chat'),
    });
    expect(d.cause).toBe('invalid-url');
  });

  const refused = (url: string): ProviderError => ({
    ...providerError('http', { url }),
    code: 'invalid-url',
    message: 'not sent',
  });

  it.each([
    [
      'scheme-less base URL',
      { base_url: 'api.openai.com/v1', mode: 'openai' } as ConnectionFacts,
      'api.openai.com/v1/chat/completions',
    ],
    ['valid base URL (old record), scheme-less request URL', LMSTUDIO, 'localhost:1234/v1/chat/completions'],
    ['valid base URL, credentials stripped from the record', LMSTUDIO, 'http://localhost:1234/v1/chat/completions'],
  ])('a request refused before sending (code invalid-url) is an invalid URL: %s', (_name, connection, url) => {
    const d = run({ connection, error: refused(url) });
    expect(d.cause).toBe('invalid-url');
    expect(d.severity).toBe('error');
    expect(d.fixes.length).toBeGreaterThan(0);
  });

  it('a refused scheme-less request suggests adding http://', () => {
    const d = run({ connection: LMSTUDIO, error: refused('localhost:1234/v1/models') });
    expect(d.fixes[0]?.title).toContain('http://');
  });
});
