// The conversation a user's turn starts from, before its answer streams: send (a new user message, in a
// new conversation when none is open), regenerate (a sibling answer) and edit (a sibling user message),
// each ending in an empty streaming answer of the chosen model; and continue (a stopped or cut answer
// streams again, the model carrying on its text). Pure; ids and time injectable.
import type { Connection } from '../connections/types.ts';
import { continueAnswer } from '../conversation/continue-answer.ts';
import { STREAM_LEASE_MS } from '../conversation/recover.ts';
import {
  appendUserMessage,
  createConversation,
  editUserMessage,
  regenerate,
  setConversationSettings,
  startAssistantMessage,
  type AssistantAt,
} from '../conversation/tree.ts';
import type { Attachment, ChatSettingsPatch, Conversation } from '../conversation/types.ts';
import { newId } from '../util/new-id.ts';

/** Which model answers a turn. */
/** An image to send: what the message lists, and its bytes. */
export interface NewImage {
  attachment: Attachment;
  blob: Blob;
}

export interface ModelChoice {
  connection: Connection;
  model_id: string;
}

/** A conversation whose current leaf is the empty streaming answer `answerId`. */
export interface NewTurn {
  conv: Conversation;
  answerId: string;
  /** what the request is built from, when not `conv` (Continue: the partial answer is its last message) */
  requestFrom?: Conversation;
}

export interface TurnIds {
  now: number;
  newId: () => string;
}

const ids = (): TurnIds => ({ now: Date.now(), newId: () => newId() });

/** A user action changes conversation-level fields: version them so streaming writes cannot undo it. */
export function bumpMeta(conv: Conversation): Conversation {
  return { ...conv, meta_rev: (conv.meta_rev ?? 0) + 1 };
}

export function answerAt(id: string, choice: ModelChoice, now: number): AssistantAt {
  return {
    id,
    now,
    model_id: choice.model_id,
    connection_id: choice.connection.id,
    connection_name: choice.connection.name,
    lease_until: now + STREAM_LEASE_MS,
  };
}

/** `text` (and `attachments`) under the current leaf of `conv` (or of a new conversation made with `init`), and its answer. */
export function sendTurn(
  conv: Conversation | null,
  text: string,
  choice: ModelChoice,
  init: ChatSettingsPatch = {},
  { now, newId: id }: TurnIds = ids(),
  attachments: readonly Attachment[] = [],
): NewTurn {
  let next = conv ?? createConversation(now, id(), init);
  next = setConversationSettings(
    next,
    { model: { connection_id: choice.connection.id, model_id: choice.model_id } },
    now,
  );
  next = appendUserMessage(next, text, { id: id(), now, attachments });
  const answerId = id();
  next = startAssistantMessage(next, next.current_leaf_id as string, answerAt(answerId, choice, now));
  return { conv: bumpMeta(next), answerId };
}

/** A new answer beside `assistantId`. */
export function regenerateTurn(
  conv: Conversation,
  assistantId: string,
  choice: ModelChoice,
  { now, newId: id }: TurnIds = ids(),
): NewTurn {
  const answerId = id();
  return { conv: bumpMeta(regenerate(conv, assistantId, answerAt(answerId, choice, now))), answerId };
}

/** `text` as a new version of user message `userId`, and its answer. */
export function editTurn(
  conv: Conversation,
  userId: string,
  text: string,
  choice: ModelChoice,
  { now, newId: id }: TurnIds = ids(),
): NewTurn {
  const edited = editUserMessage(conv, userId, text, { id: id(), now });
  const answerId = id();
  const next = startAssistantMessage(edited, edited.current_leaf_id as string, answerAt(answerId, choice, now));
  return { conv: bumpMeta(next), answerId };
}

/** Answer `assistantId`, stopped or cut at the token limit, streams again; the model carries on its text. */
export function continueTurn(conv: Conversation, assistantId: string, { now }: Pick<TurnIds, 'now'> = ids()): NewTurn {
  const { shown, streaming } = continueAnswer(conv, assistantId, now);
  return { conv: bumpMeta(streaming), answerId: assistantId, requestFrom: shown };
}
