import { describe, expect, it } from 'vitest';
import type { Connection } from '../connections/types.ts';
import { assistantNode, conversationOf, storedV0Chat, userNode } from '../conversation/testing/builders.ts';
import {
  BACKUP_FORMAT,
  MAX_BACKUP_BYTES,
  backupToJson,
  buildBackup,
  checkBackupSize,
  parseBackup,
} from './full-backup.ts';

const connection: Connection = {
  id: 'c1',
  name: 'Box',
  mode: 'openai_compatible',
  base_url: 'http://localhost:8080/v1',
  api_key: 'sk-secret',
  enabled: true,
  created_at: 1,
  updated_at: 2,
};

/** u → a, the answer still streaming */
const conversation = conversationOf(
  [
    userNode('u', { content: 'hello', created_at: 10 }),
    assistantNode('a', { parent_id: 'u', content: 'half an ans', status: 'streaming', created_at: 11 }),
  ],
  { id: 'chat1', title: 'Hi', created_at: 10, updated_at: 20 },
);

const good = () =>
  JSON.parse(backupToJson(buildBackup([connection], [conversation], 100, true))) as Record<string, unknown>;
const withChange = (change: (doc: Record<string, unknown>) => void) => {
  const doc = good();
  change(doc);
  return JSON.stringify(doc);
};
const conn0 = (doc: Record<string, unknown>) =>
  (doc.connections as Record<string, unknown>[])[0] as Record<string, unknown>;
const conv0 = (doc: Record<string, unknown>) =>
  (doc.conversations as Record<string, unknown>[])[0] as Record<string, unknown>;

describe('buildBackup', () => {
  it('leaves API keys out unless asked, and says so', () => {
    const without = buildBackup([connection], [], 1, false);
    expect(without.includes_api_keys).toBe(false);
    expect(without.connections[0]).not.toHaveProperty('api_key');
    expect(JSON.stringify(without)).not.toContain('sk-secret');
    const withKeys = buildBackup([connection], [], 1, true);
    expect(withKeys.includes_api_keys).toBe(true);
    expect(withKeys.connections[0]?.api_key).toBe('sk-secret');
  });

  it('names the flag as the connections file does: includes_api_keys', () => {
    expect(Object.keys(good())).toContain('includes_api_keys');
    expect(Object.keys(good())).not.toContain('includes_keys');
  });

  it('still restores backups written with the old name, includes_keys', () => {
    const old = (includes: boolean) =>
      withChange((d) => {
        delete d.includes_api_keys;
        d.includes_keys = includes;
      });
    const withKeys = parseBackup(old(true));
    expect(withKeys.ok && withKeys.backup.includes_api_keys).toBe(true);
    expect(withKeys.ok && withKeys.backup.connections[0]?.api_key).toBe('sk-secret');
    const keyless = parseBackup(old(false));
    expect(keyless.ok ? 'accepted' : keyless.error).toMatch(/has an API key, but the file says it includes none/);
    const stripped = withChange((d) => {
      delete d.includes_api_keys;
      d.includes_keys = false;
      delete conn0(d).api_key;
    });
    expect(parseBackup(stripped)).toMatchObject({ ok: true, backup: { includes_api_keys: false } });
  });

  it('round-trips through parseBackup (a streaming answer comes back interrupted)', () => {
    const parsed = parseBackup(backupToJson(buildBackup([connection], [conversation], 100, true)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup).toMatchObject({
      format: BACKUP_FORMAT,
      version: 1,
      exported_at: 100,
      includes_api_keys: true,
      connections: [connection],
    });
    expect(parsed.backup.conversations[0]?.nodes['a']).toMatchObject({ content: 'half an ans', status: 'interrupted' });
  });

  it('drops a nonsense timeout, as the stored record and the connections file would', () => {
    const parsed = parseBackup(
      withChange((d) => Object.assign(conn0(d), { idle_timeout_s: -1, first_token_timeout_s: 60 })),
    );
    expect(parsed.ok && parsed.backup.connections[0]).toEqual({ ...connection, first_token_timeout_s: 60 });
  });

  it('accepts an empty backup and v0 conversations inside it', () => {
    expect(parseBackup(backupToJson(buildBackup([], [], 1, false))).ok).toBe(true);
    const v0 = withChange((d) => (d.conversations = [storedV0Chat()]));
    const parsed = parseBackup(v0);
    expect(parsed.ok && parsed.backup.conversations[0]?.schema_version).toBe(1);
  });
});

describe('parseBackup rejects every malformed file with a clear error', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['not JSON', '{"format": "switchboard-backup",', /not JSON/],
    ['plain text', 'hello', /not JSON/],
    ['a JSON array', '[]', /expected a JSON object/],
    ['JSON null', 'null', /expected a JSON object/],
    ['a chats export', JSON.stringify({ format: 'switchboard-chats', version: 1, conversations: [] }), /chats export/],
    [
      'a connections export',
      JSON.stringify({ format: 'switchboard-connections', version: 1, connections: [] }),
      /connections export/,
    ],
    ['an unknown format', withChange((d) => (d.format = 'other-app')), /expected "format": "switchboard-backup"/],
    ['no format', withChange((d) => delete d.format), /expected "format"/],
    ['no version', withChange((d) => delete d.version), /no valid "version"/],
    ['version as text', withChange((d) => (d.version = '1')), /no valid "version"/],
    ['version 0', withChange((d) => (d.version = 0)), /no valid "version"/],
    ['version 1.5', withChange((d) => (d.version = 1.5)), /no valid "version"/],
    ['a newer version', withChange((d) => (d.version = 2)), /version 2, made by a newer Switchboard/],
    ['no exported_at', withChange((d) => delete d.exported_at), /"exported_at"/],
    ['includes_api_keys missing', withChange((d) => delete d.includes_api_keys), /includes API keys/],
    ['includes_api_keys as text', withChange((d) => (d.includes_api_keys = 'yes')), /includes API keys/],
    ['no connections list', withChange((d) => delete d.connections), /no "connections" list/],
    ['connections as an object', withChange((d) => (d.connections = {})), /no "connections" list/],
    ['no conversations list', withChange((d) => delete d.conversations), /no "conversations" list/],
    ['a connection that is a string', withChange((d) => (d.connections = ['x'])), /connections\[0\] is not an object/],
    ['a connection without id', withChange((d) => delete conn0(d).id), /connections\[0\] has no "id"/],
    [
      'a connection name that is a number',
      withChange((d) => (conn0(d).name = 5)),
      /connections\[0\]\.name must be text/,
    ],
    ['an unknown mode', withChange((d) => (conn0(d).mode = 'grpc')), /connections\[0\]\.mode must be one of/],
    [
      'a javascript: base_url',
      withChange((d) => (conn0(d).base_url = 'javascript:alert(1)')),
      /base_url must be an http/,
    ],
    ['a relative base_url', withChange((d) => (conn0(d).base_url = '/v1')), /base_url must be an http/],
    [
      'a base_url with a query',
      withChange((d) => (conn0(d).base_url = 'http://h/v1?key=k')),
      /base_url must be an http/,
    ],
    ['a blank name', withChange((d) => (conn0(d).name = ' ')), /connections\[0\]\.name is empty/],
    [
      'a base_url with credentials',
      withChange((d) => (conn0(d).base_url = 'http://u:p@host/v1')),
      /base_url must be an http/,
    ],
    ['enabled as text', withChange((d) => (conn0(d).enabled = 'true')), /enabled must be true or false/],
    ['a connection without times', withChange((d) => delete conn0(d).created_at), /"created_at"/],
    ['a key that is a number', withChange((d) => (conn0(d).api_key = 42)), /api_key must be text/],
    ['a key in a file that says it has none', withChange((d) => (d.includes_api_keys = false)), /includes none/],
    ['model_ids not a list of text', withChange((d) => (conn0(d).model_ids = [1])), /model_ids must be a list/],
    ['params as a list', withChange((d) => (conn0(d).params = [])), /params must be an object/],
    [
      'two connections with one id',
      withChange((d) => (d.connections = [conn0(d), conn0(d)])),
      /Two connections share the id "c1"/,
    ],
    [
      'a conversation that is a number',
      withChange((d) => (d.conversations = [3])),
      /conversations\[0\] is not an object/,
    ],
    ['a conversation without id', withChange((d) => delete conv0(d).id), /conversations\[0\] has no "id"/],
    [
      'a conversation title that is null',
      withChange((d) => (conv0(d).title = null)),
      /conversations\[0\]\.title must be text/,
    ],
    ['a conversation without times', withChange((d) => delete conv0(d).updated_at), /"updated_at"/],
    [
      'a conversation from a newer schema',
      withChange((d) => (conv0(d).schema_version = 9)),
      /newer Switchboard \(schema 9\)/,
    ],
    [
      'a fractional schema_version',
      withChange((d) => (conv0(d).schema_version = 0.5)),
      /schema_version must be a whole number/,
    ],
    ['nodes as a list', withChange((d) => (conv0(d).nodes = [])), /nodes must be an object/],
    ['no root_ids', withChange((d) => delete conv0(d).root_ids), /root_ids must be a list/],
    [
      'a message with an unknown role',
      withChange((d) => ((conv0(d).nodes as Record<string, Record<string, unknown>>)['u']!.role = 'function')),
      /nodes\["u"\]\.role must be one of/,
    ],
    [
      'a message without content',
      withChange((d) => delete (conv0(d).nodes as Record<string, Record<string, unknown>>)['a']!.content),
      /nodes\["a"\]\.content must be text/,
    ],
    [
      'a v0 conversation without messages',
      withChange((d) => (d.conversations = [{ id: 'x', title: '', created_at: 1, updated_at: 1 }])),
      /neither "nodes" nor "messages"/,
    ],
    [
      'two conversations with one id',
      withChange((d) => (d.conversations = [conv0(d), conv0(d)])),
      /Two conversations share the id "chat1"/,
    ],
  ];
  it.each(cases)('%s', (_label, text, error) => {
    const result = parseBackup(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(error);
    expect(result.error).toMatch(/Nothing was changed\.$/);
  });
});

describe('checkBackupSize', () => {
  it.each([
    [0, /empty/],
    [MAX_BACKUP_BYTES + 1, /201 MB; backups over 200 MB are not restored/],
    [5 * 1024 ** 3, /over 200 MB/],
  ])('%i bytes is refused', (bytes, error) => expect(checkBackupSize(bytes)).toMatch(error));
  it.each([1, 1024, MAX_BACKUP_BYTES])('%i bytes is fine', (bytes) => expect(checkBackupSize(bytes)).toBeNull());
});

describe('addresses in a backup', () => {
  it('restores a look-alike host as the browser reaches it (punycode), never the raw text', () => {
    const parsed = parseBackup(withChange((d) => (conn0(d).base_url = 'http://\u0435xample.com/v1/')));
    expect(parsed.ok && parsed.backup.connections[0]?.base_url).toBe('http://xn--xample-2of.com/v1');
  });

  it('keeps no typed address from the file', () => {
    const parsed = parseBackup(withChange((d) => (conn0(d).typed_base_url = 'http://u:pw-SECRET@h/v1?k=SECRET')));
    expect(parsed.ok).toBe(true);
    expect(JSON.stringify(parsed)).not.toContain('SECRET');
  });

  it('a backup without keys holds no secret of any kind, even from a record that kept its typed address', () => {
    // what saving the form stored before: the address as typed, password and query key included
    const old = {
      ...connection,
      api_key: 'sk-KEY-SECRET',
      typed_base_url: 'http://user:PW-SECRET@localhost:8080/v1?api_key=QUERY-SECRET#FRAG-SECRET',
    } as Connection;
    const text = backupToJson(buildBackup([old], [], 1, false));
    for (const secret of ['KEY-SECRET', 'PW-SECRET', 'QUERY-SECRET', 'FRAG-SECRET', 'user:', '?', '#']) {
      expect(text).not.toContain(secret);
    }
  });
});
