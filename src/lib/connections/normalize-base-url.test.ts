import { describe, expect, it } from 'vitest';
import { apiRootFromText, isStorableBaseUrl, normalizeBaseUrl } from './normalize-base-url.ts';
import type { ConnectionMode } from './types.ts';

const table: [input: string, mode: ConnectionMode, candidates: string[]][] = [
  ['http://localhost:1234', 'openai_compatible', ['http://localhost:1234/v1', 'http://localhost:1234']],
  ['http://localhost:1234/', 'openai_compatible', ['http://localhost:1234/v1', 'http://localhost:1234']],
  ['http://localhost:1234/v1', 'openai_compatible', ['http://localhost:1234/v1', 'http://localhost:1234']],
  ['http://localhost:1234/v1/', 'openai_compatible', ['http://localhost:1234/v1', 'http://localhost:1234']],
  ['http://localhost:1234/v1//', 'openai_compatible', ['http://localhost:1234/v1', 'http://localhost:1234']],
  [
    'http://localhost:1234/v1/chat/completions',
    'openai_compatible',
    ['http://localhost:1234/v1', 'http://localhost:1234'],
  ],
  ['http://localhost:1234/v1/models', 'openai_compatible', ['http://localhost:1234/v1', 'http://localhost:1234']],
  ['http://localhost:1234/v1/v1', 'openai_compatible', ['http://localhost:1234/v1', 'http://localhost:1234']],
  [
    'http://localhost:1337/chat/completions',
    'openai_compatible',
    ['http://localhost:1337/v1', 'http://localhost:1337'],
  ],
  ['http://localhost:1337/models', 'openai_compatible', ['http://localhost:1337/v1', 'http://localhost:1337']],
  ['localhost:8080', 'openai_compatible', ['http://localhost:8080/v1', 'http://localhost:8080']],
  ['  http://127.0.0.1:8000/v1  ', 'openai_compatible', ['http://127.0.0.1:8000/v1', 'http://127.0.0.1:8000']],
  ['https://openrouter.ai/api/v1', 'openai_compatible', ['https://openrouter.ai/api/v1', 'https://openrouter.ai/api']],
  [
    'https://openrouter.ai/api/v1/chat/completions?x=1#frag',
    'openai_compatible',
    ['https://openrouter.ai/api/v1', 'https://openrouter.ai/api'],
  ],
  ['https://api.openai.com', 'openai', ['https://api.openai.com/v1', 'https://api.openai.com']],
  [
    'HTTP://LOCALHOST:1234/V1/Chat/Completions',
    'openai_compatible',
    ['http://localhost:1234/v1', 'http://localhost:1234'],
  ],
  ['http://[::1]:8080/v1', 'openai_compatible', ['http://[::1]:8080/v1', 'http://[::1]:8080']],
  ['http://localhost:11434', 'ollama', ['http://localhost:11434']],
  ['http://localhost:11434/', 'ollama', ['http://localhost:11434']],
  ['http://localhost:11434/api/tags', 'ollama', ['http://localhost:11434']],
  ['http://localhost:11434/api/generate', 'ollama', ['http://localhost:11434']],
  ['http://localhost:11434/api', 'ollama', ['http://localhost:11434']],
  ['http://localhost:11434/v1', 'ollama', ['http://localhost:11434']],
  ['http://localhost:11434/v1/chat/completions', 'ollama', ['http://localhost:11434']],
  ['https://example.com/ollama/api/chat', 'ollama', ['https://example.com/ollama']],
  // host names: underscores (Docker service names), punycode, IPv4 forms, IPv6 literals
  ['http://my_llm:8000/v1', 'openai_compatible', ['http://my_llm:8000/v1', 'http://my_llm:8000']],
  ['http://ollama-box.lan:11434', 'ollama', ['http://ollama-box.lan:11434']],
  [
    'https://bücher.example/v1',
    'openai_compatible',
    ['https://xn--bcher-kva.example/v1', 'https://xn--bcher-kva.example'],
  ],
  ['http://192.168.1.20:1234/v1', 'openai_compatible', ['http://192.168.1.20:1234/v1', 'http://192.168.1.20:1234']],
  ['http://[fd00::1:2]:11434', 'ollama', ['http://[fd00::1:2]:11434']],
  ['http://[::ffff:192.168.1.2]:11434', 'ollama', ['http://[::ffff:c0a8:102]:11434']],
];

describe('normalizeBaseUrl', () => {
  it.each(table)('%s (%s)', (input, mode, candidates) => {
    expect(normalizeBaseUrl(input, mode)).toEqual({ ok: true, candidates });
  });

  it.each([
    ['', 'Enter the server address'],
    ['   ', 'Enter the server address'],
    ['ftp://localhost:21', 'Only http:// and https://'],
    ['ws://localhost:8080', 'Only http:// and https://'],
    ['http://', 'not a valid URL'],
    ['http://local host:80', 'not a valid URL'],
    ['http://a;b$(id):8080/v1', 'not a usable host name'],
    ['http://x`id`:1234', 'not a usable host name'],
    ["http://a'b/v1", 'not a usable host name'],
    ['http://a&b:11434', 'not a usable host name'],
    ['http://a"b', 'not a usable host name'],
    ['http://a*b', 'not a usable host name'],
    ['http://a{b}', 'not a usable host name'],
    ['a!b:8080', 'not a usable host name'],
  ])('rejects %j', (input, message) => {
    const result = normalizeBaseUrl(input, 'openai_compatible');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});

describe('apiRootFromText', () => {
  it.each([
    ['localhost:11434', 'ollama', 'http://localhost:11434'],
    ['http://user:pw@localhost:8080/v1', 'openai_compatible', 'http://localhost:8080/v1'],
    ['https://openrouter.ai/api/v1?key=abc#frag', 'openai_compatible', 'https://openrouter.ai/api/v1'],
    ['http://localhost:1337', 'openai_compatible', 'http://localhost:1337'],
    ['http://localhost:1337/', 'openai_compatible', 'http://localhost:1337'],
    ['http://localhost:1234/v1/chat/completions', 'openai_compatible', 'http://localhost:1234/v1'],
  ] as const)('%s (%s) → %s', (text, mode, root) => expect(apiRootFromText(text, mode)).toBe(root));

  it('gives nothing for text that is no address', () => {
    expect(apiRootFromText('ftp://h', 'ollama')).toBeUndefined();
    expect(apiRootFromText('', 'openai')).toBeUndefined();
  });
});

describe('isStorableBaseUrl', () => {
  it('accepts what normalizeBaseUrl makes, and nothing looser', () => {
    for (const [input, mode] of table) {
      const result = normalizeBaseUrl(input, mode);
      for (const candidate of result.ok ? result.candidates : []) expect(isStorableBaseUrl(candidate)).toBe(true);
    }
    for (const loose of [
      'localhost:1',
      'http://u@h/v1',
      'http://h/v1?x=1',
      'http://h/v1#x',
      'ftp://h',
      'http://a$b/v1',
    ]) {
      expect(isStorableBaseUrl(loose)).toBe(false);
    }
  });
});
