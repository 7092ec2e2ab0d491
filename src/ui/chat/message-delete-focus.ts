// Where focus goes when a deleted message's button leaves the page: to the toast's Undo, so Enter undoes,
// or to the message box when there is no toast; and to the message box once Undo is done.
import { focusById, focusMessageBox } from '../shared/message-box.ts';

export const UNDO_MESSAGE_DELETE_ID = 'undo-message-delete';

/** Runs the delete, moving focus as soon as the page shows it (not after the save). */
export async function deleteWithFocus(remove: () => Promise<void>): Promise<void> {
  const done = remove();
  if (!(await focusById(UNDO_MESSAGE_DELETE_ID))) await focusMessageBox();
  await done;
}

/** Runs the undo, then puts focus in the message box (the Undo button is gone). */
export async function undoWithFocus(undo: () => Promise<void>): Promise<void> {
  const done = undo();
  await focusMessageBox();
  await done;
}
