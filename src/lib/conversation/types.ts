// The stored shape of a conversation: a tree of message nodes (branches from edits and regenerations
// are kept), plus the chat-level settings. Pure types; imports only provider types.
import type { ChatParams, ChatRole, FinishReason, Timings, Usage } from '../providers/types.ts';
import type { ProviderError } from '../providers/errors.ts';

export type MessageStatus = 'complete' | 'streaming' | 'interrupted' | 'aborted' | 'error';

export interface MessageNode {
  id: string;
  /** absent for top-level nodes (listed in Conversation.root_ids) */
  parent_id?: string;
  /** child ids, oldest first */
  children: string[];
  role: ChatRole;
  /** the text; when `pieces` is set, only what follows the stored pieces (see pieces.ts) */
  content: string;
  /** a long text's leading pieces, stored beside the conversation record (see pieces.ts) */
  pieces?: ContentPieces;
  /** images sent with a user message; their bytes are stored beside the record (see attachments.ts) */
  attachments?: Attachment[];
  reasoning?: string;
  status: MessageStatus;
  /** a plain ProviderError; partial content is kept beside it */
  error?: ProviderError;
  model_id?: string;
  connection_id?: string;
  connection_name?: string;
  /** assistant: the tools the model called (streamed pieces joined; see tool-calls.ts) */
  tool_calls?: ToolCall[];
  /** role 'tool': the id of the call this message answers */
  tool_call_id?: string;
  /** warnings from the adapter's `start` event (e.g. a setting the server ignores) */
  warnings?: string[];
  created_at: number;
  finish_reason?: { unified: FinishReason; raw?: string };
  usage?: Usage;
  timings?: Timings;
  /**
   * While streaming: the tab that owns the stream pushes this into the future on every save.
   * A streaming node whose lease has passed has no live owner and is recovered as interrupted.
   */
  lease_until?: number;
  /** the id of the tab that streams this node (see session/tab-liveness.ts) */
  lease_owner?: string;
  /**
   * Revision counter, bumped on every change to this node's own fields (not its children list).
   * Two tabs writing the same conversation keep, per node, the copy with the higher rev
   * (see merge.ts). Absent means 0.
   */
  rev?: number;
}

/** One call of a tool by the model; `arguments` is the JSON text as the model wrote it (maybe not valid). */
export interface ToolCall {
  id: string;
  name: string;
  arguments: string;
}

/** A message's leading pieces (conversation/pieces.ts): how many, the most characters each may hold, and how many they hold in all. */
export interface ContentPieces {
  count: number;
  size: number;
  chars: number;
  /** the text's first few hundred characters (the chat list's preview shows the start, not the tail) */
  start?: string;
}

/** An image attached to a message. Stored records hold only this; files carry the bytes as `data` (base64). */
export interface Attachment {
  id: string;
  kind: 'image';
  mime: string;
  width: number;
  height: number;
  bytes: number;
  name?: string;
  /** only in files (exports, backups), which must be self-contained */
  data?: string;
}

export interface ModelRef {
  connection_id: string;
  model_id: string;
}

export interface Conversation {
  schema_version: number;
  id: string;
  title: string;
  /** true once the user renamed it or the model named it; otherwise the title follows the first user message */
  title_is_custom?: boolean;
  created_at: number;
  updated_at: number;
  system_prompt?: string;
  params?: ChatParams;
  /** listed first, under "Pinned" (absent means not pinned) */
  pinned?: true;
  /** the folder the chat is in (see folder.ts; absent means none) */
  folder?: string;
  /** load remote images in answers (off by default: an image URL can leak the chat); see render/markdown.ts */
  show_images?: boolean;
  model?: ModelRef;
  nodes: Record<string, MessageNode>;
  /** top-level siblings in creation order (an edited first message adds a second root) */
  root_ids: string[];
  current_leaf_id?: string;
  /**
   * Revision of the conversation-level fields (title, title_is_custom, pinned, folder, system_prompt, params, show_images,
   * model, current_leaf_id), bumped by user actions but not by streamed tokens, so a tab that is streaming
   * cannot undo another tab's rename or settings (see merge.ts). Absent means 0.
   */
  meta_rev?: number;
  /**
   * Ids of deleted nodes, so that a concurrent write from another tab that still holds them
   * does not bring them back when the two copies are merged.
   */
  deleted_node_ids?: string[];
}

/** What the conversation list shows; built without loading the tree into the UI. */
export interface ConversationSummary {
  id: string;
  title: string;
  created_at: number;
  updated_at: number;
  /** start of the latest message on the current branch, single line */
  preview?: string;
  message_count: number;
  /** listed first */
  pinned?: true;
  /** listed under its folder */
  folder?: string;
  /** for search results: text around the first match */
  snippet?: string;
}

/** What the chat settings form changes; `undefined` clears a setting. */
export type ChatSettingsPatch = Pick<Conversation, 'system_prompt' | 'params' | 'show_images'>;
