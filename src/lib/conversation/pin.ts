// Pinning a conversation: a view choice kept in the record (so every tab and every export sees it),
// versioned with the other conversation-level fields by meta_rev (the caller bumps it). Pure.
import type { Conversation } from './types.ts';

/** `conv` pinned or not; updated_at stays, so unpinning puts a chat back where it was. */
export function setPinned(conv: Conversation, pinned: boolean): Conversation {
  if ((conv.pinned === true) === pinned) return conv;
  if (pinned) return { ...conv, pinned: true };
  const { pinned: _dropped, ...rest } = conv;
  return rest;
}
