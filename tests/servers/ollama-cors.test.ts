// Ollama's origin and Host rules as pure functions.
import { describe, expect, it } from 'vitest';
import { checkOllamaOrigin, ollamaHostAllowed } from './ollama-cors.ts';

describe('checkOllamaOrigin', () => {
  it.each([
    ['http://localhost', true],
    ['http://localhost:5173', true],
    ['https://127.0.0.1:8443', true],
    ['http://0.0.0.0:1', true],
    ['app://obsidian.md', true],
    ['file://', true],
    ['http://localhost.evil.com', false],
    ['http://app.test:4173', false],
    ['https://example.github.io', false],
    ['chrome-extension://abc', false],
    ['null', false],
  ])('%s → %s by default', (origin, allowed) => {
    expect(checkOllamaOrigin(origin, []).allowed).toBe(allowed);
  });

  it('adds trimmed, lower-cased OLLAMA_ORIGINS entries, exact or with one *', () => {
    expect(checkOllamaOrigin('https://app.example', [' HTTPS://APP.EXAMPLE ']).allowed).toBe(true);
    expect(checkOllamaOrigin('https://app.example/', ['https://app.example']).allowed).toBe(false);
    expect(checkOllamaOrigin('chrome-extension://abc', ['chrome-extension://*']).allowed).toBe(true);
    expect(checkOllamaOrigin('https://a.example.com', ['https://*.example.com']).allowed).toBe(true);
    expect(checkOllamaOrigin('https://example.com', ['https://*.example.com']).allowed).toBe(false);
    expect(checkOllamaOrigin('https://anything', ['*'])).toEqual({ allowed: true, allowAll: true });
  });
});

describe('ollamaHostAllowed', () => {
  it.each([
    ['127.0.0.1:11434', true],
    ['[::1]:11434', true],
    ['localhost:11434', true],
    ['my-mac.local', true],
    ['host.docker.internal:11434', true],
    ['foo.localhost', true],
    [undefined, true],
    ['lan.test:11434', false],
    ['ollama.example.com', false],
  ])('Host %s → %s', (host, allowed) => {
    expect(ollamaHostAllowed(host)).toBe(allowed);
  });
});
