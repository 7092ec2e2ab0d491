// A whole (stream:false) Chat Completions reply → the same ChatEvents a stream would give.
import { tr } from '../../i18n/active-language.ts';
import { withBody, type AdapterEvent, type ParseContext } from '../adapter.ts';
import { inBodyServerError, invalidResponseError } from '../create-error.ts';
import { parseJson } from '../json.ts';
import { isRecord } from '../../util/is-record.ts';
import { ThinkSplitter, toEvent } from '../think-splitter.ts';
import { isErrorChunk, readChoice } from './read-choice.ts';
import { readServerTimings, readUsage } from './usage.ts';
import type { ProviderError } from '../errors.ts';

export function parseChatResponse(text: string, context: ParseContext): AdapterEvent[] {
  const response = withBody(context.response, text);
  const parsed = parseJson(text);
  if (!parsed.ok || !isRecord(parsed.value)) {
    return failed(invalidResponseError(context.request, response, tr('The reply was not JSON'), 'stream'));
  }
  const reply = parsed.value;
  if (isErrorChunk(reply)) return failed(inBodyServerError(context.request, response, reply, 'stream'));
  if (!Array.isArray(reply.choices)) {
    return failed(
      invalidResponseError(
        context.request,
        response,
        tr('The reply is not a chat completion (no {field})', { field: '`choices`' }),
        'stream',
      ),
    );
  }

  const events: AdapterEvent[] = [];
  const parts = readChoice(reply, 'message');
  if (parts.reasoning !== undefined) events.push({ type: 'reasoning-delta', text: parts.reasoning });
  if (parts.content !== undefined) {
    const splitter = new ThinkSplitter();
    events.push(...splitter.push(parts.content).map(toEvent), ...splitter.flush().map(toEvent));
  }
  if (parts.toolCalls) events.push(...parts.toolCalls);
  const usage = readUsage(reply.usage);
  const timings = readServerTimings(reply.timings);
  events.push({
    type: 'finish',
    reason: parts.finish ?? { unified: 'stop' },
    ...(usage ? { usage } : {}),
    ...(timings ? { timings } : {}),
  });
  return events;
}

function failed(error: ProviderError): AdapterEvent[] {
  return [
    { type: 'error', error },
    { type: 'finish', reason: { unified: 'error' } },
  ];
}
