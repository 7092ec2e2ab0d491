import { describe, expect, it } from 'vitest';
import { exportConnections, importConnections } from './connections-file.ts';
import type { Connection } from '../connections/types.ts';

const conn: Connection = {
  id: 'a',
  name: 'Box',
  mode: 'openai_compatible',
  base_url: 'http://localhost:8080/v1',
  api_key: 'sk-secret',
  params: { max_tokens: 64, keep_alive: '5m' },
  enabled: true,
  server_kind: 'llamacpp',
  model_ids: ['x'],
  model_filter: 'q',
  created_at: 1,
  updated_at: 2,
};

let n = 0;
const newId = () => `new-${++n}`;

describe('connections export/import', () => {
  it('keeps the stored field names and leaves the key out unless asked', () => {
    const doc = JSON.parse(exportConnections([conn], 5));
    expect(doc).toMatchObject({ format: 'switchboard-connections', version: 1, exported_at: 5 });
    expect(doc.connections[0]).toEqual({
      name: 'Box',
      mode: 'openai_compatible',
      base_url: 'http://localhost:8080/v1',
      params: { max_tokens: 64, keep_alive: '5m' },
      enabled: true,
      server_kind: 'llamacpp',
      model_ids: ['x'],
      model_filter: 'q',
    });
    expect(exportConnections([conn], 5)).not.toContain('sk-secret');
    expect(JSON.parse(exportConnections([conn], 5, true)).connections[0].api_key).toBe('sk-secret');
  });

  it('says at the top whether the file holds API keys', () => {
    const keyless = { ...conn, id: 'b', name: 'Keyless' };
    delete keyless.api_key;
    expect(JSON.parse(exportConnections([conn, keyless], 5)).includes_api_keys).toBe(false);
    expect(JSON.parse(exportConnections([conn, keyless], 5, true)).includes_api_keys).toBe(true);
    // asked for keys, but no connection has one: the file truthfully holds none
    expect(JSON.parse(exportConnections([keyless], 5, true)).includes_api_keys).toBe(false);
    // a blank key is no key
    expect(JSON.parse(exportConnections([{ ...conn, api_key: '' }], 5, true)).includes_api_keys).toBe(false);
  });

  it('imports files from before includes_api_keys existed', () => {
    const old = JSON.stringify({
      format: 'switchboard-connections',
      version: 1,
      exported_at: 1,
      connections: [{ name: 'Old', mode: 'ollama', base_url: 'http://localhost:11434' }],
    });
    const result = importConnections(old, [], newId, 2);
    expect(result.ok && result.connections.map((c) => c.name)).toEqual(['Old']);
  });

  it('round-trips with fresh ids and skips what is already there', () => {
    const text = exportConnections([conn], 5, true);
    const into = importConnections(text, [], newId, 9);
    expect(into.ok && into.connections[0]).toEqual({
      ...conn,
      id: expect.stringMatching(/^new-/),
      created_at: 9,
      updated_at: 9,
    });
    const again = importConnections(text, into.ok ? into.connections : [], newId, 9);
    expect(again).toMatchObject({ ok: true, connections: [], skipped: ['Box'], invalid: [] });
  });

  it('keeps the timeouts, and drops nonsense ones', () => {
    const timed: Connection = { ...conn, first_token_timeout_s: 600, idle_timeout_s: 0 };
    const into = importConnections(exportConnections([timed], 5), [], newId, 9);
    expect(into.ok && [into.connections[0]?.first_token_timeout_s, into.connections[0]?.idle_timeout_s]).toEqual([
      600, 0,
    ]);
    const odd = JSON.stringify({
      format: 'switchboard-connections',
      version: 1,
      connections: [
        {
          name: 'Odd',
          mode: 'ollama',
          base_url: 'http://localhost:11434',
          idle_timeout_s: -5,
          first_token_timeout_s: '9',
        },
      ],
    });
    const result = importConnections(odd, [], newId, 9);
    expect(result.ok && [result.connections[0]?.idle_timeout_s, result.connections[0]?.first_token_timeout_s]).toEqual([
      undefined,
      undefined,
    ]);
  });

  it.each([
    ['not json', 'not JSON'],
    ['{"format":"other"}', 'not a Switchboard connections file'],
    ['{"format":"switchboard-connections","version":99,"connections":[]}', 'newer Switchboard'],
  ])('rejects %s', (text, message) => {
    const result = importConnections(text, [], newId, 1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it('skips invalid entries and names them', () => {
    const text = JSON.stringify({
      format: 'switchboard-connections',
      version: 1,
      connections: [
        { name: 'Bad', mode: 'x', base_url: 'http://h' },
        { name: 'Ftp', mode: 'ollama', base_url: 'ftp://h' },
        { mode: 'ollama' },
      ],
    });
    expect(importConnections(text, [], newId, 1)).toEqual({
      ok: true,
      connections: [],
      skipped: ['Bad', 'Ftp', '(unnamed)'],
      invalid: [
        expect.stringMatching(/^entry 1\.mode must be one of /),
        expect.stringMatching(/^entry 2\.base_url must be an http/),
        expect.stringMatching(/^entry 3\.name must be text/),
      ],
      total: 3,
    });
  });

  it('skips entries with a wrongly typed field, as a full backup refuses them (one check for both)', () => {
    const entry = { name: 'Box', mode: 'ollama', base_url: 'http://localhost:11434' };
    const text = JSON.stringify({
      format: 'switchboard-connections',
      version: 1,
      connections: [
        { ...entry, name: 'Ids', model_ids: ['a', 1] },
        { ...entry, name: 'Params', params: [] },
        { ...entry, name: 'Switch', enabled: 'yes' },
        { ...entry, name: '   ' },
        { ...entry, name: 'Fine', enabled: false, model_filter: '' },
      ],
    });
    const result = importConnections(text, [], newId, 1);
    expect(result.ok && result.skipped).toEqual(['Ids', 'Params', 'Switch', '   ']);
    expect(result.ok && result.connections).toEqual([
      { id: expect.stringMatching(/^new-/), ...entry, name: 'Fine', enabled: false, created_at: 1, updated_at: 1 },
    ]);
  });

  const fileWith = (base_url: string, mode = 'openai_compatible') =>
    JSON.stringify({
      format: 'switchboard-connections',
      version: 1,
      connections: [{ name: 'X', mode, base_url, api_key: 'sk-LEAKED' }],
    });
  const importedUrl = (base_url: string, mode?: string) => {
    const result = importConnections(fileWith(base_url, mode), [], newId, 1);
    if (!result.ok) throw new Error(result.error);
    return result.connections[0]?.base_url;
  };

  it.each([
    // scheme-less: stored raw, fetch would resolve it against the page and send the key to the page's host
    ['api.openai.com/v1', 'openai', 'http://api.openai.com/v1'],
    ['localhost:11434', 'ollama', 'http://localhost:11434'],
    // credentials, query and hash are never stored
    ['http://user:pw@localhost:8080/v1', 'openai_compatible', 'http://localhost:8080/v1'],
    ['https://openrouter.ai/api/v1?key=abc#frag', 'openai_compatible', 'https://openrouter.ai/api/v1'],
    // a pasted endpoint becomes the API root; Ollama mode drops /v1
    ['http://localhost:1234/v1/chat/completions', 'openai_compatible', 'http://localhost:1234/v1'],
    ['http://localhost:11434/v1/', 'ollama', 'http://localhost:11434'],
    // an already-resolved root stays as it is, including a root-path server without /v1
    ['http://localhost:8080/v1/', 'openai_compatible', 'http://localhost:8080/v1'],
    ['http://localhost:1337', 'openai_compatible', 'http://localhost:1337'],
    ['https://openrouter.ai/api/v1', 'openai_compatible', 'https://openrouter.ai/api/v1'],
  ])('stores the normalised base URL for %j (%s), never the raw text', (raw, mode, stored) => {
    const url = importedUrl(raw, mode);
    expect(url).toBe(stored);
    expect(new URL(url as string).protocol).toMatch(/^https?:$/);
  });

  it('treats a normalised duplicate as already present', () => {
    const first = importConnections(fileWith('http://localhost:8080/v1'), [], newId, 1);
    const again = importConnections(fileWith('localhost:8080/v1/'), first.ok ? first.connections : [], newId, 1);
    expect(again).toMatchObject({ ok: true, connections: [], skipped: ['X'], invalid: [] });
  });
});

describe('imports are all or nothing and say what they skipped', () => {
  const fileOf = (entries: string[]) =>
    `{"format":"switchboard-connections","version":1,"connections":[${entries.join(',')}]}`;
  const good = JSON.stringify({ name: 'Good', mode: 'ollama', base_url: 'http://localhost:11434' });

  it('a later entry nested 100,000 deep: no connection, a clear error, no throw', () => {
    const deep = `{"name":"Deep","mode":"ollama","base_url":"http://h:1","params":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    const result = importConnections(fileOf([good, deep]), [], newId, 1);
    expect(result).toEqual({ ok: false, error: expect.stringContaining('nested too deeply') });
  });

  it('keeps the valid entries and says why each invalid one was skipped', () => {
    const result = importConnections(
      fileOf([good, '"junk"', '{"name":"Bad","mode":"x","base_url":"http://h"}']),
      [],
      newId,
      1,
    );
    expect(result).toMatchObject({ ok: true, total: 3, skipped: ['(unnamed)', 'Bad'] });
    expect(result.ok && result.connections.map((c) => c.name)).toEqual(['Good']);
    expect(result.ok && result.invalid).toEqual([
      'entry 2 is not an object.',
      expect.stringMatching(/^entry 3\.mode must be one of /),
    ]);
  });
});

describe('addresses in a connections file', () => {
  const file = (entry: Record<string, unknown>) =>
    JSON.stringify({ format: 'switchboard-connections', version: 1, connections: [entry] });

  it('imports a look-alike host as the browser reaches it (punycode)', () => {
    const result = importConnections(
      file({ name: 'X', mode: 'openai_compatible', base_url: 'http://\u0435xample.com/v1' }),
      [],
      newId,
      1,
    );
    expect(result.ok && result.connections[0]?.base_url).toBe('http://xn--xample-2of.com/v1');
  });

  it('keeps no typed address from the file', () => {
    const result = importConnections(
      file({
        name: 'X',
        mode: 'ollama',
        base_url: 'http://h:11434',
        typed_base_url: 'http://u:SECRET@h:11434?k=SECRET',
      }),
      [],
      newId,
      1,
    );
    expect(result.ok && result.connections.length).toBe(1);
    expect(JSON.stringify(result)).not.toContain('SECRET');
  });

  it('an export without keys holds no secret of any kind, even from a record that kept its typed address', () => {
    const old = {
      ...conn,
      api_key: 'sk-KEY-SECRET',
      typed_base_url: 'http://user:PW-SECRET@localhost:8080/v1?api_key=QUERY-SECRET#FRAG-SECRET',
    } as Connection;
    const text = exportConnections([old], 1);
    for (const secret of ['KEY-SECRET', 'PW-SECRET', 'QUERY-SECRET', 'FRAG-SECRET', 'user:', '?', '#']) {
      expect(text).not.toContain(secret);
    }
  });
});
