import { describe, expect, it } from 'vitest';
import { carriesSecret, isSecretHeader, redactHeaders, redactUrl } from './redact.ts';

describe('redactHeaders', () => {
  it('redacts key-like headers whatever their case, keeping only the scheme word', () => {
    expect(
      redactHeaders({
        'Content-Type': 'application/json',
        Authorization: 'Bearer sk-proj-abcdefghijklmnop',
        'x-api-key': 'sk-ant-123456',
        'API-KEY': 'azure-secret',
        'proxy-authorization': 'Basic dXNlcjpwYXNz',
      }),
    ).toEqual({
      'Content-Type': 'application/json',
      Authorization: 'Bearer [redacted]',
      'x-api-key': '[redacted]',
      'API-KEY': '[redacted]',
      'proxy-authorization': 'Basic [redacted]',
    });
  });

  it('never leaves a character of the secret', () => {
    const out = JSON.stringify(redactHeaders({ authorization: 'sk-abcd1234', Authorization: 'Bearer   wxyz' }));
    expect(out).not.toMatch(/abcd|1234|wxyz/);
  });
});

describe('redactUrl', () => {
  it('redacts key-like query parameters and userinfo, leaves other URLs untouched', () => {
    expect(redactUrl('https://h/v1/models?key=AIza123&x=1')).toBe('https://h/v1/models?key=%5Bredacted%5D&x=1');
    expect(redactUrl('http://user:pw@h:8080/v1')).toBe('http://h:8080/v1');
    expect(redactUrl('http://localhost:11434/api/tags')).toBe('http://localhost:11434/api/tags');
    expect(redactUrl('not a url')).toBe('not a url');
  });
});

describe('isSecretHeader', () => {
  it.each([
    'Authorization',
    'proxy-authorization',
    'Cookie',
    'x-api-key',
    'API-KEY',
    'x-goog-api-key',
    'X-Auth-Token',
    'x-client-secret',
    'Ocp-Apim-Subscription-Key',
  ])('%s is a secret', (name) => expect(isSecretHeader(name)).toBe(true));

  it.each(['Content-Type', 'Accept', 'User-Agent', 'X-Request-Id', 'keep-alive', 'authorization-hint'])(
    '%s is not',
    (name) => expect(isSecretHeader(name)).toBe(false),
  );
});

describe('carriesSecret', () => {
  it('spots a key in any credential header, whatever its case', () => {
    expect(carriesSecret({ Authorization: 'Bearer sk-1' })).toBe(true);
    expect(carriesSecret({ 'X-Api-Key': 'k' })).toBe(true);
    expect(carriesSecret({ 'api-key': 'k' })).toBe(true);
    expect(carriesSecret({ 'Content-Type': 'application/json' })).toBe(false);
    expect(carriesSecret({})).toBe(false);
  });
});
