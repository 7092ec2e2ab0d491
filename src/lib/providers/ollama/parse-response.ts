// A whole (stream:false) /api/generate reply → the same ChatEvents a stream would give.
// A body that is NDJSON rather than one object (a server or proxy that streamed anyway) is read line by line.
import { tr } from '../../i18n/active-language.ts';
import { parseLine } from '../../protocol/ndjson.ts';
import { withBody, type AdapterEvent, type ParseContext } from '../adapter.ts';
import { inBodyServerError, invalidResponseError } from '../create-error.ts';
import type { ProviderError } from '../errors.ts';
import { parseJson } from '../json.ts';
import { isRecord } from '../../util/is-record.ts';
import { ThinkSplitter, toEvent } from '../think-splitter.ts';
import { GenerateReader } from './generate-reader.ts';
import { deltaEvents, finishEvent } from './read-generate-line.ts';

export function parseChatResponse(text: string, context: ParseContext): AdapterEvent[] {
  const response = withBody(context.response, text);
  const parsed = parseJson(text);
  if (!parsed.ok)
    return text.includes('\n')
      ? readLines(text, context)
      : failed(invalidResponseError(context.request, response, tr('The reply was not JSON'), 'stream'));
  const reply = parsed.value;
  if (!isRecord(reply))
    return failed(invalidResponseError(context.request, response, tr('The reply was not a JSON object'), 'stream'));
  if (reply.error !== undefined && reply.error !== null)
    return failed(inBodyServerError(context.request, response, reply, 'stream'));
  if (typeof reply.response !== 'string' && typeof reply.thinking !== 'string') {
    return failed(
      invalidResponseError(
        context.request,
        response,
        tr('The reply is not an {endpoint} result (no {field})', { endpoint: '/api/generate', field: '`response`' }),
        'stream',
      ),
    );
  }
  const splitter = new ThinkSplitter();
  return [...deltaEvents(reply, splitter), ...splitter.flush().map(toEvent), finishEvent(reply)];
}

function readLines(text: string, context: ParseContext): AdapterEvent[] {
  const reader = new GenerateReader(context);
  const events: AdapterEvent[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') continue;
    events.push(...reader.line(parseLine(line)));
    if (reader.finished) return events;
  }
  return [...events, ...reader.end(text)];
}

function failed(error: ProviderError): AdapterEvent[] {
  return [
    { type: 'error', error },
    { type: 'finish', reason: { unified: 'error' } },
  ];
}
