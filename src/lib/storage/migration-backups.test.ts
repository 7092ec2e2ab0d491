// Schema migrations keep the original: every earlier version of every record type, rewritten in the
// current shape, leaves a byte-equal copy under backup:v<N>:<key> in the same store.
import 'fake-indexeddb/auto';
import { createStore, entries, get, keys, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { appendUserMessage } from '../conversation/tree.ts';
import { CONVERSATION_SCHEMA_VERSION } from '../conversation/migrations.ts';
import { fromNewerSchema, storedV0Chat } from '../conversation/testing/builders.ts';
import { getConversation, listConversationIds, listConversations, putConversation } from './chats-repo.ts';
import { CONNECTION_SCHEMA_VERSION } from '../connections/migrations.ts';
import { listConnections, putConnection } from './connections-repo.ts';
import { NEWER_VERSION_ERROR } from './storage-errors.ts';
import { backupKey, updateWithBackup } from './update-with-backup.ts';

let n = 0;
const fresh = (kind: string) => createStore(`test-backups-${kind}-${++n}`, kind);

/** One stored record per earlier schema version; a version bump without a fixture here fails the tests. */
const OLD_CHATS: Record<number, Record<string, unknown>> = {
  0: storedV0Chat({
    title: 'Pasta',
    created_at: 100,
    updated_at: 300,
    system_prompt: 'You are a chef.',
    messages: [
      { role: 'user', content: 'How long do I boil pasta?', created_at: 100 },
      { role: 'assistant', content: 'About 10 minutes.', created_at: 150, model: 'llama3' },
    ],
  }),
};

const OLD_CONNECTIONS: Record<number, Record<string, unknown>> = {
  0: {
    id: 'k1',
    label: 'Box',
    type: 'openai-compatible',
    baseUrl: 'http://localhost:8080/v1',
    apiKey: 'sk-old',
    isEnabled: false,
    created_at: 5,
    updated_at: 6,
  },
};

const earlier = (current: number) => Array.from({ length: current }, (_, v) => v);

describe('every earlier schema version has a fixture', () => {
  it('conversations', () => expect(Object.keys(OLD_CHATS).map(Number)).toEqual(earlier(CONVERSATION_SCHEMA_VERSION)));
  it('connections', () => expect(Object.keys(OLD_CONNECTIONS).map(Number)).toEqual(earlier(CONNECTION_SCHEMA_VERSION)));
});

describe.each(earlier(CONVERSATION_SCHEMA_VERSION))('conversation v%i → current', (version) => {
  const original = OLD_CHATS[version] as Record<string, unknown>;

  it('keeps a byte-equal backup and stores the migrated record with the new message', async () => {
    const store = fresh('conversations');
    await set('chat:old', original, store);
    const read = await getConversation('old', store);
    expect(read).toBeDefined();
    const next = appendUserMessage(read!, 'And salt?', { id: 'new-user', now: 400 });
    await putConversation(next, store);

    const backup = await get(backupKey(version, 'chat:old'), store);
    expect(backup).toStrictEqual(original);
    expect(JSON.stringify(backup)).toBe(JSON.stringify(original));

    const stored = (await get('chat:old', store)) as Record<string, unknown>;
    expect(stored.schema_version).toBe(CONVERSATION_SCHEMA_VERSION);
    expect(stored).not.toHaveProperty('messages');
    const contents = Object.values(stored.nodes as Record<string, { content: string }>).map((node) => node.content);
    expect(contents).toEqual(expect.arrayContaining(['How long do I boil pasta?', 'About 10 minutes.', 'And salt?']));
    expect(stored).toMatchObject({
      id: 'old',
      title: 'Pasta',
      system_prompt: 'You are a chef.',
      current_leaf_id: 'new-user',
    });
    // the backup is not a conversation
    expect(await listConversationIds(store)).toEqual(['old']);
    expect((await listConversations(store)).map((c) => c.id)).toEqual(['old']);
  });

  it('a second write leaves the first backup as it was', async () => {
    const store = fresh('conversations');
    await set('chat:old', original, store);
    const read = (await getConversation('old', store))!;
    await putConversation(read, store);
    await putConversation(appendUserMessage(read, 'again', { id: 'x', now: 500 }), store);
    expect(await get(backupKey(version, 'chat:old'), store)).toStrictEqual(original);
    expect((await keys(store)).filter((k) => String(k).startsWith('backup:'))).toHaveLength(1);
  });
});

describe('conversation records that are not migrations', () => {
  it('a current-version record gets no backup', async () => {
    const store = fresh('conversations');
    await set('chat:old', OLD_CHATS[0], store);
    const read = (await getConversation('old', store))!;
    await putConversation(read, store);
    await putConversation(appendUserMessage(read, 'more', { id: 'y', now: 600 }), store);
    expect((await keys(store)).sort()).toEqual([backupKey(0, 'chat:old'), 'chat:old', 'summary:old']);
  });

  it('a corrupt record is backed up before the writer’s copy replaces it', async () => {
    const store = fresh('conversations');
    await set('chat:old', 'garbage', store);
    const fromV0 = (await (async () => {
      const s = fresh('conversations');
      await set('chat:old', OLD_CHATS[0], s);
      return getConversation('old', s);
    })())!;
    await putConversation(fromV0, store);
    expect(await get(backupKey(0, 'chat:old'), store)).toBe('garbage');
    expect(((await get('chat:old', store)) as { schema_version: number }).schema_version).toBe(
      CONVERSATION_SCHEMA_VERSION,
    );
  });

  it('a newer-version record is neither overwritten nor backed up', async () => {
    const store = fresh('conversations');
    const newer = fromNewerSchema({ ...OLD_CHATS[0], nodes: {} });
    await set('chat:old', newer, store);
    const mine = (await (async () => {
      const s = fresh('conversations');
      await set('chat:old', OLD_CHATS[0], s);
      return getConversation('old', s);
    })())!;
    await expect(putConversation(mine, store)).rejects.toMatchObject({ name: NEWER_VERSION_ERROR });
    expect(await entries(store)).toEqual([['chat:old', newer]]);
  });
});

describe.each(earlier(CONNECTION_SCHEMA_VERSION))('connection v%i → current', (version) => {
  const original = OLD_CONNECTIONS[version] as Record<string, unknown>;

  it('keeps a byte-equal backup when the record is rewritten, and lists only the migrated one', async () => {
    const store = fresh('connections');
    await set('connection:k1', original, store);
    const [read] = await listConnections(store);
    expect(read).toMatchObject({
      id: 'k1',
      name: 'Box',
      mode: 'openai_compatible',
      base_url: 'http://localhost:8080/v1',
      api_key: 'sk-old',
      enabled: false,
    });
    await putConnection({ ...read!, name: 'Box renamed', updated_at: 7 }, store);

    const backup = await get(backupKey(version, 'connection:k1'), store);
    expect(backup).toStrictEqual(original);
    expect(JSON.stringify(backup)).toBe(JSON.stringify(original));
    expect(await get('connection:k1', store)).toStrictEqual({
      id: 'k1',
      name: 'Box renamed',
      mode: 'openai_compatible',
      base_url: 'http://localhost:8080/v1',
      api_key: 'sk-old',
      enabled: false,
      created_at: 5,
      updated_at: 7,
      schema_version: CONNECTION_SCHEMA_VERSION,
    });
    expect((await listConnections(store)).map((c) => c.name)).toEqual(['Box renamed']);
  });
});

describe('updateWithBackup', () => {
  const schema = { versionOf: (raw: unknown) => (raw as { v?: number }).v ?? 0, current: 2 };

  it('writes nothing when the updater throws', async () => {
    const store = fresh('plain');
    await set('r', { v: 1, x: 1 }, store);
    await expect(
      updateWithBackup(
        'r',
        () => {
          throw new Error('no');
        },
        schema,
        store,
      ),
    ).rejects.toThrow('no');
    expect(await entries(store)).toEqual([['r', { v: 1, x: 1 }]]);
  });

  it('names the backup after the old version and makes none for new records', async () => {
    const store = fresh('plain');
    await set('r', { v: 1, x: 1 }, store);
    await updateWithBackup('r', () => ({ v: 2, x: 2 }), schema, store);
    await updateWithBackup('fresh', () => ({ v: 2 }), schema, store);
    expect((await keys(store)).sort()).toEqual(['backup:v1:r', 'fresh', 'r']);
  });
});
