import { describe, expect, it } from 'vitest';
import type { PageContext } from './page-context.ts';
import { preflightCheck, preflightChecks } from './preflight-check.ts';
import { httpChrome, httpsChrome, httpsFirefox, httpsSafari, page } from './test-fixtures.ts';

type Row = [string, PageContext, string, string | null, string?];

const cases: Row[] = [
  // invalid URLs
  ['garbage', httpsChrome(), 'not a url', 'invalid-url'],
  ['missing scheme', httpsChrome(), 'localhost:11434', 'invalid-url'],
  ['ftp scheme', httpsChrome(), 'ftp://localhost/', 'invalid-url'],
  ['credentials', httpsChrome(), 'http://me:secret@localhost:11434', 'invalid-url'],
  // mixed content
  ['https → http localhost on Chrome is fine', httpsChrome(), 'http://localhost:11434', null],
  ['https → http 127.0.0.1 on Firefox is fine', httpsFirefox(), 'http://127.0.0.1:11434', null],
  ['https → http localhost on Safari is blocked', httpsSafari(), 'http://localhost:11434', 'mixed-content', 'error'],
  ['https → https localhost on Safari is fine', httpsSafari(), 'https://localhost:8443', null],
  ['https → http public host', httpsChrome(), 'http://llm.example.com:8000/v1', 'mixed-content', 'error'],
  ['https → http LAN name (not .local)', httpsChrome(), 'http://mybox.lan:11434', 'mixed-content', 'error'],
  ['https → http private IP on Firefox', httpsFirefox(), 'http://192.168.1.20:11434', 'mixed-content', 'error'],
  [
    'https → http private IP on old Chrome',
    httpsChrome({ lnaSupported: false, lnaPermission: 'unknown' }),
    'http://192.168.1.20:11434',
    'mixed-content',
    'error',
  ],
  [
    'https → http private IP, LNA prompt',
    httpsChrome({ lnaPermission: 'prompt' }),
    'http://192.168.1.20:11434',
    'mixed-content',
    'warning',
  ],
  [
    'https → http .local, LNA unknown',
    httpsChrome({ lnaPermission: 'unknown' }),
    'http://nas.local:11434',
    'mixed-content',
    'warning',
  ],
  [
    'https → http private IP, LNA granted',
    httpsChrome({ lnaPermission: 'granted' }),
    'http://192.168.1.20:11434',
    null,
  ],
  ['https → https anything', httpsChrome(), 'https://api.openai.com/v1', null],
  // Local Network Access
  ['http public page → localhost on Chrome 142', httpChrome(), 'http://localhost:11434', 'lna-insecure-page', 'error'],
  [
    'http public page → private IP on Chrome 142',
    httpChrome(),
    'http://192.168.1.20:11434',
    'lna-insecure-page',
    'error',
  ],
  [
    'http public page → localhost on Chrome without LNA',
    httpChrome({ lnaSupported: false }),
    'http://localhost:11434',
    null,
  ],
  [
    'http public page → localhost on Firefox',
    httpChrome({ browser: 'firefox', lnaSupported: false }),
    'http://localhost:11434',
    null,
  ],
  ['http public page → public host', httpChrome(), 'http://llm.example.com/v1', null],
  [
    'http LAN page → localhost (not enforced)',
    page({ origin: 'http://192.168.1.3:8080', isSecureContext: false }),
    'http://localhost:11434',
    null,
  ],
  ['http localhost page → localhost', page({ origin: 'http://localhost:5173' }), 'http://localhost:11434', null],
  ['LNA denied → loopback', httpsChrome({ lnaPermission: 'denied' }), 'http://localhost:11434', 'lna-denied', 'error'],
  [
    'LNA denied → private IP',
    httpsChrome({ lnaPermission: 'denied' }),
    'http://192.168.1.20:11434',
    'lna-denied',
    'error',
  ],
  ['LNA denied but public target', httpsChrome({ lnaPermission: 'denied' }), 'https://api.openai.com/v1', null],
  [
    'LNA prompt → loopback is info',
    httpsChrome({ lnaPermission: 'prompt' }),
    'http://localhost:11434',
    'lna-prompt',
    'info',
  ],
  // listen address
  ['0.0.0.0 from a public page', httpsChrome(), 'http://0.0.0.0:11434', 'listen-address', 'error'],
  [
    '0.0.0.0 from localhost page',
    page({ origin: 'http://localhost:5173' }),
    'http://0.0.0.0:11434',
    'listen-address',
    'warning',
  ],
];

describe('preflightCheck', () => {
  it.each(cases)('%s', (_name, ctx, url, cause, severity) => {
    const d = preflightCheck(url, ctx);
    if (cause === null) {
      expect(d).toBeNull();
      return;
    }
    expect(d?.cause).toBe(cause);
    if (severity) expect(d?.severity).toBe(severity);
    expect(d?.evidence.length).toBeGreaterThan(0);
    expect(d?.fixes.length).toBeGreaterThan(0);
  });

  it('names the page origin and the target in its evidence', () => {
    const d = preflightCheck('http://192.168.1.20:11434', httpsFirefox());
    expect(d?.evidence.join('\n')).toContain('https://switchboard.example');
    expect(d?.evidence.join('\n')).toContain('http://192.168.1.20:11434');
  });

  it('suggests http://localhost with the right port for mixed content (not on Safari)', () => {
    const chrome = preflightCheck('http://llm.example.com:8000/v1', httpsChrome());
    expect(chrome?.fixes.map((f) => f.text).join('\n')).toContain('http://localhost:8000/v1');
    const safari = preflightCheck('http://localhost:11434', httpsSafari());
    expect(safari?.fixes.map((f) => f.title).join('\n')).not.toContain('use http://localhost');
  });

  it('offers "add http://" for a URL typed without a scheme', () => {
    const d = preflightCheck('localhost:11434', httpsChrome());
    expect(d?.fixes[0]?.text).toContain('http://localhost:11434');
  });

  it('points the LNA denial fix at site settings with the page origin', () => {
    const d = preflightCheck('http://localhost:11434', httpsChrome({ lnaPermission: 'denied' }));
    expect(d?.fixes[0]?.text).toContain('https://switchboard.example');
    expect(d?.fixes[0]?.text).toMatch(/Local network access → Allow/);
  });
});

describe('preflightChecks', () => {
  it('orders errors before warnings', () => {
    const all = preflightChecks('http://0.0.0.0:11434', httpsChrome());
    expect(all.map((d) => d.cause)).toEqual(['listen-address', 'mixed-content']);
    expect(all.every((d) => d.severity === 'error')).toBe(true);
  });

  it('returns nothing for a clean target', () => {
    expect(preflightChecks('http://localhost:11434', page({ origin: 'http://localhost:5173' }))).toEqual([]);
  });
});
