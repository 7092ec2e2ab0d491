import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteWithFocus, undoWithFocus, UNDO_MESSAGE_DELETE_ID } from './message-delete-focus.ts';
import { MESSAGE_BOX_ID } from '../shared/message-box.ts';

/** A page holding elements with these ids; returns the id that got focus last. */
function pageWith(ids: string[]): { focused: () => string | undefined } {
  let focused: string | undefined;
  vi.stubGlobal('document', {
    getElementById: (id: string) => (ids.includes(id) ? { focus: () => (focused = id) } : null),
  });
  return { focused: () => focused };
}

afterEach(() => vi.unstubAllGlobals());

describe('focus around a message delete', () => {
  it('goes to the Undo button when the toast shows, before the save has finished', async () => {
    const page = pageWith([UNDO_MESSAGE_DELETE_ID, MESSAGE_BOX_ID]);
    let finishSave = () => {};
    const saved = new Promise<void>((resolve) => (finishSave = resolve));
    const deleting = deleteWithFocus(() => saved);
    await vi.waitFor(() => expect(page.focused()).toBe(UNDO_MESSAGE_DELETE_ID));
    finishSave();
    await deleting;
  });

  it('goes to the message box when there is no toast', async () => {
    const page = pageWith([MESSAGE_BOX_ID]);
    await deleteWithFocus(async () => {});
    expect(page.focused()).toBe(MESSAGE_BOX_ID);
  });

  it('goes to the message box after Undo', async () => {
    const page = pageWith([UNDO_MESSAGE_DELETE_ID, MESSAGE_BOX_ID]);
    const undo = vi.fn(async () => {});
    await undoWithFocus(undo);
    expect(undo).toHaveBeenCalledOnce();
    expect(page.focused()).toBe(MESSAGE_BOX_ID);
  });
});
