// The chat's message box and search field by id, so shortcuts, the skip link and actions that end
// (Stop, a sent edit, a deleted chat) can put focus back where typing continues.
import { tick } from 'svelte';

export const MESSAGE_BOX_ID = 'message-input';
export const CHAT_SEARCH_ID = 'chat-search';

/** Focuses the element with this id once the page has caught up; false when it is not on the page. */
export async function focusById(id: string): Promise<boolean> {
  await tick();
  const el = document.getElementById(id);
  el?.focus();
  return el !== null;
}

export const focusMessageBox = (): Promise<boolean> => focusById(MESSAGE_BOX_ID);
