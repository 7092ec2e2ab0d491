// The pure reducer that folds one ChatEvent into an assistant node. It never drops text: deltas are
// appended whatever the node's state, and a failed, aborted or cut-off stream keeps its partial answer.
import type { ChatEvent, FinishReason } from '../providers/types.ts';
import type { MessageNode, MessageStatus } from './types.ts';
import { addToolCallDelta, finishToolCalls } from './tool-calls.ts';

/** How a stream's finish reason reads on the message. */
export function statusForFinish(reason: FinishReason): MessageStatus {
  switch (reason) {
    case 'stop':
    case 'length':
    case 'content-filter':
    case 'tool-calls':
    case 'other':
      return 'complete';
    case 'interrupted':
      return 'interrupted';
    case 'aborted':
      return 'aborted';
    case 'timeout':
    case 'error':
      return 'error';
  }
}

function bump(node: MessageNode): number {
  return (node.rev ?? 0) + 1;
}

/**
 * Returns a new node (or `node` itself when the event changes nothing). `finish` ends the stream:
 * status from the reason, lease cleared. A finish that claims success after an `error` event was
 * recorded still ends as 'error', so the failure stays visible.
 */
export function applyEvent(node: MessageNode, event: ChatEvent): MessageNode {
  switch (event.type) {
    case 'start': {
      const next: MessageNode = { ...node, rev: bump(node) };
      if (event.model !== undefined && event.model !== '' && next.model_id === undefined) next.model_id = event.model;
      if (event.warnings.length > 0) next.warnings = [...(node.warnings ?? []), ...event.warnings];
      return next.model_id === node.model_id && next.warnings === node.warnings ? node : next;
    }
    case 'text-delta':
      return event.text === '' ? node : { ...node, content: node.content + event.text, rev: bump(node) };
    case 'reasoning-delta':
      return event.text === '' ? node : { ...node, reasoning: (node.reasoning ?? '') + event.text, rev: bump(node) };
    case 'tool-call-delta': {
      const calls = addToolCallDelta(node.tool_calls, event);
      return calls === node.tool_calls || calls === undefined
        ? node
        : { ...node, tool_calls: [...calls], rev: bump(node) };
    }
    case 'error':
      return { ...node, error: event.error, rev: bump(node) };
    case 'finish': {
      let status = statusForFinish(event.reason.unified);
      if (status === 'complete' && node.error !== undefined) status = 'error';
      const { lease_until: _lease, ...rest } = node;
      const next: MessageNode = { ...rest, status, finish_reason: { ...event.reason }, rev: bump(node) };
      if (event.usage !== undefined) next.usage = { ...event.usage };
      if (event.timings !== undefined) next.timings = { ...event.timings };
      if (node.tool_calls !== undefined) {
        const calls = finishToolCalls(node.tool_calls);
        if (calls.length > 0) next.tool_calls = calls;
        else delete next.tool_calls;
      }
      return next;
    }
  }
}

/** Folds a whole event sequence (handy for tests and for replaying a recorded stream). */
export function applyEvents(node: MessageNode, events: Iterable<ChatEvent>): MessageNode {
  let current = node;
  for (const event of events) current = applyEvent(current, event);
  return current;
}
