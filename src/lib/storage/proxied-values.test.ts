// The storage boundary takes what the UI hands it even when it is wrapped in reactive proxies (Svelte's
// $state), which structured clone refuses: every write path stores a plain copy instead of failing.
import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { Connection } from '../connections/types.ts';
import { assistantNode, conversationOf, userNode } from '../conversation/testing/builders.ts';
import { getConversation, listConversations, putConversation } from './chats-repo.ts';
import { listConnections, putConnection } from './connections-repo.ts';
import { replayJournal, writeJournal } from './unload-journal.ts';

let n = 0;
const fresh = (name = 'conversations') => createStore(`proxied-${++n}`, name);

/** Wraps every object and array of `value` in a Proxy, as $state does. */
function deepProxy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  const copy = (
    Array.isArray(value)
      ? value.map(deepProxy)
      : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepProxy(v)]))
  ) as T & object;
  return new Proxy(copy, {});
}

const chat = conversationOf(
  [userNode('u', { content: 'question' }), assistantNode('a', { parent_id: 'u', content: 'answer' })],
  { title: 'Proxied', params: { temperature: 0.5 } },
);

describe('writes of proxied values', () => {
  it('the proxy really is refused by structured clone', () => {
    expect(() => structuredClone(deepProxy(chat))).toThrow();
  });

  it('putConversation stores a new conversation handed over as a proxy, with its summary', async () => {
    const store = fresh();
    await putConversation(deepProxy(chat), store);
    expect(await getConversation('c', store)).toEqual(chat);
    expect((await listConversations(store)).map((s) => s.title)).toEqual(['Proxied']);
  });

  it('putConversation merges a proxied copy into a stored one', async () => {
    const store = fresh();
    await putConversation(chat, store);
    const more = conversationOf([...Object.values(chat.nodes), userNode('u2', { parent_id: 'a', content: 'more' })], {
      title: 'Proxied',
    });
    await putConversation(deepProxy(more), store);
    expect(Object.keys((await getConversation('c', store))?.nodes ?? {}).sort()).toEqual(['a', 'u', 'u2']);
  });

  it('putConnection stores a proxied connection', async () => {
    const store = fresh('connections');
    const connection: Connection = {
      id: 'x',
      name: 'X',
      mode: 'openai_compatible',
      base_url: 'http://localhost:8080/v1',
      params: { stop: ['a'], extra: { nested: true } },
      enabled: true,
      created_at: 1,
      updated_at: 1,
    };
    await putConnection(deepProxy(connection), store);
    expect(await listConnections(store)).toEqual([connection]);
  });

  it('the unload journal takes proxied conversations', async () => {
    const store = fresh();
    await writeJournal([deepProxy(chat)], 'tab', store);
    expect(await replayJournal(store, store)).toEqual(['c']);
    expect(await getConversation('c', store)).toEqual(chat);
  });
});
