// Conversations for tests: stored data with defaults, so a test states only what it is about (a node, a
// conversation of given nodes, one with a node added, a single-branch chat, a record of an older or newer
// schema version), and chats built turn by turn through the real tree operations. Used only by tests and
// benchmarks.
import type { ChatRole } from '../../providers/types.ts';
import { CONVERSATION_SCHEMA_VERSION } from '../migrations.ts';
import { appendUserMessage, createConversation, startAssistantMessage, updateNode, type AssistantAt } from '../tree.ts';
import type { Conversation, MessageNode } from '../types.ts';

/** A complete user message, created at 1, whose text is its id unless `fields` say otherwise. */
export function userNode(id: string, fields: Partial<MessageNode> = {}): MessageNode {
  return { id, children: [], role: 'user', content: id, status: 'complete', created_at: 1, ...fields };
}

/** An assistant answer with the same defaults; set status, content, rev, lease… in `fields`. */
export function assistantNode(id: string, fields: Partial<MessageNode> = {}): MessageNode {
  return userNode(id, { role: 'assistant', ...fields });
}

/**
 * A stored conversation (id 'c', times 0) holding `nodes`. Children lists are rebuilt from each node's
 * parent_id in list order, the nodes without a parent are the roots, and the last node is the current
 * leaf; `fields` override any of it.
 */
export function conversationOf(nodes: readonly MessageNode[], fields: Partial<Conversation> = {}): Conversation {
  const byId: Record<string, MessageNode> = {};
  for (const node of nodes) byId[node.id] = { ...node, children: [] };
  for (const node of nodes) if (node.parent_id !== undefined) byId[node.parent_id]?.children.push(node.id);
  const last = nodes.at(-1);
  return {
    schema_version: CONVERSATION_SCHEMA_VERSION,
    id: 'c',
    title: '',
    created_at: 0,
    updated_at: 0,
    nodes: byId,
    root_ids: nodes.filter((n) => n.parent_id === undefined).map((n) => n.id),
    ...(last !== undefined ? { current_leaf_id: last.id } : {}),
    ...fields,
  };
}

/** `conv` with `node` added under its parent (or as a root): a branch another tab stored, say. */
export function withNode(conv: Conversation, node: MessageNode, fields: Partial<Conversation> = {}): Conversation {
  const nodes = { ...conv.nodes, [node.id]: node };
  const parent = node.parent_id === undefined ? undefined : conv.nodes[node.parent_id];
  if (parent !== undefined) nodes[parent.id] = { ...parent, children: [...parent.children, node.id] };
  const rootIds = node.parent_id === undefined ? [...conv.root_ids, node.id] : conv.root_ids;
  return { ...conv, nodes, root_ids: rootIds, ...fields };
}

/**
 * A stored single-branch chat of `texts`, user and assistant in turn from a user message. Node ids are
 * `<id>-0`, `<id>-1`…, created one millisecond apart from the chat's created_at.
 */
export function linearConversation(
  id: string,
  texts: readonly string[],
  fields: Partial<Conversation> = {},
): Conversation {
  const start = fields.created_at ?? 0;
  const nodes = texts.map((content, i) =>
    (i % 2 === 0 ? userNode : assistantNode)(`${id}-${i}`, {
      content,
      created_at: start + i,
      ...(i > 0 ? { parent_id: `${id}-${i - 1}` } : {}),
    }),
  );
  return conversationOf(nodes, { id, ...fields });
}

/** One question and its answer, for chatWithTurns; model, connection and lease go to the answer. */
export interface Turn extends Omit<AssistantAt, 'id' | 'now'> {
  ask: string;
  /**
   * The answer's fields once started (content, status, reasoning, error…); text alone is a complete
   * answer. Without it the answer stays empty and streaming.
   */
  answer?: string | Partial<MessageNode>;
  /** The user and assistant node ids; u1, a1, u2, a2… by default. */
  ids?: [string, string];
}

/**
 * A chat built with createConversation, appendUserMessage, startAssistantMessage and updateNode: each
 * turn's question, then its answer under it. The chat is created at `now` and each node one millisecond
 * after the one before.
 */
export function chatWithTurns(turns: readonly Turn[], { id = 'c', now = 0 } = {}): Conversation {
  let conv = createConversation(now, id);
  let at = now;
  turns.forEach(({ ask, answer, ids, ...by }, i) => {
    const [userId, answerId] = ids ?? [`u${i + 1}`, `a${i + 1}`];
    conv = appendUserMessage(conv, ask, { id: userId, now: ++at });
    conv = startAssistantMessage(conv, userId, { ...by, id: answerId, now: ++at });
    if (answer === undefined) return;
    const patch: Partial<MessageNode> = typeof answer === 'string' ? { content: answer, status: 'complete' } : answer;
    conv = updateNode(conv, answerId, (n) => ({ ...n, ...patch }));
  });
  return conv;
}

/** A message as schema v0 stored it. */
export interface V0Message {
  role: ChatRole;
  content: string;
  created_at?: number;
  model?: string;
}

/** A chat record as schema v0 stored it: a flat message list and no schema_version. */
export function storedV0Chat(
  fields: { id?: string; title?: string; created_at?: number; updated_at?: number; system_prompt?: string } & {
    messages?: V0Message[];
  } = {},
): Record<string, unknown> {
  return {
    id: 'old',
    title: 'Old',
    created_at: 1,
    updated_at: 2,
    messages: [{ role: 'user', content: 'hey' }],
    ...fields,
  };
}

/** The record as a newer build would store it: this build must neither read nor overwrite it. */
export function fromNewerSchema<T extends object>(record: T, version = CONVERSATION_SCHEMA_VERSION + 1) {
  return { ...record, schema_version: version };
}
