import { describe, expect, it } from 'vitest';
import {
  appendUserMessage,
  createConversation,
  renameConversation,
  startAssistantMessage,
  updateNode,
} from '../conversation/tree.ts';
import type { Conversation } from '../conversation/types.ts';
import type { ChatsChange } from '../storage/chats-channel.ts';
import { CrossTabSync, mergeStored, type SyncDeps } from './cross-tab-sync.ts';
import { LiveStreams } from './live-streams.ts';
import type { LockManagerLike } from './tab-liveness.ts';
import { FakeClock, settle } from './testing/fake-clock.ts';

const NOW = 1_000_000;

/** A conversation with a question 'u' and an answer 'a1' streaming under a lease until `leaseUntil`. */
function chat(id = 'c', leaseUntil = NOW + 10_000, owner?: string): Conversation {
  const asked = appendUserMessage(createConversation(1, id), 'Q', { id: 'u', now: 1 });
  const answering = startAssistantMessage(asked, 'u', { id: 'a1', now: 2, lease_until: leaseUntil });
  return owner ? updateNode(answering, 'a1', (a) => ({ ...a, lease_owner: owner })) : answering;
}

const withAnswer = (conv: Conversation, id: string): Conversation => startAssistantMessage(conv, 'u', { id, now: 5 });

/** A sync over in-memory storage, a fake channel, and a view standing in for the session's state. */
function setup(overrides: Partial<SyncDeps> = {}) {
  const clock = new FakeClock(NOW);
  const stored = new Map<string, Conversation>();
  const listeners: ((change: ChatsChange) => void)[] = [];
  const streams = new LiveStreams();
  const deleted = new Set<string>();
  const saved: Conversation[] = [];
  const failures: unknown[] = [];
  const forgotten: string[] = [];
  const revived: string[] = [];
  const reads: string[] = [];
  const view = { openId: 'c' as string | undefined, conv: null as Conversation | null, missing: false };
  const sync = new CrossTabSync({
    channel: { subscribe: (listener) => (listeners.push(listener), () => {}) },
    streams,
    persistence: {
      ready: Promise.resolve(),
      failed: (error) => void failures.push(error),
      isDeleted: (id) => deleted.has(id),
      revive: (id) => void revived.push(id),
      save: async (conv) => void saved.push(conv),
    },
    get: async (id) => (reads.push(id), stored.get(id)),
    clock,
    openId: () => view.openId,
    shown: () => view.conv,
    show: (conv) => {
      streams.update(conv);
      if (view.openId === conv.id) view.conv = conv;
    },
    showMissing: () => ((view.conv = null), (view.missing = true)),
    forget: (id) => void forgotten.push(id),
    ...overrides,
  });
  const notify = (change: ChatsChange) => listeners.forEach((l) => l(change));
  return { sync, clock, stored, streams, deleted, saved, failures, forgotten, revived, reads, view, notify };
}

describe('mergeStored', () => {
  const at = { streamingHere: undefined, shown: null, now: NOW };

  it('shows another tab’s newer rename on this tab’s streaming copy, and nothing older', () => {
    const local = { ...chat(), meta_rev: 2 };
    const renamed = { ...renameConversation(chat(), 'Elsewhere', 9), meta_rev: 3 };
    const outcome = mergeStored({ stored: renamed, liveTabs: undefined }, { ...at, streamingHere: local });
    expect(outcome).toEqual({
      kind: 'meta',
      conv: { ...local, title: 'Elsewhere', title_is_custom: true, meta_rev: 3 },
    });
    const older = { ...renamed, meta_rev: 1 };
    expect(mergeStored({ stored: older, liveTabs: undefined }, { ...at, streamingHere: local })).toEqual({
      kind: 'keep',
    });
  });

  it('keeps a shown chat that is not stored yet; otherwise the chat is missing', () => {
    expect(mergeStored({ stored: undefined, liveTabs: undefined }, { ...at, shown: chat() })).toEqual({ kind: 'keep' });
    expect(mergeStored({ stored: undefined, liveTabs: undefined }, at)).toEqual({ kind: 'missing' });
  });

  it('merges what is stored with what is shown, never dropping either side’s answers', () => {
    const stored = withAnswer(chat(), 'theirs');
    const shown = withAnswer(chat(), 'mine');
    const outcome = mergeStored({ stored, liveTabs: undefined }, { ...at, shown });
    expect(outcome.kind).toBe('merged');
    if (outcome.kind === 'merged')
      expect(Object.keys(outcome.conv.nodes).sort()).toEqual(['a1', 'mine', 'theirs', 'u']);
  });

  it('ends a dead tab’s stream as interrupted and asks for a save; a live one stays', () => {
    const dead = mergeStored({ stored: chat('c', NOW + 10_000, 'gone'), liveTabs: new Set(['alive']) }, at);
    expect(dead).toMatchObject({ kind: 'merged', recovered: true, conv: { nodes: { a1: { status: 'interrupted' } } } });
    const lapsed = mergeStored({ stored: chat('c', NOW - 1), liveTabs: undefined }, at);
    expect(lapsed).toMatchObject({
      kind: 'merged',
      recovered: true,
      conv: { nodes: { a1: { status: 'interrupted' } } },
    });
    const live = mergeStored({ stored: chat('c', NOW + 10_000, 'alive'), liveTabs: new Set(['alive']) }, at);
    expect(live).toMatchObject({ kind: 'merged', recovered: false, conv: { nodes: { a1: { status: 'streaming' } } } });
  });
});

describe('CrossTabSync', () => {
  it('shows another tab’s newer meta_rev while this tab streams the open chat', async () => {
    const t = setup();
    const local = { ...chat(), meta_rev: 1 };
    t.streams.begin(local, 'a1');
    t.view.conv = local;
    t.stored.set('c', { ...renameConversation(chat(), 'Renamed there', 9), meta_rev: 4 });
    t.notify({ type: 'changed', id: 'c' });
    await settle();
    expect(t.view.conv?.title).toBe('Renamed there');
    expect(t.view.conv?.nodes).toEqual(local.nodes);
    expect(t.streams.copy('c')?.title).toBe('Renamed there');
    expect(t.saved).toEqual([]);
  });

  it('follows other tabs’ notices: a delete is forgotten, a change revives and re-reads only the open chat', async () => {
    const t = setup();
    t.notify({ type: 'deleted', id: 'x' });
    expect(t.forgotten).toEqual(['x']);
    t.notify({ type: 'changed', id: 'other' });
    await settle();
    expect(t.revived).toEqual(['other']);
    expect(t.reads).toEqual([]);
    t.stored.set('c', chat());
    t.notify({ type: 'changed', id: 'c' });
    await settle();
    expect(t.reads).toEqual(['c']);
    expect(t.view.conv?.id).toBe('c');
  });

  it('says the open chat is missing when nothing is stored', async () => {
    const t = setup();
    await t.sync.reload('c');
    expect(t.view).toMatchObject({ conv: null, missing: true });
  });

  it('keeps what is shown and reports the problem when storage cannot be read', async () => {
    const error = new DOMException('gone', 'InvalidStateError');
    const t = setup({ get: () => Promise.reject(error) });
    t.view.conv = chat();
    await t.sync.reload('c');
    expect(t.failures).toEqual([error]);
    expect(t.view.conv?.id).toBe('c');
  });

  it('ignores a read that another open chat or a delete overtook', async () => {
    const t = setup();
    t.stored.set('c', chat());
    const reading = t.sync.reload('c');
    t.view.openId = 'other';
    await reading;
    expect(t.view.conv).toBeNull();
    t.view.openId = 'c';
    t.deleted.add('c');
    await t.sync.reload('c');
    expect(t.view.conv).toBeNull();
  });

  it('ends a stream whose tab holds no Web Lock any more, and saves that at once', async () => {
    const locks: LockManagerLike = {
      request: () => new Promise(() => {}),
      query: async () => ({ held: [{ name: 'switchboard-tab:alive' }] }),
    };
    const t = setup({ locks });
    t.stored.set('c', chat('c', NOW + 10_000, 'closed-tab'));
    await t.sync.reload('c');
    expect(t.view.conv?.nodes.a1?.status).toBe('interrupted');
    expect(t.saved.map((c) => c.nodes.a1?.status)).toEqual(['interrupted']);
  });

  it('ends a stream the moment its tab goes away (its Web Lock is granted), long before the lease runs out', async () => {
    const held = new Set(['switchboard-tab:old-page']);
    const waiting: Array<{ name: string; grant: () => void }> = [];
    const locks: LockManagerLike = {
      request: (name, { signal }, callback) =>
        new Promise((resolve, reject) => {
          signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          waiting.push({ name, grant: () => void callback().then(resolve) });
        }),
      query: async () => ({ held: [...held].map((name) => ({ name })) }),
    };
    const t = setup({ locks });
    t.stored.set('c', chat('c', NOW + 15_000, 'old-page'));
    await t.sync.reload('c');
    // the reloaded page's lock was not released yet when it was asked: still streaming there
    expect(t.view.conv?.nodes.a1?.status).toBe('streaming');
    expect(waiting.map((w) => w.name)).toEqual(['switchboard-tab:old-page']);
    held.clear();
    waiting[0]!.grant();
    await settle();
    expect(t.view.conv?.nodes.a1?.status).toBe('interrupted');
    expect(t.saved.map((c) => c.nodes.a1?.status)).toEqual(['interrupted']);
  });

  it('keeps one wait per streaming tab while the same stream reports change after change', async () => {
    const signals: AbortSignal[] = [];
    const locks: LockManagerLike = {
      request: (_name, { signal }) => (signals.push(signal!), new Promise(() => {})),
      query: async () => ({ held: [{ name: 'switchboard-tab:other-tab' }] }),
    };
    const t = setup({ locks });
    t.stored.set('c', chat('c', NOW + 15_000, 'other-tab'));
    await t.sync.reload('c');
    await t.sync.reload('c');
    await t.sync.reload('c');
    expect(signals.map((s) => s.aborted)).toEqual([false]);
  });

  it('stops waiting for a tab when another chat is opened', async () => {
    const signals: AbortSignal[] = [];
    const locks: LockManagerLike = {
      request: (_name, { signal }) => (signals.push(signal!), new Promise(() => {})),
      query: async () => ({ held: [{ name: 'switchboard-tab:other-tab' }] }),
    };
    const t = setup({ locks });
    t.stored.set('c', chat('c', NOW + 15_000, 'other-tab'));
    await t.sync.reload('c');
    expect(signals.map((s) => s.aborted)).toEqual([false]);
    t.sync.cancelRecovery();
    expect(signals.map((s) => s.aborted)).toEqual([true]);
  });

  it('re-reads the open chat when another tab’s lease runs out, and recovers the stream then', async () => {
    const t = setup();
    t.stored.set('c', chat('c', NOW + 5_000));
    await t.sync.reload('c');
    expect(t.view.conv?.nodes.a1?.status).toBe('streaming');
    expect(t.saved).toEqual([]);
    await t.clock.advance(5_000 + 100);
    expect(t.view.conv?.nodes.a1?.status).toBe('interrupted');
    expect(t.saved).toHaveLength(1);
  });

  it('does not re-read after cancelRecovery() (another chat was opened)', async () => {
    const t = setup();
    t.stored.set('c', chat('c', NOW + 5_000));
    await t.sync.reload('c');
    t.sync.cancelRecovery();
    await t.clock.advance(60_000);
    expect(t.reads).toEqual(['c']);
  });

  it('shows a newer rename that came back from a write on the open or streaming copy only', () => {
    const t = setup();
    const renamed = { ...renameConversation(chat(), 'Back from a write', 9), meta_rev: 5 };
    t.sync.showNewerMeta({ ...renamed, id: 'elsewhere' });
    expect(t.view.conv).toBeNull();
    t.view.conv = chat();
    t.sync.showNewerMeta(renamed);
    expect(t.view.conv?.title).toBe('Back from a write');
    expect(t.view.conv?.meta_rev).toBe(5);
  });
});
