import { describe, expect, it } from 'vitest';
import type { DeepLinkResult } from './deep-link.ts';
import { cleanHash, connectLink, parseDeepLink } from './connect-link.ts';

const ok = (r: DeepLinkResult | undefined) => {
  if (!r?.ok) throw new Error(`refused: ${r ? r.error : 'no link'}`);
  return r.link;
};

describe('parseDeepLink', () => {
  it('leaves other routes alone', () => {
    for (const hash of ['', '#/chat', '#/chat/abc', '#/settings', '#/connected', '#/chatter?x=1']) {
      expect(parseDeepLink(hash)).toBeUndefined();
    }
  });

  it('reads a connect link with the kind’s mode and the form’s candidates', () => {
    expect(ok(parseDeepLink('#/connect?base_url=http%3A%2F%2Flocalhost%3A1234&kind=lmstudio&name=Studio'))).toEqual({
      type: 'connect',
      base_url: 'http://localhost:1234',
      candidates: ['http://localhost:1234/v1', 'http://localhost:1234'],
      mode: 'openai_compatible',
      server_kind: 'lmstudio',
      name: 'Studio',
      ignored: [],
    });
    const ollama = ok(parseDeepLink('#/connect?base_url=http://10.0.0.5:11434/&mode=ollama'));
    expect(ollama).toMatchObject({ mode: 'ollama', server_kind: 'other', candidates: ['http://10.0.0.5:11434'] });
  });

  it('ignores key-like parameters and names them, never keeping their values', () => {
    const link = ok(
      parseDeepLink('#/connect?base_url=https://api.example.com/v1&api_key=sk-SECRET&token=t0k&name=X&apiKey=k2'),
    );
    expect(link.ignored).toEqual(['api_key', 'token', 'apiKey']);
    expect(JSON.stringify(link)).not.toMatch(/SECRET|t0k|k2/);
    expect(cleanHash(link)).not.toMatch(/SECRET|t0k|k2|api_key|token/);
  });

  const hostile: [string, string, RegExp][] = [
    ['javascript: base URL', '#/connect?base_url=javascript:alert(1)', /http:\/\/ or https:\/\//],
    ['encoded javascript:', '#/connect?base_url=javascript%3Aalert(document.domain)//', /http:\/\/ or https/],
    ['data: base URL', '#/connect?base_url=data:text/html,<script>alert(1)</script>', /http:\/\/ or https/],
    ['file: base URL', '#/connect?base_url=file:///etc/passwd', /http:\/\/ or https/],
    ['no scheme', '#/connect?base_url=localhost:11434', /http:\/\/ or https/],
    ['missing base URL', '#/connect?mode=ollama', /no server address/],
    ['huge parameter', `#/connect?base_url=http://a.test/${'a'.repeat(2001)}`, /longer than 2000/],
    ['huge link', `#/chat?prompt=${'a'.repeat(1990)}${'&x_key=1'.repeat(1000)}`, /longer than 8 KB/],
    ['unknown mode', '#/connect?base_url=http://localhost:1&mode=grpc', /API mode this app does not know/],
    ['unknown kind', '#/connect?base_url=http://localhost:1&kind=evil', /server kind this app does not know/],
    ['unknown parameter', '#/connect?base_url=http://localhost:1&redirect=x', /does not know: "redirect"/],
    ['repeated parameter', '#/connect?base_url=http://a.test&base_url=http://b.test', /more than once/],
    ['credentials in the address', '#/connect?base_url=http://user:pw@localhost:1', /user name or password/],
    ['query in the address', '#/connect?base_url=http%3A%2F%2Flocalhost%3A1%2F%3Fapi_key%3Dx', /query/],
    ['shell characters in the host', '#/connect?base_url=http://a$(id).test', /not a usable host name/],
    ['malformed percent-encoding', '#/connect?base_url=http://localhost:1&name=%E0%A4%A', /percent-encoding/],
    ['control characters in a name', '#/connect?base_url=http://localhost:1&name=a%0Ab', /control characters/],
    ['long name', `#/connect?base_url=http://localhost:1&name=${'n'.repeat(101)}`, /name is longer than 100/],
    ['control characters in a model', '#/chat?model=a%00b', /control characters/],
    ['unknown chat parameter', '#/chat?model=m&send=1', /does not know: "send"/],
  ];
  it.each(hostile)('refuses %s', (_what, hash, message) => {
    const result = parseDeepLink(hash);
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.error).toMatch(message);
  });

  it('reads a chat link, keeping the prompt’s lines', () => {
    expect(ok(parseDeepLink('#/chat?model=llama3.2%3A1b&connection=Home&prompt=Hi%0Athere+you'))).toEqual({
      type: 'chat',
      model: 'llama3.2:1b',
      connection: 'Home',
      prompt: 'Hi\nthere you',
      ignored: [],
    });
    expect(ok(parseDeepLink('#/chat?prompt=x&key=abc'))).toEqual({ type: 'chat', prompt: 'x', ignored: ['key'] });
  });
});

describe('connectLink', () => {
  it('builds a link on the page’s own address that reads back the same, without the key', () => {
    const c = {
      base_url: 'http://localhost:1234/v1',
      mode: 'openai_compatible',
      server_kind: 'lmstudio',
      name: 'A & B',
    };
    const link = connectLink('https://example.org/switchboard/?x=1#/settings', { ...c, api_key: 'sk-1' } as never);
    expect(link).toMatch(/^https:\/\/example\.org\/switchboard\/\?x=1#\/connect\?/);
    expect(link).not.toContain('sk-1');
    const back = ok(parseDeepLink(link.slice(link.indexOf('#'))));
    expect(back).toMatchObject({ base_url: c.base_url, mode: c.mode, server_kind: c.server_kind, name: c.name });
    expect(cleanHash(back)).toBe(link.slice(link.indexOf('#')));
  });
});
