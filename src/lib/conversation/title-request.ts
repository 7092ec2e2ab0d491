// The automatic title: when to ask the model that answered for one (after the first exchange, finished with
// "stop", unless the user named the chat), and the small request that asks (the start of the question and
// of the answer, each bounded, so a huge answer costs no more than a short one). Pure.
import type { ChatRequest } from '../providers/types.ts';
import type { Conversation } from './types.ts';

/** The test servers recognise a title request by this phrase (tests/servers). */
export const TITLE_INSTRUCTION =
  'Write a short title (at most six words) for the conversation below. Reply with the title only: no quotes, no punctuation at the end, no explanation.';
/** How much of the question and of the answer the request quotes. */
export const TITLE_EXCERPT_CHARS = 1000;
export const TITLE_MAX_TOKENS = 24;

/** Whether answer `answerId` has just ended the chat's first exchange well, and the title is still the automatic one. */
export function wantsModelTitle(conv: Conversation, answerId: string): boolean {
  const answer = conv.nodes[answerId];
  if (!answer || conv.title_is_custom || answer.role !== 'assistant') return false;
  if (answer.status !== 'complete' || answer.finish_reason?.unified !== 'stop') return false;
  const question = answer.parent_id === undefined ? undefined : conv.nodes[answer.parent_id];
  return (
    question?.role === 'user' &&
    question.parent_id === undefined &&
    conv.root_ids.length === 1 &&
    Object.keys(conv.nodes).length === 2
  );
}

function excerpt(text: string): string {
  const chars = Array.from(text.trim());
  return chars.length > TITLE_EXCERPT_CHARS ? `${chars.slice(0, TITLE_EXCERPT_CHARS).join('')}…` : chars.join('');
}

/** The title request for `model`; `answerStart` is the answer's text or, for one kept in pieces, its start. */
export function titleRequest(conv: Conversation, answerId: string, answerStart: string, model: string): ChatRequest {
  const answer = conv.nodes[answerId];
  const question = answer?.parent_id === undefined ? undefined : conv.nodes[answer.parent_id];
  const prompt = [
    TITLE_INSTRUCTION,
    '',
    `User: ${excerpt(question?.content ?? '')}`,
    '',
    `Assistant: ${excerpt(answerStart)}`,
  ].join('\n');
  return { model, messages: [{ role: 'user', content: prompt }], params: { max_tokens: TITLE_MAX_TOKENS } };
}
