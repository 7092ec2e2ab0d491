// The app-wide keyboard shortcuts: which action a key press means (pure, so the app only carries it
// out), and the list the "Keyboard shortcuts" dialog shows.

export type ShortcutAction = 'new-chat' | 'search-chats' | 'focus-message' | 'escape' | 'show-shortcuts';

export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  isComposing: boolean;
}

/** Enough of an element to tell whether keys typed into it are text. */
export interface FocusedLike {
  tagName: string;
  isContentEditable?: boolean;
  type?: string;
}

const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color', 'image']);

/** Whether a key press in this element types (so plain keys like "/" are text, not shortcuts). */
export function isTextEntry(el: FocusedLike | null | undefined): boolean {
  if (!el) return false;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select' || el.isContentEditable === true) return true;
  return tag === 'input' && !NON_TEXT_INPUTS.has((el.type ?? 'text').toLowerCase());
}

/** The shortcut this key press means, if any; `typing` says whether focus is in a text field. */
export function shortcutFor(e: ShortcutKey, typing: boolean): ShortcutAction | undefined {
  if (e.isComposing || e.altKey) return undefined;
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (mod && e.shiftKey && key === 'o') return 'new-chat';
  if (mod && !e.shiftKey && key === 'k') return 'search-chats';
  if (mod) return undefined;
  if (key === 'Escape') return e.shiftKey ? 'focus-message' : 'escape';
  if (typing) return undefined;
  if (key === '/' && !e.shiftKey) return 'focus-message';
  if (key === '?') return 'show-shortcuts';
  return undefined;
}
