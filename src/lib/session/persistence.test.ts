import { describe, expect, it } from 'vitest';
import { appendUserMessage, createConversation, renameConversation } from '../conversation/tree.ts';
import type { Conversation } from '../conversation/types.ts';
import type { ChatsChange } from '../storage/chats-channel.ts';
import type { StorageProblem } from '../storage/storage-errors.ts';
import {
  JOURNAL_INTERVAL_MS,
  SAVE_INTERVAL_MS,
  SAVE_RETRY_MS,
  SessionPersistence,
  type PersistenceDeps,
} from './persistence.ts';
import { FakeClock, settle } from './testing/fake-clock.ts';

const chat = (id: string, text = 'Hello'): Conversation =>
  appendUserMessage(createConversation(1, id), text, { id: `${id}-u`, now: 2 });

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A persistence over an in-memory store whose writes can be made to fail. */
function setup(overrides: Partial<PersistenceDeps> = {}) {
  const clock = new FakeClock();
  const stored = new Map<string, Conversation>();
  const puts: Conversation[] = [];
  const posts: ChatsChange[] = [];
  const saved: string[] = [];
  const problems: (StorageProblem | null)[] = [];
  const newer: Conversation[] = [];
  const journals: { convs: readonly Conversation[]; tabId: string }[] = [];
  const dropped: { ids: readonly string[]; tabId: string }[] = [];
  const io = { failWith: undefined as unknown };
  const persistence = new SessionPersistence({
    tabId: 'tab-1',
    channel: { post: (change) => posts.push(change) },
    onSaved: (id) => saved.push(id),
    onProblem: (problem) => problems.push(problem),
    onNewerMeta: (conv) => newer.push(conv),
    put: async (conv) => {
      if (io.failWith) throw io.failWith;
      puts.push(conv);
      stored.set(conv.id, conv);
      return conv;
    },
    remove: async (id) => void stored.delete(id),
    replay: async () => [],
    writeJournal: async (convs, tabId) => void journals.push({ convs, tabId }),
    dropJournal: async (ids, tabId) => void dropped.push({ ids, tabId }),
    clock,
    ...overrides,
  });
  return { persistence, clock, stored, puts, posts, saved, problems, newer, journals, dropped, io };
}

describe('SessionPersistence', () => {
  it('writes queued snapshots at most once per interval, always the latest, and tells other tabs', async () => {
    const { persistence: p, clock, puts, posts, saved } = setup();
    const v1 = chat('a');
    p.queue(v1);
    expect(p.isSaved('a')).toBe(false);
    await settle();
    expect(puts).toEqual([v1]);
    expect(p.isSaved('a')).toBe(true);
    expect(posts).toEqual([{ type: 'changed', id: 'a' }]);
    expect(saved).toEqual(['a']);

    const v2 = renameConversation(v1, 'two', 3);
    const v3 = renameConversation(v1, 'three', 4);
    p.queue(v2);
    p.queue(v3);
    await settle();
    expect(puts).toEqual([v1]); // inside the interval: nothing yet
    expect(p.isSaved('a')).toBe(false);
    await clock.advance(SAVE_INTERVAL_MS);
    expect(puts).toEqual([v1, v3]);
    expect(p.isSaved('a')).toBe(true);
  });

  it('save() writes at once and resolves once written; a conversation never queued counts as saved', async () => {
    const { persistence: p, stored } = setup();
    expect(p.isSaved('nothing')).toBe(true);
    expect(p.isSaved(undefined)).toBe(true);
    await p.save(chat('b'));
    expect(stored.get('b')?.title).toBe('Hello');
    expect(p.isSaved('b')).toBe(true);
  });

  it('a failed save sets a problem, retries on its own, and clears the problem once a write succeeds', async () => {
    const { persistence: p, clock, io, stored, problems } = setup();
    io.failWith = quotaError();
    await p.save(chat('c')); // never rejects
    expect(p.problem?.kind).toBe('quota');
    expect(problems.at(-1)?.kind).toBe('quota');
    expect(p.isSaved('c')).toBe(false);

    await clock.advance(SAVE_RETRY_MS); // still no room
    expect(p.problem?.kind).toBe('quota');
    expect(stored.has('c')).toBe(false);

    io.failWith = undefined; // room again
    await clock.advance(SAVE_RETRY_MS);
    expect(stored.get('c')?.id).toBe('c');
    expect(p.problem).toBeNull();
    expect(problems.at(-1)).toBeNull();
    expect(p.isSaved('c')).toBe(true);
    expect(clock.pending).toBe(0); // the retry stopped
  });

  it('a failed read shows its problem until the next retry finds nothing pending', async () => {
    const { persistence: p, clock } = setup();
    p.failed(new DOMException('gone', 'InvalidStateError'));
    expect(p.problem?.kind).toBe('unavailable');
    await clock.advance(SAVE_RETRY_MS);
    expect(p.problem).toBeNull();
    expect(clock.pending).toBe(0);
  });

  it('never writes a deleted conversation again, not even what was pending, until it is revived', async () => {
    const { persistence: p, clock, puts } = setup();
    const v1 = chat('d');
    p.queue(v1);
    await settle();
    p.queue(renameConversation(v1, 'pending', 3)); // waits for the interval
    p.forget('d');
    expect(p.isDeleted('d')).toBe(true);
    await clock.advance(SAVE_INTERVAL_MS * 4);
    await p.save(renameConversation(v1, 'after delete', 5));
    await p.flush();
    expect(puts).toEqual([v1]);
    expect(p.notInStorage([], null)).toEqual([]);

    p.revive('d');
    const restored = renameConversation(v1, 'restored', 6);
    await p.save(restored);
    expect(puts).toEqual([v1, restored]);
  });

  it('remove() deletes the record and tells other tabs', async () => {
    const { persistence: p, stored, posts, saved } = setup();
    await p.save(chat('e'));
    p.forget('e');
    await p.remove('e');
    expect(stored.has('e')).toBe(false);
    expect(posts.at(-1)).toEqual({ type: 'deleted', id: 'e' });
    expect(saved.at(-1)).toBe('e');
  });

  it('reports another tab’s newer rename or settings that came back from a write', async () => {
    const v1 = chat('f');
    const merged = { ...v1, title: 'Renamed elsewhere', meta_rev: 7 };
    const { persistence: p, newer } = setup({ put: async () => merged });
    await p.save({ ...v1, meta_rev: 1 });
    expect(newer).toEqual([merged]);
    await p.save({ ...v1, meta_rev: 7 });
    expect(newer).toHaveLength(1);
  });

  it('journals what is not written, plus the live copies, but nothing deleted', async () => {
    const { persistence: p, io, journals } = setup();
    io.failWith = quotaError();
    const unsaved = chat('g');
    await p.save(unsaved);
    const gone = chat('h');
    await p.save(gone);
    p.forget('h');
    const streaming = chat('i', 'streaming');
    p.journal([streaming, gone]);
    expect(journals.at(-1)).toEqual({ convs: [unsaved, streaming], tabId: 'tab-1' });
  });

  it('journals streamed snapshots as they come, at most once per JOURNAL_INTERVAL_MS, while writes lag', async () => {
    // a burst keeps the page so busy that the read-merge-write of a save does not finish before a reload
    const { persistence: p, clock, journals } = setup({ put: () => new Promise<Conversation>(() => {}) });
    const v1 = chat('s', 'one');
    p.queue(v1);
    // at once, in the same task as the snapshot that is painted: no timer has to fire first
    expect(journals).toEqual([{ convs: [v1], tabId: 'tab-1' }]);
    const v2 = chat('s', 'two');
    const v3 = chat('s', 'three');
    p.queue(v2);
    p.queue(v3);
    expect(journals).toHaveLength(1);
    await clock.advance(JOURNAL_INTERVAL_MS - 1);
    expect(journals).toHaveLength(1);
    await clock.advance(1);
    expect(journals.map((j) => j.convs)).toEqual([[v1], [v3]]);
    // a snapshot queued long after the last journal write is journalled at once again
    await clock.advance(10 * JOURNAL_INTERVAL_MS);
    const v4 = chat('s', 'four');
    p.queue(v4);
    expect(journals.map((j) => j.convs)).toEqual([[v1], [v3], [v4]]);
    expect(JOURNAL_INTERVAL_MS).toBeLessThanOrEqual(SAVE_INTERVAL_MS);
  });

  it("journals the first snapshot after everything was written at once (a turn's first frame after its save)", async () => {
    const { persistence: p, journals } = setup();
    await p.save(chat('f', 'the turn, stored'));
    const first = chat('f', 'first frame');
    p.queue(first); // well within JOURNAL_INTERVAL_MS of the save's journal write
    expect(journals.at(-1)?.convs).toEqual([first]);
  });

  it('journals a save at once, even within the interval (a Stop, the end of a turn)', () => {
    const { persistence: p, journals } = setup({ put: () => new Promise<Conversation>(() => {}) });
    p.queue(chat('t', 'one'));
    p.queue(chat('t', 'two'));
    const stopped = chat('t', 'two, stopped');
    void p.save(stopped);
    expect(journals.at(-1)?.convs).toEqual([stopped]);
  });

  it('journals a due snapshot at once even when its timer never ran (a page busy with a burst)', () => {
    const clock = new FakeClock();
    const starved = { ...clock, setTimeout: () => 1, clearTimeout: () => {} }; // timers that never fire
    const { persistence: p, journals } = setup({ clock: starved, put: () => new Promise<Conversation>(() => {}) });
    p.queue(chat('b', 'one'));
    p.queue(chat('b', 'two')); // sets the timer that will not run
    clock['time'] += JOURNAL_INTERVAL_MS;
    const v3 = chat('b', 'three');
    p.queue(v3);
    expect(journals.at(-1)?.convs).toEqual([v3]);
  });

  it('journals nothing more once everything queued is written, and drops its stale entry', async () => {
    const { persistence: p, clock, journals, dropped } = setup();
    p.queue(chat('w', 'one'));
    p.queue(chat('w', 'two'));
    await p.flush();
    await clock.advance(10 * JOURNAL_INTERVAL_MS);
    expect(journals).toHaveLength(1);
    // else the next start would merge the old snapshot in, or bring back a chat deleted since
    expect(dropped).toEqual([{ ids: ['w'], tabId: 'tab-1' }]);
    await p.save(chat('w', 'three'));
    // a save journals too (the page may go before it lands), and drops the entry once written
    expect(dropped).toHaveLength(2);
    await p.flush();
    expect(dropped).toHaveLength(2);
  });

  it('drops the journal entry of a conversation deleted before it was written', async () => {
    const { persistence: p, dropped } = setup({ put: () => new Promise<Conversation>(() => {}) });
    p.queue(chat('x'));
    p.forget('x');
    expect(dropped).toEqual([{ ids: ['x'], tabId: 'tab-1' }]);
  });

  it('lists what may not be in storage with the open chat first', async () => {
    const { persistence: p, io } = setup();
    io.failWith = quotaError();
    const unsaved = chat('j');
    const open = chat('k');
    await p.save(unsaved);
    await p.save(open);
    const live = chat('l');
    expect(p.notInStorage([live], open)).toEqual([open, unsaved, live]);
    expect(p.notInStorage([], null)).toEqual([unsaved, open]);
  });

  it('announces the conversations a closed tab journalled, once they are merged in', async () => {
    const { persistence: p, posts, saved } = setup({ replay: async () => ['m', 'n'] });
    await p.ready;
    expect(posts).toEqual([
      { type: 'changed', id: 'm' },
      { type: 'changed', id: 'n' },
    ]);
    expect(saved).toEqual(['m', 'n']);
  });

  it('is ready even when the journal cannot be read', async () => {
    const { persistence: p } = setup({ replay: () => Promise.reject(quotaError()) });
    await expect(p.ready).resolves.toBeUndefined();
  });
});

describe('SessionPersistence and the pieces of long answers', () => {
  const piece = (index: number, convId = 'a') => ({ convId, nodeId: 'n', index, text: `piece ${index}` });

  it('writes queued pieces no journal wrote with the next write of their conversation, and shows them until then', async () => {
    const withPieces: { id: string; pieces: number[] }[] = [];
    const { persistence: p, clock } = setup({
      put: async (conv, pieces) => (withPieces.push({ id: conv.id, pieces: pieces.map((x) => x.index) }), conv),
      writeJournal: () => Promise.reject(quotaError()),
    });
    p.queuePieces('a', [piece(0), piece(1)]);
    expect(p.unwrittenPiece('a', 'n', 1)).toBe('piece 1');
    await p.save(chat('a'));
    p.queuePieces('a', [piece(2)]);
    await p.save(chat('a', 'again'));
    await p.save(chat('a', 'and again'));
    await clock.advance(SAVE_INTERVAL_MS); // the write a failed journal asks for
    await p.flush();
    // each once, with a write of their conversation (the failed journals make that write come sooner or later)
    expect(withPieces[0]).toEqual({ id: 'a', pieces: [0, 1] });
    expect(withPieces.flatMap((w) => w.pieces)).toEqual([0, 1, 2]);
    expect(p.unwrittenPiece('a', 'n', 1)).toBeUndefined();
  });

  it('does not write a piece again that the journal has written (a piece never changes)', async () => {
    const written: number[][] = [];
    const journalled: number[][] = [];
    const { persistence: p, clock } = setup({
      put: async (conv, pieces) => (written.push(pieces.map((x) => x.index)), conv),
      writeJournal: async (_convs, _tab, pieces) => void journalled.push(pieces.map((x) => x.index)),
    });
    p.queue(chat('a')); // written at once
    await settle();
    p.queuePieces('a', [piece(0), piece(1)]);
    p.queue(chat('a', 'more')); // journalled at once, pieces and all; written within the interval
    await settle();
    await clock.advance(SAVE_INTERVAL_MS);
    await p.flush();
    expect(journalled.flat()).toEqual([0, 1]);
    // the second write carries the record only
    expect(written).toEqual([[], []]);
    expect(p.unwrittenPiece('a', 'n', 0)).toBeUndefined();
  });

  it('keeps pieces whose write failed for the retry, and journals them for a closing page', async () => {
    const journalled: number[][] = [];
    const { persistence: p, io } = setup({
      writeJournal: async (_convs, _tab, pieces) => void journalled.push(pieces.map((x) => x.index)),
    });
    io.failWith = quotaError();
    p.queuePieces('a', [piece(0)]);
    await p.save(chat('a'));
    expect(p.unwrittenPiece('a', 'n', 0)).toBe('piece 0');
    expect(journalled).toEqual([[0]]); // save() journals at once
    p.queuePieces('a', [piece(1)]);
    p.journal([]);
    // the record is journalled again; of the pieces only the new one (a piece never changes)
    expect(journalled).toEqual([[0], [1]]);
  });

  it('journals a piece again when its journal write failed', async () => {
    const journalled: number[][] = [];
    const { persistence: p, io } = setup({
      writeJournal: async (_convs, _tab, pieces) => {
        journalled.push(pieces.map((x) => x.index));
        throw quotaError();
      },
    });
    io.failWith = quotaError();
    p.queuePieces('a', [piece(0)]);
    await p.save(chat('a'));
    p.journal([]);
    expect(journalled).toEqual([[0], [0]]);
  });

  it('drops the pieces of a deleted conversation', () => {
    const { persistence: p } = setup();
    p.queuePieces('a', [piece(0)]);
    p.forget('a');
    expect(p.unwrittenPiece('a', 'n', 0)).toBeUndefined();
  });

  it('writes image bytes with the next save and keeps them (for the screen and the retry) while saving fails', async () => {
    const written: string[][] = [];
    const { persistence: p, io } = setup({
      put: async (conv, _pieces, images) => {
        if (io.failWith) throw io.failWith;
        written.push(images.map((i) => i.id));
        return conv;
      },
    });
    const blob = new Blob([new Uint8Array([1])], { type: 'image/png' });
    io.failWith = quotaError();
    p.queueImages('a', [{ convId: 'a', id: 'i1', blob }]);
    await p.save(chat('a'));
    expect(p.problem).not.toBeNull();
    expect(p.unwrittenImage('a', 'i1')).toBe(blob);
    io.failWith = undefined;
    await p.save(chat('a', 'again'));
    expect(written).toEqual([['i1']]);
    expect(p.unwrittenImage('a', 'i1')).toBeUndefined();
  });
});
