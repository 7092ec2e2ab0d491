// Reading the conversation tree and moving around it: the branch the user is on, its request history,
// a node's siblings, and switching to another branch. Pure; unknown ids throw (a caller bug).
import type { ChatMessage } from '../providers/types.ts';
import { contentWithImages } from './attachments.ts';
import type { Attachment, Conversation, MessageNode } from './types.ts';
import { toChatToolCalls } from './tool-calls.ts';

export interface SiblingInfo {
  index: number;
  count: number;
  ids: string[];
}

/** The node `id`, or an error naming the conversation. */
export function nodeOrThrow(conv: Conversation, id: string): MessageNode {
  const node = conv.nodes[id];
  if (!node) throw new Error(`No message ${id} in conversation ${conv.id}`);
  return node;
}

/** The ids of `node` and its siblings, in creation order. */
export function siblingIds(conv: Conversation, node: MessageNode): string[] {
  return node.parent_id !== undefined ? (conv.nodes[node.parent_id]?.children ?? []) : conv.root_ids;
}

/**
 * The most recently created leaf under `id` (the node itself when it has no children): where the
 * user most likely was on that branch.
 */
export function latestLeafUnder(conv: Conversation, id: string): string {
  let best = id;
  let bestTime = -Infinity;
  const stack = [id];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const current = stack.pop() as string;
    if (seen.has(current)) continue;
    seen.add(current);
    const node = conv.nodes[current];
    if (!node) continue;
    const kids = node.children.filter((c) => c in conv.nodes);
    if (kids.length === 0 && node.created_at >= bestTime) {
      best = current;
      bestTime = node.created_at;
    }
    stack.push(...kids);
  }
  return best;
}

/** The current leaf, or, when it is missing or stale, the most recent leaf of the newest root. */
export function resolveLeafId(conv: Conversation): string | undefined {
  if (conv.current_leaf_id !== undefined && conv.current_leaf_id in conv.nodes) return conv.current_leaf_id;
  const lastRoot = conv.root_ids.filter((r) => r in conv.nodes).at(-1);
  return lastRoot === undefined ? undefined : latestLeafUnder(conv, lastRoot);
}

/** Root → current leaf, following the branch the user is on. */
export function activePath(conv: Conversation): MessageNode[] {
  const path: MessageNode[] = [];
  const seen = new Set<string>();
  let id = resolveLeafId(conv);
  while (id !== undefined && !seen.has(id)) {
    seen.add(id);
    const node = conv.nodes[id];
    if (!node) break;
    path.push(node);
    id = node.parent_id;
  }
  return path.reverse();
}

/**
 * The request history for the current branch: the system prompt first (when non-blank), then every
 * user and system node, and every assistant node that has text and is not still streaming. So an
 * answer cut short (interrupted, aborted, or an error after some text) is sent as the text the user
 * saw; an empty failed answer is skipped. Reasoning is never sent back. Consecutive user messages
 * (a reply typed under a failed, empty answer) are sent as they are; the tree is not rewritten.
 * A message's images go as content parts, with the data: URLs `imageUrl` gives (read beforehand).
 * An answer that called tools is sent with its calls (even without text), a tool reply with the id of its call.
 */
export function toChatMessages(
  conv: Conversation,
  imageUrl: (attachment: Attachment) => string | undefined = () => undefined,
): ChatMessage[] {
  const messages: ChatMessage[] = [];
  if (conv.system_prompt !== undefined && conv.system_prompt.trim() !== '') {
    messages.push({ role: 'system', content: conv.system_prompt });
  }
  for (const node of activePath(conv)) {
    const calls = node.role === 'assistant' && node.status !== 'streaming' ? (node.tool_calls ?? []) : [];
    if (calls.length > 0) {
      messages.push({ role: 'assistant', content: node.content, tool_calls: toChatToolCalls(calls) });
      continue;
    }
    if (node.role === 'assistant' && (node.status === 'streaming' || node.content.trim() === '')) continue;
    if (node.role === 'tool')
      messages.push({ role: 'tool', content: node.content, tool_call_id: node.tool_call_id ?? '' });
    else {
      const content = node.attachments ? contentWithImages(node.content, node.attachments, imageUrl) : node.content;
      messages.push({ role: node.role, content });
    }
  }
  return messages;
}

export function siblings(conv: Conversation, nodeId: string): SiblingInfo {
  const ids = siblingIds(conv, nodeOrThrow(conv, nodeId));
  return { index: ids.indexOf(nodeId), count: ids.length, ids: [...ids] };
}

/**
 * Shows another branch: 'prev'/'next' move to the neighbouring sibling of `nodeId` (no wrap-around;
 * unchanged at either end), a node id moves to that node. The current leaf becomes the most recent
 * leaf under the chosen node. A view change, so updated_at is left alone.
 */
export function switchBranch(conv: Conversation, nodeId: string, to: 'prev' | 'next' | (string & {})): Conversation {
  let target: string | undefined;
  if (to === 'prev' || to === 'next') {
    const { index, ids } = siblings(conv, nodeId);
    target = ids[to === 'prev' ? index - 1 : index + 1];
    if (target === undefined) return conv;
  } else target = nodeOrThrow(conv, to).id;
  const leaf = latestLeafUnder(conv, target);
  return leaf === conv.current_leaf_id ? conv : { ...conv, current_leaf_id: leaf };
}
