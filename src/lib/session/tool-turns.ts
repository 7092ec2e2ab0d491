// A reply typed by hand to a tool call: stored as a 'tool' message; once every call of the answer has
// its reply, the next answer starts (the model reads the replies and carries on). Pure; ids and time injectable.
import { startAssistantMessage } from '../conversation/tree.ts';
import { appendToolReply, unansweredCalls } from '../conversation/tool-reply.ts';
import type { Conversation } from '../conversation/types.ts';
import { newId } from '../util/new-id.ts';
import { answerAt, bumpMeta, type ModelChoice, type NewTurn, type TurnIds } from './user-turns.ts';

/** With `answerId` when the replies are complete and an answer should stream; without it, only the reply to save. */
export type ToolReplyTurn = NewTurn | { conv: Conversation; answerId?: undefined };

export function toolReplyTurn(
  conv: Conversation,
  assistantId: string,
  callId: string,
  text: string,
  choice: ModelChoice,
  { now, newId: id }: TurnIds = { now: Date.now(), newId: () => newId() },
): ToolReplyTurn {
  const replied = appendToolReply(conv, assistantId, callId, text, { id: id(), now });
  if (unansweredCalls(replied, assistantId).length > 0) return { conv: bumpMeta(replied) };
  const answerId = id();
  const next = startAssistantMessage(replied, replied.current_leaf_id as string, answerAt(answerId, choice, now));
  return { conv: bumpMeta(next), answerId };
}
