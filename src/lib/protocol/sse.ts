// Bytes → Server-Sent Events: UTF-8 decoding, parsing via eventsource-parser. Two faces: `sseBatches`
// (every event a network chunk completes, as one batch: the hot path) and `sseEvents` (one event at a time).
// Comment lines (": ping", ": OPENROUTER PROCESSING") never become events.
import { createParser, type EventSourceMessage, type ParseError } from 'eventsource-parser';
import { EventSourceParserStream } from 'eventsource-parser/stream';
import { decodeUtf8 } from './decode-utf8.ts';
import { MAX_LINE_CHARS } from './stream-limits.ts';
import { textBatches, type RecordSplitter } from './text-batches.ts';

export type SseEvent = EventSourceMessage;

/** A line or event longer than `maxLineChars` errors the stream (see streamLimitOf) instead of growing without end. */
export function sseEvents(body: ReadableStream<Uint8Array>, maxLineChars = MAX_LINE_CHARS): ReadableStream<SseEvent> {
  return decodeUtf8(body)
    .pipeThrough(terminateFinalEvent())
    .pipeThrough(new EventSourceParserStream({ maxBufferSize: maxLineChars }));
}

/** The events of each network chunk as one batch (same rules and limit as sseEvents). */
export function sseBatches(
  body: ReadableStream<Uint8Array>,
  maxLineChars = MAX_LINE_CHARS,
): AsyncGenerator<SseEvent[], void, undefined> {
  return textBatches(body, sseSplitter(maxLineChars));
}

/** eventsource-parser fed synchronously; the end of a body that had text delivers its unterminated last event. */
export function sseSplitter(maxLineChars = MAX_LINE_CHARS): RecordSplitter<SseEvent> {
  let sink: SseEvent[] = [];
  let failure: ParseError | undefined;
  let sawText = false;
  const parser = createParser({
    onEvent: (event) => sink.push(event),
    onError: (error) => {
      if (error.type === 'max-buffer-size-exceeded') failure ??= error;
    },
    maxBufferSize: maxLineChars,
  });
  const feed = (text: string, out: SseEvent[]) => {
    if (failure) throw failure;
    sink = out;
    parser.feed(text);
    if (failure) throw failure;
  };
  return {
    push(text, out) {
      if (text === '') return;
      sawText = true;
      feed(text, out);
    },
    end(out) {
      if (sawText) feed('\n\n', out);
    },
  };
}

/**
 * The SSE spec drops an event that is not followed by a blank line at end of body, but KoboldCpp ends its
 * streams with `data: [DONE]` and no newline. Appending a blank line at the end delivers that last event;
 * a cut-off stream then delivers its truncated final `data:` too, which consumers must tolerate.
 */
function terminateFinalEvent(): TransformStream<string, string> {
  let sawText = false;
  return new TransformStream<string, string>({
    transform(chunk, controller) {
      if (chunk !== '') sawText = true;
      controller.enqueue(chunk);
    },
    flush(controller) {
      if (sawText) controller.enqueue('\n\n');
    },
  });
}
