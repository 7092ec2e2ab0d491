// Continue after Stop or a length cut: the same answer streams again and the model's next words are
// appended to it (no new message). Pure.
import { STREAM_LEASE_MS } from './recover.ts';
import { nodeOrThrow } from './branches.ts';
import { updateNode } from './tree.ts';
import type { Conversation, MessageNode } from './types.ts';

/** An answer that stopped early (stopped by the user, or cut at the token limit) with text to carry on from, and nothing under it. */
export function canContinue(node: MessageNode): boolean {
  const cut = node.status === 'aborted' || (node.status === 'complete' && node.finish_reason?.unified === 'length');
  return node.role === 'assistant' && cut && node.content.trim() !== '' && node.children.length === 0;
}

/**
 * `conv` shown along answer `id` (the request's last message is then that answer) and, as `streaming`,
 * the same answer streaming again under a fresh lease; its old ending (finish reason, stats) is dropped.
 */
export function continueAnswer(
  conv: Conversation,
  id: string,
  now: number,
): { shown: Conversation; streaming: Conversation } {
  const node = nodeOrThrow(conv, id);
  if (!canContinue(node)) throw new Error(`Message ${id} cannot be continued`);
  const shown: Conversation = { ...conv, current_leaf_id: id };
  const streaming = updateNode(
    shown,
    id,
    ({ finish_reason: _f, usage: _u, timings: _t, error: _e, ...rest }) => ({
      ...rest,
      status: 'streaming',
      lease_until: now + STREAM_LEASE_MS,
    }),
    now,
  );
  return { shown, streaming };
}
