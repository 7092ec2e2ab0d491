// The pieces of long answers (conversation/pieces.ts) cut but not known to be in IndexedDB yet, and who
// puts each one: the journal (unload-journal.ts, at the stream's pace) or a save (persistence.ts). A piece
// never changes, so it is put once: a save leaves to the journal what the journal is putting or has put,
// and a journal of the stream's pace leaves to a save what that save is putting. Cloning a piece costs a
// quarter of a megabyte on the main thread; putting each one twice doubled that for a whole huge answer.
import type { PieceText } from '../conversation/pieces.ts';

export class PendingPieces {
  /** per conversation: pieces cut and not known to be stored yet (the screen reads them from here meanwhile) */
  private readonly byConv = new Map<string, PieceText[]>();
  /** pieces a journal write is putting or has put */
  private readonly journalled = new WeakSet<PieceText>();
  /** pieces a journal write has put for sure */
  private readonly journalStored = new WeakSet<PieceText>();
  /** pieces a save is putting */
  private readonly saving = new WeakSet<PieceText>();

  add(convId: string, pieces: readonly PieceText[]): void {
    if (pieces.length > 0) this.byConv.set(convId, [...(this.byConv.get(convId) ?? []), ...pieces]);
  }

  /** A piece not known to be stored yet, or undefined. */
  text(convId: string, nodeId: string, index: number): string | undefined {
    return this.byConv.get(convId)?.find((p) => p.nodeId === nodeId && p.index === index)?.text;
  }

  forget(convId: string): void {
    this.byConv.delete(convId);
  }

  /**
   * The pieces of `convIds` for a journal write to put, now counted as journalled. `streaming`: leave out
   * those a save is putting (a closing page's journal takes them too: that save may never land).
   */
  forJournal(convIds: Iterable<string>, streaming: boolean): PieceText[] {
    const fresh = [...convIds]
      .flatMap((id) => this.byConv.get(id) ?? [])
      .filter((p) => !this.journalled.has(p) && !(streaming && this.saving.has(p)));
    for (const piece of fresh) this.journalled.add(piece);
    return fresh;
  }

  /** The journal write of `pieces` landed, or failed (then a later journal or save puts them). */
  journalDone(pieces: readonly PieceText[], ok: boolean): void {
    for (const piece of pieces) {
      if (ok) this.journalStored.add(piece);
      else this.journalled.delete(piece);
    }
  }

  /**
   * For a save of `convId`: the pieces it must put (none that a journal is putting or has put), now counted
   * as being saved. Call saveDone() with the same list when the save ends.
   */
  forSave(convId: string): PieceText[] {
    const putting = (this.byConv.get(convId) ?? []).filter((p) => !this.journalled.has(p));
    for (const piece of putting) this.saving.add(piece);
    return putting;
  }

  /** A save of `convId` that took `putting` ended: when it landed, those and the journal's are stored. */
  saveDone(convId: string, putting: readonly PieceText[], ok: boolean): void {
    for (const piece of putting) this.saving.delete(piece);
    if (!ok) return;
    const left = (this.byConv.get(convId) ?? []).filter((p) => !putting.includes(p) && !this.journalStored.has(p));
    if (left.length > 0) this.byConv.set(convId, left);
    else this.byConv.delete(convId);
  }
}
