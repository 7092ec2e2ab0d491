import 'fake-indexeddb/auto';
import { createStore, keys, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { buildExport, exportToJson, importIntoStore, parseImport, scrubConversation } from './chats-file.ts';
import { updateNode } from '../conversation/tree.ts';
import { chatWithTurns, fromNewerSchema, storedV0Chat } from '../conversation/testing/builders.ts';
import { getConversation, putConversation } from '../storage/chats-repo.ts';
import type { ProviderError } from '../providers/errors.ts';

function freshStore(): UseStore {
  return createStore(`export-test-${Math.random().toString(36).slice(2)}`, 'conversations');
}

/** u → a, the answer 'Answer' finished with "stop" */
const sample = (id: string, now = 1000) =>
  chatWithTurns(
    [
      {
        ask: `Question for ${id}`,
        ids: ['u', 'a'],
        model_id: 'm',
        answer: { content: 'Answer', status: 'complete', finish_reason: { unified: 'stop' } },
      },
    ],
    { id, now },
  );

const leakyError: ProviderError = {
  name: 'ProviderError',
  kind: 'http',
  message: 'Unauthorized',
  phase: 'request',
  request: {
    method: 'POST',
    url: 'https://api.example.com/v1/chat/completions',
    headers: {
      'content-type': 'application/json',
      Authorization: 'Bearer sk-live-123',
      'X-Api-Key': 'abc',
      'x-goog-api-key': 'g',
    },
  },
  response: { status: 401, statusText: 'Unauthorized', headers: {}, body: '{}' },
  retryable: false,
};

const noIds = () => {
  throw new Error('no new id expected');
};

describe('export', () => {
  it('wraps conversations in a versioned document', () => {
    const doc = buildExport([sample('a'), sample('b')], 5000);
    expect(doc).toMatchObject({ format: 'switchboard-chats', version: 1, exported_at: 5000, includes_api_keys: false });
    // the statement is at the top of the file, before the conversations
    expect(Object.keys(JSON.parse(exportToJson([sample('a')], 1)))).toEqual([
      'format',
      'version',
      'exported_at',
      'includes_api_keys',
      'conversations',
    ]);
    expect(doc.conversations.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('strips credential headers from recorded requests, defensively', () => {
    const c = updateNode(sample('a'), 'a', (n) => ({ ...n, status: 'error', error: leakyError }));
    const json = exportToJson([c], 1);
    expect(json).not.toContain('sk-live-123');
    expect(json).not.toMatch(/authorization/i);
    expect(json).not.toContain('"abc"');
    expect(json).not.toContain('x-goog-api-key');
    expect(scrubConversation(c).nodes.a?.error?.request.headers).toEqual({ 'content-type': 'application/json' });
    // the original is untouched
    expect(c.nodes.a?.error?.request.headers.Authorization).toBe('Bearer sk-live-123');
  });
});

describe('parseImport', () => {
  it('round-trips an export', () => {
    const originals = [sample('a'), sample('b', 2000)];
    const result = parseImport(exportToJson(originals, 1), { existing: new Map(), newId: noIds });
    expect(result).toEqual({
      ok: true,
      conversations: originals,
      renamed: [],
      duplicates: [],
      skipped: 0,
      invalid: [],
      total: originals.length,
    });
  });

  it.each([
    ['not JSON', '{oops', /not JSON/],
    ['another format', JSON.stringify({ format: 'chatgpt', conversations: [] }), /not a Switchboard chat export/],
    ['a bare array', '[]', /not a Switchboard chat export/],
    ['no version', JSON.stringify({ format: 'switchboard-chats', conversations: [] }), /no valid "version"/],
    [
      'a newer version',
      JSON.stringify({ format: 'switchboard-chats', version: 2, conversations: [] }),
      /newer Switchboard/,
    ],
    ['no list', JSON.stringify({ format: 'switchboard-chats', version: 1 }), /no "conversations" list/],
    [
      'nothing readable',
      JSON.stringify({ format: 'switchboard-chats', version: 1, conversations: [1, { id: 'x' }] }),
      /None of the conversations/,
    ],
  ])('rejects %s with a clear message', (_name, text, message) => {
    const result = parseImport(text, { existing: new Map(), newId: noIds });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('skips unreadable entries but imports the rest, migrating old ones', () => {
    const v0 = storedV0Chat({ messages: [{ role: 'user', content: 'hi' }] });
    const text = JSON.stringify({
      format: 'switchboard-chats',
      version: 1,
      exported_at: 1,
      conversations: [v0, 'junk', fromNewerSchema(sample('z'))],
    });
    const result = parseImport(text, { existing: new Map(), newId: noIds });
    expect(result.ok && result.skipped).toBe(2);
    expect(result.ok && result.conversations[0]?.nodes['old-m0']?.content).toBe('hi');
  });

  it('skips a conversation with a malformed message whole, as a full backup refuses it (one check for both)', () => {
    const broken = { ...sample('b'), nodes: { ...sample('b').nodes, a: { ...sample('b').nodes.a, role: 'function' } } };
    const text = JSON.stringify({ format: 'switchboard-chats', version: 1, conversations: [sample('a'), broken] });
    const result = parseImport(text, { existing: new Map(), newId: noIds });
    expect(result.ok && result.skipped).toBe(1);
    expect(result.ok && result.conversations.map((c) => c.id)).toEqual(['a']);
  });

  it('keeps both on an id clash by giving the import a new id', () => {
    const stored = sample('a');
    const changed = updateNode(sample('a'), 'a', (n) => ({ ...n, content: 'Different answer' }));
    let n = 0;
    const result = parseImport(exportToJson([changed], 1), {
      existing: new Map([['a', stored]]),
      newId: () => `new-${++n}`,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.renamed).toEqual([{ from: 'a', to: 'new-1' }]);
    expect(result.conversations[0]?.id).toBe('new-1');
    expect(result.conversations[0]?.nodes.a?.content).toBe('Different answer');
  });

  it('does not import an identical copy twice', () => {
    const stored = sample('a');
    const result = parseImport(exportToJson([stored], 1), { existing: new Map([['a', stored]]), newId: noIds });
    expect(result).toMatchObject({ ok: true, conversations: [], duplicates: ['a'] });
  });

  it('renames clashes inside the file and with ids known only as used', () => {
    let n = 0;
    const ids = ['used', 'fresh'];
    const result = parseImport(
      exportToJson([sample('a'), updateNode(sample('a'), 'u', (x) => ({ ...x, content: 'v2' }))], 1),
      {
        existing: new Map(),
        usedIds: new Set(['used']),
        newId: () => ids[n++] ?? 'never',
      },
    );
    expect(result.ok && result.conversations.map((c) => c.id)).toEqual(['a', 'fresh']);
  });

  it('imports a streaming answer as interrupted', () => {
    const c = chatWithTurns(
      [{ ask: 'q', ids: ['u', 'a'], lease_until: Number.MAX_SAFE_INTEGER, answer: { content: 'half' } }],
      { id: 's' },
    );
    const result = parseImport(exportToJson([c], 1), { existing: new Map(), newId: noIds });
    const node = result.ok ? result.conversations[0]?.nodes.a : undefined;
    expect(node).toMatchObject({ status: 'interrupted', content: 'half' });
    expect(node?.lease_until).toBeUndefined();
  });

  it('never lets a file switch on remote images: imported chats get show_images off', async () => {
    const shown = { ...sample('a'), show_images: true };
    const parsed = parseImport(exportToJson([shown], 1), { existing: new Map(), newId: noIds });
    expect(parsed.ok && parsed.conversations.map((c) => c.show_images)).toEqual([undefined]);
    const store = freshStore();
    await importIntoStore(exportToJson([{ ...sample('b'), show_images: true }], 1), store, noIds);
    expect((await getConversation('b', store))?.show_images).toBeUndefined();
  });

  it('still sees a stored chat with images on as a duplicate of its own export', () => {
    const stored = { ...sample('a'), show_images: true };
    const result = parseImport(exportToJson([stored], 1), { existing: new Map([['a', stored]]), newId: noIds });
    expect(result).toMatchObject({ ok: true, conversations: [], duplicates: ['a'] });
  });

  it('scrubs credentials from imported files too', () => {
    const c = updateNode(sample('a'), 'a', (n) => ({ ...n, status: 'error', error: leakyError }));
    const raw = JSON.stringify({ format: 'switchboard-chats', version: 1, exported_at: 1, conversations: [c] });
    const result = parseImport(raw, { existing: new Map(), newId: noIds });
    expect(JSON.stringify(result)).not.toContain('sk-live-123');
  });
});

describe('importIntoStore', () => {
  it('stores imports without overwriting existing conversations', async () => {
    const store = freshStore();
    const mine = sample('a');
    await putConversation(mine, store);
    const theirs = updateNode(sample('a'), 'a', (n) => ({ ...n, content: 'Theirs' }));
    const result = await importIntoStore(exportToJson([theirs, sample('b')], 1), store, () => 'a-copy');
    expect(result).toMatchObject({ ok: true, renamed: [{ from: 'a', to: 'a-copy' }] });
    expect((await keys(store)).filter((k) => String(k).startsWith('chat:')).sort()).toEqual([
      'chat:a',
      'chat:a-copy',
      'chat:b',
    ]);
    expect((await getConversation('a', store))?.nodes.a?.content).toBe('Answer');
    expect((await getConversation('a-copy', store))?.nodes.a?.content).toBe('Theirs');
  });

  it('writes nothing when the file is rejected', async () => {
    const store = freshStore();
    const result = await importIntoStore('{"format":"other"}', store);
    expect(result.ok).toBe(false);
    expect(await keys(store)).toEqual([]);
  });
});

/** JSON text of a list nested `depth` deep (built as text: JSON.stringify itself cannot go that deep). */
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** A chats file of these entries, given as JSON texts. */
const chatsFileOf = (entries: string[]) =>
  `{"format":"switchboard-chats","version":1,"exported_at":1,"conversations":[${entries.join(',')}]}`;

describe('imports are all or nothing and say what they skipped', () => {
  it('a later entry nested 100,000 deep: nothing is stored, a clear error, no throw', async () => {
    const store = freshStore();
    const deep = JSON.stringify(sample('b')).replace(/}$/, `,"extra":${nested(100_000)}}`);
    const result = await importIntoStore(chatsFileOf([JSON.stringify(sample('a')), deep]), store);
    expect(result).toEqual({ ok: false, error: expect.stringContaining('nested too deeply') });
    expect(await keys(store)).toEqual([]);
  });

  it('stores the valid entries and names each one it skipped, with why', async () => {
    const store = freshStore();
    const untitled = JSON.stringify({ ...sample('c'), title: 7 });
    const result = await importIntoStore(chatsFileOf([JSON.stringify(sample('a')), '"junk"', untitled]), store);
    expect(result).toMatchObject({ ok: true, skipped: 2, total: 3 });
    expect(result.ok && result.invalid).toEqual(['entry 2 is not an object.', 'entry 3.title must be text.']);
    expect((await keys(store)).map(String).sort()).toEqual(['chat:a', 'summary:a']);
  });
});
