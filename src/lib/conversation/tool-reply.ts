// Answering a tool call by hand: which calls of an answer still wait for a reply, and the reply as a
// 'tool' message under the current leaf. Pure; the caller starts the next answer once none wait.
import { activePath, nodeOrThrow } from './branches.ts';
import { attach, type NewNodeAt } from './tree.ts';
import type { Conversation, MessageNode, ToolCall } from './types.ts';

/**
 * The calls of answer `assistantId` with no reply yet, when the branch ends at it or at tool replies
 * right after it (the only place a reply can go); otherwise none.
 */
export function unansweredCalls(conv: Conversation, assistantId: string): ToolCall[] {
  const path = activePath(conv);
  const at = path.findIndex((n) => n.id === assistantId);
  const node = path[at];
  if (!node || node.role !== 'assistant' || node.status === 'streaming' || !node.tool_calls) return [];
  const after = path.slice(at + 1);
  if (after.some((n) => n.role !== 'tool')) return [];
  const answered = new Set(after.map((n) => n.tool_call_id));
  return node.tool_calls.filter((c) => !answered.has(c.id));
}

/** `content` as the reply to call `callId` of answer `assistantId`, under the current leaf. Throws for a call that does not wait. */
export function appendToolReply(
  conv: Conversation,
  assistantId: string,
  callId: string,
  content: string,
  at: NewNodeAt,
): Conversation {
  nodeOrThrow(conv, assistantId);
  if (!unansweredCalls(conv, assistantId).some((c) => c.id === callId)) {
    throw new Error(`Call ${callId} of message ${assistantId} does not wait for a reply`);
  }
  const leaf = activePath(conv).at(-1) as MessageNode;
  const node: MessageNode = {
    id: at.id,
    parent_id: leaf.id,
    children: [],
    role: 'tool',
    tool_call_id: callId,
    content,
    status: 'complete',
    created_at: at.now,
  };
  return attach(conv, node, at.now);
}
