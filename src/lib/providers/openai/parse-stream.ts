// Chat Completions SSE → ChatEvents. Ends at `data: [DONE]`.
// End of body without [DONE]: finish with the finish_reason if one arrived (complete, only the marker is
// missing), otherwise 'interrupted'. A `data:` that is not JSON is an error (we do not skip it: the text
// in it would be silently missing from the answer) unless it is the last thing in a body that had good
// events before it (then it is a cut-off tail and the stream counts as interrupted).
import { captureStart } from '../../protocol/capture-start.ts';
import { iterateStream } from '../../protocol/iterate-stream.ts';
import { sseEvents } from '../../protocol/sse.ts';
import { withBody, type AdapterEvent, type ParseContext } from '../adapter.ts';
import { inBodyServerError, invalidResponseError } from '../create-error.ts';
import { parseJson } from '../json.ts';
import { isRecord } from '../../util/is-record.ts';
import { ThinkSplitter, toEvent } from '../think-splitter.ts';
import type { ProviderError } from '../errors.ts';
import type { Timings, Usage } from '../types.ts';
import type { MappedFinish } from './map-finish-reason.ts';
import { isErrorChunk, readChoice } from './read-choice.ts';
import { readServerTimings, readUsage } from './usage.ts';

export async function* parseChatStream(
  body: ReadableStream<Uint8Array>,
  context: ParseContext,
): AsyncGenerator<AdapterEvent, void, undefined> {
  const captured = captureStart(body);
  const splitter = new ThinkSplitter();
  let finish: MappedFinish | undefined;
  let usage: Usage | undefined;
  let timings: Timings | undefined;
  let sawDone = false;
  let chunks = 0;
  let badData: string | undefined;

  try {
    for await (const event of iterateStream(sseEvents(captured.stream))) {
      const data = event.data.trim();
      if (badData !== undefined) {
        yield* splitter.flush().map(toEvent);
        yield errorEvent(
          invalidResponseError(
            context.request,
            withBody(context.response, badData),
            'The server sent an event that is not JSON; the stream was stopped. The text received so far is kept.',
            'stream',
          ),
        );
        yield { type: 'finish', reason: { unified: 'error' } };
        return;
      }
      if (data === '[DONE]') {
        sawDone = true;
        break;
      }
      if (data === '') continue;
      const parsed = parseJson(data);
      if (!parsed.ok || !isRecord(parsed.value)) {
        badData = data;
        continue;
      }
      chunks++;
      const chunk = parsed.value;
      if (isErrorChunk(chunk)) {
        yield* splitter.flush().map(toEvent);
        yield errorEvent(inBodyServerError(context.request, withBody(context.response, data), chunk, 'stream'));
        yield { type: 'finish', reason: { unified: 'error' }, ...(usage ? { usage } : {}) };
        return;
      }
      const parts = readChoice(chunk, 'delta');
      if (parts.reasoning !== undefined) yield { type: 'reasoning-delta', text: parts.reasoning };
      if (parts.content !== undefined) yield* splitter.push(parts.content).map(toEvent);
      if (parts.toolCalls) yield* parts.toolCalls;
      if (parts.finish) finish = parts.finish;
      usage = readUsage(chunk.usage) ?? usage;
      timings = readServerTimings(chunk.timings) ?? timings;
    }
  } catch (error) {
    // the read broke (connection, limit, timeout): text held back by the think splitter is still delivered
    yield* splitter.flush().map(toEvent);
    throw error;
  }
  yield* splitter.flush().map(toEvent);

  if (!sawDone && chunks === 0 && badData !== undefined) {
    // not one good event, only a broken one: this is not a cut-off tail but a reply in some other format
    yield errorEvent(
      invalidResponseError(
        context.request,
        withBody(context.response, captured.text()),
        'The server sent an event that is not JSON',
        'stream',
      ),
    );
    yield { type: 'finish', reason: { unified: 'error' } };
    return;
  }
  if (!sawDone && chunks === 0 && captured.text().trim() !== '') {
    // bytes arrived but not one event: an HTML page or some other format behind a 200
    yield errorEvent(
      invalidResponseError(
        context.request,
        withBody(context.response, captured.text()),
        'The reply was not an event stream',
        'stream',
      ),
    );
    yield { type: 'finish', reason: { unified: 'error' } };
    return;
  }
  const reason = finish ?? (sawDone ? { unified: 'stop' as const } : { unified: 'interrupted' as const });
  yield { type: 'finish', reason, ...(usage ? { usage } : {}), ...(timings ? { timings } : {}) };
}

function errorEvent(error: ProviderError): AdapterEvent {
  return { type: 'error', error };
}
