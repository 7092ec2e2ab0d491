// Reads `tool_calls` from a stream delta or a whole reply's message into tool-call-delta events.
// Stream deltas carry pieces (index always, id and name usually first, arguments in fragments); a whole
// reply carries complete calls, read the same way (their position stands in for a missing index).
import { recordField, stringField } from '../json.ts';
import { isRecord } from '../../util/is-record.ts';
import type { ChatEvent } from '../types.ts';

type ToolCallDelta = Extract<ChatEvent, { type: 'tool-call-delta' }>;

/** The most calls one answer may hold: an index past this is not a real call. */
export const MAX_TOOL_CALLS = 64;

export function readToolCalls(body: Record<string, unknown>): ToolCallDelta[] {
  const list = body.tool_calls;
  if (!Array.isArray(list)) return [];
  const out: ToolCallDelta[] = [];
  list.forEach((raw: unknown, position) => {
    if (!isRecord(raw)) return;
    const index = typeof raw.index === 'number' && Number.isInteger(raw.index) ? raw.index : position;
    if (index < 0 || index >= MAX_TOOL_CALLS) return;
    const fn = recordField(raw, 'function');
    const event: ToolCallDelta = { type: 'tool-call-delta', index };
    const id = stringField(raw, 'id');
    const name = fn ? stringField(fn, 'name') : undefined;
    const args = fn ? argumentsOf(fn.arguments) : undefined;
    if (id !== undefined && id !== '') event.id = id;
    if (name !== undefined && name !== '') event.name = name;
    if (args !== undefined && args !== '') event.arguments = args;
    out.push(event);
  });
  return out;
}

/** Arguments are a JSON text; a few servers send the object itself, kept as its JSON text. */
function argumentsOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isRecord(value) || Array.isArray(value)) return JSON.stringify(value);
  return undefined;
}
