// Reads the first choice of a chunk or reply: reasoning (`reasoning` ?? `reasoning_content`), content,
// tool-call pieces, finish.
// Missing or empty `choices` means no delta; `content: null` (llama-server's first chunk) means no text.
import { recordField, stringField } from '../json.ts';
import { isRecord } from '../../util/is-record.ts';
import { mapFinishReason, type MappedFinish } from './map-finish-reason.ts';
import { readToolCalls } from './read-tool-calls.ts';
import type { ChatEvent } from '../types.ts';

export interface ChoiceParts {
  reasoning?: string;
  content?: string;
  toolCalls?: Extract<ChatEvent, { type: 'tool-call-delta' }>[];
  finish?: MappedFinish;
}

/** `field` is 'delta' for stream chunks and 'message' for whole replies. */
export function readChoice(chunk: Record<string, unknown>, field: 'delta' | 'message'): ChoiceParts {
  const choices = Array.isArray(chunk.choices) ? chunk.choices : [];
  const choice: unknown = choices[0];
  if (!isRecord(choice)) return {};
  const parts: ChoiceParts = {};
  const body = recordField(choice, field);
  if (body) {
    const reasoning = nonEmpty(stringField(body, 'reasoning')) ?? nonEmpty(stringField(body, 'reasoning_content'));
    const content = nonEmpty(stringField(body, 'content'));
    if (reasoning !== undefined) parts.reasoning = reasoning;
    if (content !== undefined) parts.content = content;
    const toolCalls = readToolCalls(body);
    if (toolCalls.length > 0) parts.toolCalls = toolCalls;
  }
  const finish = mapFinishReason(choice.finish_reason);
  if (finish) parts.finish = finish;
  return parts;
}

/** A chunk that is an error report rather than a completion: `{"error":…}` or old vLLM `{"object":"error"}`. */
export function isErrorChunk(chunk: Record<string, unknown>): boolean {
  return (chunk.error !== undefined && chunk.error !== null) || chunk.object === 'error';
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
