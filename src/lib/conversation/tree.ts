// Pure edits of the conversation tree (reading it and moving between branches: branches.ts). Every
// function returns a new Conversation and never mutates its input; ids and times are passed in. Edits and
// regenerations add siblings, so no earlier answer or branch is ever replaced. Unknown ids or wrong roles
// throw (a caller bug).
import type { Attachment, ModelRef, Conversation, MessageNode } from './types.ts';
import { CONVERSATION_SCHEMA_VERSION } from './migrations.ts';
import { cleanCustomTitle, deriveTitle } from './title.ts';
import { activePath, latestLeafUnder, nodeOrThrow, resolveLeafId, siblingIds } from './branches.ts';

/** Where and when a new node is created. */
export interface NewNodeAt {
  id: string;
  now: number;
}

/** A new user node, and the images it carries. */
export interface UserAt extends NewNodeAt {
  attachments?: readonly Attachment[];
}

/** A new assistant node: who answers it, and the stream lease of the tab that will fill it. */
export interface AssistantAt extends NewNodeAt {
  model_id?: string;
  connection_id?: string;
  connection_name?: string;
  lease_until?: number;
}

export interface ConversationInit {
  system_prompt?: string;
  params?: Conversation['params'];
  show_images?: boolean;
  model?: ModelRef;
}

export function createConversation(now: number, id: string, init: ConversationInit = {}): Conversation {
  return {
    schema_version: CONVERSATION_SCHEMA_VERSION,
    id,
    title: '',
    created_at: now,
    updated_at: now,
    ...init,
    nodes: {},
    root_ids: [],
  };
}

/** Recomputes a non-custom title from the first user message on the current branch. */
export function withAutoTitle(conv: Conversation): Conversation {
  if (conv.title_is_custom) return conv;
  const first = activePath(conv).find((n) => n.role === 'user');
  const title = first ? deriveTitle(first.content) : '';
  return title === conv.title ? conv : { ...conv, title };
}

/** Adds `node` under its parent (or as a root), makes it the current leaf. */
export function attach(conv: Conversation, node: MessageNode, now: number): Conversation {
  if (node.id in conv.nodes) throw new Error(`Message id ${node.id} already used in conversation ${conv.id}`);
  const nodes = { ...conv.nodes, [node.id]: node };
  let rootIds = conv.root_ids;
  if (node.parent_id !== undefined) {
    const parent = nodeOrThrow(conv, node.parent_id);
    nodes[parent.id] = { ...parent, children: [...parent.children, node.id] };
  } else rootIds = [...rootIds, node.id];
  return { ...conv, nodes, root_ids: rootIds, current_leaf_id: node.id, updated_at: now };
}

function userNode(content: string, at: UserAt, parentId: string | undefined): MessageNode {
  const node: MessageNode = {
    id: at.id,
    ...(parentId !== undefined ? { parent_id: parentId } : {}),
    children: [],
    role: 'user',
    content,
    status: 'complete',
    created_at: at.now,
  };
  if (at.attachments && at.attachments.length > 0) node.attachments = [...at.attachments];
  return node;
}

function assistantNode(parentId: string, at: AssistantAt): MessageNode {
  const node: MessageNode = {
    id: at.id,
    parent_id: parentId,
    children: [],
    role: 'assistant',
    content: '',
    status: 'streaming',
    created_at: at.now,
  };
  if (at.model_id !== undefined) node.model_id = at.model_id;
  if (at.connection_id !== undefined) node.connection_id = at.connection_id;
  if (at.connection_name !== undefined) node.connection_name = at.connection_name;
  if (at.lease_until !== undefined) node.lease_until = at.lease_until;
  return node;
}

/** A user message under the current leaf (or as the first message). */
export function appendUserMessage(conv: Conversation, content: string, at: UserAt): Conversation {
  return withAutoTitle(attach(conv, userNode(content, at, resolveLeafId(conv)), at.now));
}

/** An empty, streaming assistant answer to user message (or tool reply) `userId`; becomes the current leaf. */
export function startAssistantMessage(conv: Conversation, userId: string, at: AssistantAt): Conversation {
  const parent = nodeOrThrow(conv, userId);
  if (parent.role !== 'user' && parent.role !== 'tool') throw new Error(`Message ${userId} is not a user message`);
  return attach(conv, assistantNode(userId, at), at.now);
}

/**
 * A new streaming answer beside `assistantId`, under the same user message; the old answer stays as
 * a sibling. Model and connection default to the old answer's.
 */
export function regenerate(conv: Conversation, assistantId: string, at: AssistantAt): Conversation {
  const old = nodeOrThrow(conv, assistantId);
  if (old.role !== 'assistant' || old.parent_id === undefined) {
    throw new Error(`Message ${assistantId} is not an assistant answer`);
  }
  const inherited: AssistantAt = { ...at };
  for (const key of ['model_id', 'connection_id', 'connection_name'] as const) {
    const value = at[key] ?? old[key];
    if (value !== undefined) inherited[key] = value;
  }
  return attach(conv, assistantNode(old.parent_id, inherited), at.now);
}

/** The edited text becomes a new sibling of `userId` (old branch kept) and the current leaf. */
export function editUserMessage(conv: Conversation, userId: string, newText: string, at: UserAt): Conversation {
  const old = nodeOrThrow(conv, userId);
  if (old.role !== 'user') throw new Error(`Message ${userId} is not a user message`);
  // an edit changes the text: the images stay with the new version
  const keep = at.attachments ?? old.attachments;
  return withAutoTitle(attach(conv, userNode(newText, { ...at, attachments: keep }, old.parent_id), at.now));
}

/**
 * Removes `id` and everything below it. The ids go to deleted_node_ids so a merge with another tab's
 * copy cannot revive them. If the current leaf was removed, the view moves to the nearest remaining
 * sibling branch (previous first), else to the parent, else to the newest remaining root.
 */
export function deleteMessage(conv: Conversation, id: string, now: number): Conversation {
  const target = nodeOrThrow(conv, id);
  const removed = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    if (removed.has(current)) continue;
    removed.add(current);
    stack.push(...(conv.nodes[current]?.children ?? []));
  }
  const nodes: Record<string, MessageNode> = {};
  for (const [key, node] of Object.entries(conv.nodes)) if (!removed.has(key)) nodes[key] = node;

  const oldSiblings = siblingIds(conv, target);
  let rootIds = conv.root_ids;
  if (target.parent_id !== undefined && nodes[target.parent_id]) {
    const parent = nodes[target.parent_id] as MessageNode;
    nodes[parent.id] = { ...parent, children: parent.children.filter((c) => c !== id) };
  } else rootIds = rootIds.filter((r) => r !== id);

  const next: Conversation = {
    ...conv,
    nodes,
    root_ids: rootIds,
    deleted_node_ids: [...new Set([...(conv.deleted_node_ids ?? []), ...removed])],
    updated_at: now,
  };
  if (conv.current_leaf_id === undefined || removed.has(conv.current_leaf_id)) {
    const at = oldSiblings.indexOf(id);
    const neighbour = [...oldSiblings.slice(0, at).reverse(), ...oldSiblings.slice(at + 1)].find((s) => s in nodes);
    if (neighbour !== undefined) next.current_leaf_id = latestLeafUnder(next, neighbour);
    else if (target.parent_id !== undefined && target.parent_id in nodes) next.current_leaf_id = target.parent_id;
    else {
      delete next.current_leaf_id;
      const leaf = resolveLeafId(next);
      if (leaf !== undefined) next.current_leaf_id = leaf;
    }
  }
  return withAutoTitle(next);
}

/** Replaces one node via `update`; bumps its rev (see merge.ts) and, given `now`, updated_at. */
export function updateNode(
  conv: Conversation,
  id: string,
  update: (node: MessageNode) => MessageNode,
  now?: number,
): Conversation {
  const old = nodeOrThrow(conv, id);
  const changed = update(old);
  if (changed === old) return conv;
  const node = { ...changed, id, rev: Math.max(changed.rev ?? 0, (old.rev ?? 0) + 1) };
  return { ...conv, nodes: { ...conv.nodes, [id]: node }, ...(now !== undefined ? { updated_at: now } : {}) };
}

/** A user-chosen title; a blank one goes back to the automatic title. */
export function renameConversation(conv: Conversation, title: string, now: number): Conversation {
  const clean = cleanCustomTitle(title);
  if (clean === '') {
    const { title_is_custom: _dropped, ...rest } = conv;
    return withAutoTitle({ ...rest, title: '', updated_at: now });
  }
  return { ...conv, title: clean, title_is_custom: true, updated_at: now };
}

/** Chat-level settings; `undefined` values clear a setting. */
export function setConversationSettings(conv: Conversation, patch: ConversationInit, now: number): Conversation {
  const next: Conversation = { ...conv, updated_at: now };
  for (const key of ['system_prompt', 'params', 'show_images', 'model'] as const) {
    if (!(key in patch)) continue;
    if (patch[key] === undefined) delete next[key];
    else (next as unknown as Record<string, unknown>)[key] = patch[key];
  }
  return next;
}
