import { describe, expect, it } from 'vitest';
import { shellQuote, toCurl } from './curl.ts';

const request = {
  method: 'POST',
  url: 'http://localhost:8080/v1/chat/completions',
  headers: { 'Content-Type': 'application/json', Authorization: '[redacted]' },
  body: '{"model":"it\'s","messages":[]}',
};

describe('toCurl', () => {
  it('keeps the key out unless asked, using a shell variable instead', () => {
    const curl = toCurl(request);
    expect(curl).toBe(
      `curl -i -X POST 'http://localhost:8080/v1/chat/completions' -H 'Content-Type: application/json' -H "Authorization: Bearer $API_KEY" --data-raw '{"model":"it'\\''s","messages":[]}'`,
    );
    expect(curl).not.toContain('[redacted]');
  });

  it('puts the real key in only when the user asks for it', () => {
    expect(toCurl(request, { apiKey: 'sk-secret' })).toContain(`-H 'Authorization: Bearer sk-secret'`);
  });

  it('uses a shell variable for every secret header, not only Authorization', () => {
    const curl = toCurl({ method: 'GET', url: 'http://h/v1/models', headers: { 'x-goog-api-key': '[redacted]' } });
    expect(curl).toBe(`curl -i -X GET 'http://h/v1/models' -H 'x-goog-api-key: $API_KEY'`);
  });

  it('quotes anything a server or user could put in a URL or body', () => {
    expect(shellQuote(`a'b$(rm -rf /)\n`)).toBe(`'a'\\''b$(rm -rf /)\n'`);
    expect(toCurl({ method: 'GET', url: 'http://h/x?a=1&b=2', headers: {} })).toBe(
      `curl -i -X GET 'http://h/x?a=1&b=2'`,
    );
  });
});
