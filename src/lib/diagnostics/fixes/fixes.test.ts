import { describe, expect, it } from 'vitest';
import type { ServerKind } from '../../connections/types.ts';
import type { Fix } from '../types.ts';
import { SERVER_KINDS } from '../server-defaults.ts';
import { page } from '../test-fixtures.ts';
import {
  corsOriginFixes,
  corsPreflightFixes,
  mixedContentFixes,
  ollamaAllowsByDefault,
  ollamaHostPasses,
  ollamaOriginsFix,
  quote,
  tlsFixes,
  unreachableFixes,
} from './index.ts';

const ORIGINS = ['http://app.test:4173', 'https://switchboard.example', 'http://[::1]:5173'];
const KINDS: ServerKind[] = SERVER_KINDS;
const flat = (fixes: Fix[]) =>
  fixes.map((f) => [f.title, f.text, ...(f.commands ?? []).map((c) => c.command)].join('\n')).join('\n');

describe('corsOriginFixes for every kind', () => {
  const cases = KINDS.flatMap((kind) => ORIGINS.map((origin) => [kind, origin] as const));
  it.each(cases)('%s with %s names the origin exactly', (kind, origin) => {
    const url = new URL('http://localhost:11434');
    const fixes = corsOriginFixes(kind, origin, url, 'http://localhost:11434/v1/models');
    const all = flat(fixes);
    expect(fixes.length).toBeGreaterThan(0);
    expect(all).toContain(origin);
    expect(all).not.toContain(`${origin}/`);
    for (const f of fixes) {
      expect(f.title.length).toBeGreaterThan(0);
      expect(f.text.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['lmstudio', 'lms server start --cors'],
    ['llamacpp', '--cors-origins "http://app.test:4173"'],
    ['vllm', `--allowed-origins '["http://app.test:4173"]'`],
    ['localai', 'LOCALAI_CORS=true LOCALAI_CORS_ALLOW_ORIGINS="http://app.test:4173"'],
    ['litellm', 'LITELLM_CORS_ALLOW_ORIGINS="http://app.test:4173"'],
    ['osaurus', 'Allowed Origins → add http://app.test:4173'],
    ['jan', 'Trusted Hosts'],
    ['textgen', '--listen'],
    ['koboldcpp', 'allows every origin'],
    ['openai', 'LiteLLM'],
    ['openrouter', 'allows browser calls'],
    ['other', 'Access-Control-Allow-Origin: http://app.test:4173'],
  ] as const)('%s: %s', (kind, expected) => {
    expect(
      flat(
        corsOriginFixes(
          kind,
          'http://app.test:4173',
          new URL('http://localhost:8080/v1'),
          'http://localhost:8080/v1/models',
        ),
      ),
    ).toContain(expected);
  });
});

describe('Ollama', () => {
  it('gives a command per platform with the exact origin', () => {
    const fix = ollamaOriginsFix('http://app.test:4173', new URL('http://localhost:11434'));
    const byPlatform = new Map<string, string[]>();
    for (const c of fix.commands ?? [])
      byPlatform.set(c.platform ?? 'any', [...(byPlatform.get(c.platform ?? 'any') ?? []), c.command]);
    expect(byPlatform.get('macos')?.[0]).toBe('launchctl setenv OLLAMA_ORIGINS "http://app.test:4173"');
    expect(byPlatform.get('windows')?.[0]).toBe('setx OLLAMA_ORIGINS "http://app.test:4173"');
    expect(byPlatform.get('linux')?.[0]).toContain('Environment="OLLAMA_ORIGINS=http://app.test:4173"');
    expect(byPlatform.get('linux')?.[0]).toContain('systemctl daemon-reload && sudo systemctl restart ollama');
    expect(byPlatform.get('docker')?.[0]).toContain('-e OLLAMA_ORIGINS="http://app.test:4173" -p 11434:11434');
    expect(byPlatform.get('any')?.[0]).toBe('OLLAMA_ORIGINS="http://app.test:4173" ollama serve');
    expect(fix.text).toContain('no trailing slash');
    expect(fix.text).toContain('added to');
  });

  it('maps the docker port from the URL', () => {
    const fix = ollamaOriginsFix('https://switchboard.example', new URL('http://localhost:11500'));
    expect(fix.commands?.find((c) => c.platform === 'docker')?.command).toContain('-p 11500:11434');
  });

  it.each([
    ['http://localhost:5173', true],
    ['https://127.0.0.1:8443', true],
    ['http://0.0.0.0:3000', true],
    ['tauri://localhost', true],
    ['app://switchboard', true],
    ['http://app.test:4173', false],
    ['https://switchboard.example', false],
    ['null', false],
  ])('default allow-list: %s → %s', (origin, expected) => {
    expect(ollamaAllowsByDefault(origin)).toBe(expected);
  });

  it.each([
    ['localhost', true],
    ['127.0.0.1', true],
    ['192.168.1.2', true],
    ['box.local', true],
    ['host.docker.internal', true],
    ['ollama.myhome', false],
    ['llm.example.com', false],
  ])('Host check: %s → %s', (host, expected) => {
    expect(ollamaHostPasses(host)).toBe(expected);
  });

  it('puts the Host-check fix first when the origin is allowed by default', () => {
    const fixes = corsOriginFixes('ollama', 'http://localhost:5173', new URL('http://ollama.myhome:11434'), 'x');
    expect(fixes[0]?.title).toContain('instead of ollama.myhome');
  });

  it('says something else answers when origin and host both pass', () => {
    const fixes = corsOriginFixes('ollama', 'http://localhost:5173', new URL('http://localhost:11434'), 'x');
    expect(fixes[0]?.title).toContain('already allows');
  });
});

describe('other fix builders', () => {
  it('preflight fixes list the headers and offer removing an unneeded key', () => {
    const fixes = corsPreflightFixes('llamacpp', 'http://app.test:4173', ['content-type', 'authorization'], true);
    expect(flat(fixes)).toContain('content-type, authorization');
    expect(fixes[0]?.title).toContain('Remove the API key');
    expect(flat(corsPreflightFixes('openai', 'x', ['authorization'], true))).not.toContain('Remove the API key');
  });

  it("unreachable fixes include the kind's start command and default port", () => {
    const all = flat(unreachableFixes('vllm', new URL('http://10.0.0.5:8001/v1'), 'http://10.0.0.5:8001/v1/models'));
    expect(all).toContain('vllm serve');
    expect(all).toContain('8000 by default');
    expect(all).toContain('firewall');
    expect(all).toContain('curl -si "http://10.0.0.5:8001/v1/models"');
  });

  it('TLS fixes point at the server origin and mkcert', () => {
    const all = flat(tlsFixes(new URL('https://192.168.1.20:8443/v1')));
    expect(all).toContain('https://192.168.1.20:8443/');
    expect(all).toContain('mkcert');
  });

  it('mixed-content fixes keep the port and path for the localhost suggestion', () => {
    const all = flat(mixedContentFixes(new URL('http://192.168.1.20:1234/v1'), page(), false));
    expect(all).toContain('http://localhost:1234/v1');
    expect(all).toContain('https://switchboard.example');
  });
});

describe('quote', () => {
  it('double-quotes plain values and single-quotes shell-active ones', () => {
    expect(quote('http://[::1]:5173')).toBe('"http://[::1]:5173"');
    expect(quote('a$b')).toBe("'a$b'");
    expect(quote("it's$")).toBe(`'it'\\''s$'`);
  });
});

/** The characters of a POSIX shell command that stand outside any quotes (what the shell would interpret). */
function unquotedText(command: string): string {
  let out = '';
  let state: 'none' | 'single' | 'double' = 'none';
  for (let i = 0; i < command.length; i++) {
    const ch = command[i] as string;
    if (state === 'single') {
      if (ch === "'") state = 'none';
    } else if (state === 'double') {
      if (ch === '\\') i++;
      else if (ch === '"') state = 'none';
      else if (ch === '$' || ch === '`') out += ch; // still expanded inside double quotes
    } else if (ch === "'") state = 'single';
    else if (ch === '"') state = 'double';
    else if (ch === '\\') i++;
    else out += ch;
  }
  return out;
}

describe('copyable commands quote every host and origin (S2)', () => {
  // WHATWG URLs accept these in http host names: new URL('http://a;b$(id)/').hostname === 'a;b$(id)'
  const HOSTILE_HOSTS = ['a;b$(id)', 'x`id`', "q'r$(id)", 'a;id;b'];
  const commandsOf = (fixes: Fix[]) => fixes.flatMap((f) => f.commands ?? []).map((c) => c.command);
  const builders: [string, (url: URL) => Fix[]][] = [
    ['tlsFixes', (url) => tlsFixes(url)],
    ['mixedContentFixes', (url) => mixedContentFixes(url, page(), false)],
    ['mixedContentFixes (LNA)', (url) => mixedContentFixes(url, page(), true)],
    ['unreachableFixes', (url) => unreachableFixes('other', url, `${url.origin}/v1/models`)],
  ];
  const cases = builders.flatMap(([name, build]) => HOSTILE_HOSTS.map((host) => [name, host, build] as const));

  it.each(cases)('%s with host %j', (_name, host, build) => {
    const url = new URL(`http://${host}:8080/v1`);
    expect(url.hostname).toBe(host);
    const commands = commandsOf(build(url));
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      const outside = unquotedText(command);
      expect(outside, command).not.toMatch(/[;$`()]/);
      expect(outside, command).not.toContain('id');
    }
  });

  it('mkcert and caddy get the host quoted, IPv6 brackets kept', () => {
    expect(commandsOf(tlsFixes(new URL('https://a;b$(id):8443/')))).toContain(
      `mkcert -install && mkcert 'a;b$(id)' localhost 127.0.0.1 ::1`,
    );
    expect(commandsOf(mixedContentFixes(new URL('http://[fd00::5]:1234/v1'), page(), false))).toContain(
      'caddy reverse-proxy --from localhost:8443 --to "[fd00::5]:1234"',
    );
  });

  const HOSTILE_ORIGINS = ['http://a;b$(id):4173', "http://q'r$(id)", 'http://x`id`'];
  it.each(HOSTILE_ORIGINS)('page origin %j is quoted in the OLLAMA_ORIGINS and CORS commands', (origin) => {
    const url = new URL('http://localhost:11434');
    const commands = [
      ...commandsOf([ollamaOriginsFix(origin, url)]),
      ...KINDS.flatMap((kind) => commandsOf(corsOriginFixes(kind, origin, url, 'http://localhost:11434/v1/models'))),
    ];
    expect(commands.length).toBeGreaterThan(5);
    for (const command of commands) {
      const outside = unquotedText(command);
      expect(outside, command).not.toMatch(/[;$`]/);
      expect(outside, command).not.toContain('id');
    }
  });
});
