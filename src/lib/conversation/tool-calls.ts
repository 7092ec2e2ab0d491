// Tool calls on an answer: streamed pieces (tool-call-delta events) folded into complete calls, the
// finished list tidied, and the calls in the OpenAI shape the transcript sends back. Pure.
import type { ChatEvent, ChatToolCall } from '../providers/types.ts';
import type { ToolCall } from './types.ts';

type ToolCallDelta = Extract<ChatEvent, { type: 'tool-call-delta' }>;

/** An index past this is not a real call (a broken or hostile stream); its pieces are dropped. */
const MAX_INDEX = 63;

/**
 * `calls` with one piece folded in: the call at position `index` (made, with empty calls before it when
 * pieces arrive out of order) gets the id and name when given (a repeated name is not doubled) and the
 * argument fragment appended. Returns `calls` itself when the piece changes nothing.
 */
export function addToolCallDelta(
  calls: readonly ToolCall[] | undefined,
  delta: ToolCallDelta,
): readonly ToolCall[] | undefined {
  if (!Number.isInteger(delta.index) || delta.index < 0 || delta.index > MAX_INDEX) return calls;
  const next: ToolCall[] = [...(calls ?? [])];
  while (next.length <= delta.index) next.push({ id: '', name: '', arguments: '' });
  const current = next[delta.index] as ToolCall;
  const call: ToolCall = { ...current };
  if (delta.id !== undefined && call.id === '') call.id = delta.id;
  if (delta.name !== undefined && call.name === '') call.name = delta.name;
  if (delta.arguments !== undefined) call.arguments += delta.arguments;
  const same = call.id === current.id && call.name === current.name && call.arguments === current.arguments;
  if (same && next.length === (calls?.length ?? 0)) return calls;
  next[delta.index] = call;
  return next;
}

/** At the end of the stream: empty placeholders go, and every call gets an id (a reply needs one). */
export function finishToolCalls(calls: readonly ToolCall[]): ToolCall[] {
  return calls
    .filter((c) => c.name !== '' || c.arguments !== '' || c.id !== '')
    .map((c, i) => (c.id === '' ? { ...c, id: `call_${i}` } : c));
}

/** The calls as an assistant message carries them in a Chat Completions transcript. */
export function toChatToolCalls(calls: readonly ToolCall[]): ChatToolCall[] {
  return calls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.arguments } }));
}

/** Stored calls from a file or an older tab: each needs text id, name and arguments; anything else is dropped. */
export function isToolCall(value: unknown): value is ToolCall {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.name === 'string' && typeof v.arguments === 'string';
}
