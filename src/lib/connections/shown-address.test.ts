import { describe, expect, it } from 'vitest';
import { lookalikeHost, shownAddress } from './shown-address.ts';

describe('shownAddress', () => {
  it.each([
    // the host as the URL parser gives it: punycode, lowercase
    ['http://\u0435xample.com/v1', 'http://xn--xample-2of.com/v1'],
    ['http://EXAMPLE.com:8080/v1/chat/completions', 'http://example.com:8080/v1/chat/completions'],
    // never a secret: user name, password, query and fragment are left out
    ['http://user:pw@127.0.0.1:8080/v1', 'http://127.0.0.1:8080/v1'],
    ['https://h.example/v1?api_key=sk-1#frag', 'https://h.example/v1'],
    ['http://[::1]:1234', 'http://[::1]:1234'],
    ['http://localhost:11434/', 'http://localhost:11434'],
  ])('%s → %s', (input, shown) => expect(shownAddress(input)).toBe(shown));

  it('shows text that is no URL with its invisible characters marked', () => {
    expect(shownAddress('not a url\u202e')).toBe('not a url⟨U+202E⟩');
  });
});

describe('lookalikeHost', () => {
  it.each([
    // a label mixing Latin with Cyrillic or Greek, as typed
    ['http://\u0435xample.com/v1', 'mixed-script'],
    ['http://p\u0430ypal.com', 'mixed-script'],
    ['http://g\u03bfogle.com', 'mixed-script'],
    ['\u0435xample.com:8080', 'mixed-script'],
    // any punycode label, as stored or typed (mixing may hide inside it)
    ['http://xn--xample-2of.com/v1', 'punycode'],
    ['http://api.XN--80ak6aa92e.com', 'punycode'],
    // a whole label in another script still becomes punycode
    ['http://\u0430\u0440\u0440\u04cf\u0435.com', 'punycode'],
  ] as const)('%s → %s', (input, kind) => expect(lookalikeHost(input)?.kind).toBe(kind));

  it.each([
    'http://localhost:11434',
    'https://api.openai.com/v1',
    'http://192.168.1.5:1234/v1',
    'http://[::1]:8080',
    'http://my-xn-box.lan', // xn- inside a label is no punycode prefix
    'localhost:8080',
    'not a url',
    '',
  ])('%s is plain', (input) => expect(lookalikeHost(input)).toBeUndefined());

  it('names the host as the browser reaches it', () => {
    expect(lookalikeHost('http://\u0435xample.com/v1')?.message).toContain('xn--xample-2of.com');
  });
});
