// Chat Completions SSE → ChatEvents, every event of a network chunk handled synchronously and handed on
// as one batch. Ends at `data: [DONE]`.
// End of body without [DONE]: finish with the finish_reason if one arrived (complete, only the marker is
// missing), otherwise 'interrupted'. A `data:` that is not JSON is an error (we do not skip it: the text
// in it would be silently missing from the answer) unless it is the last thing in a body that had good
// events before it (then it is a cut-off tail and the stream counts as interrupted).
import { tr } from '../../i18n/active-language.ts';
import { captureStart } from '../../protocol/capture-start.ts';
import { sseBatches, type SseEvent } from '../../protocol/sse.ts';
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
): AsyncGenerator<AdapterEvent[], void, undefined> {
  const captured = captureStart(body);
  const reader = new ChunkReader(context);
  try {
    for await (const events of sseBatches(captured.stream)) {
      const out: AdapterEvent[] = [];
      for (const event of events) {
        reader.event(event, out);
        if (reader.ended) break;
      }
      if (out.length > 0) yield out;
      if (reader.ended) break;
    }
  } catch (error) {
    // the read broke (connection, limit, timeout): text held back by the think splitter is still delivered
    const held = reader.heldBack();
    if (held.length > 0) yield held;
    throw error;
  }
  if (!reader.finished) yield reader.end(captured.text());
}

/** The stream's state, fed one SSE event at a time; appends the events each one gives to `out`. */
class ChunkReader {
  /** no more SSE events are wanted ([DONE], or a finish was produced) */
  ended = false;
  /** the finish event was produced */
  finished = false;
  private readonly splitter = new ThinkSplitter();
  private finish: MappedFinish | undefined;
  private usage: Usage | undefined;
  private timings: Timings | undefined;
  private sawDone = false;
  private chunks = 0;
  private badData: string | undefined;

  constructor(private readonly context: ParseContext) {}

  event(event: SseEvent, out: AdapterEvent[]): void {
    const data = event.data.trim();
    if (this.badData !== undefined) {
      const message = tr(
        'The server sent an event that is not JSON; the stream was stopped. The text received so far is kept.',
      );
      const response = withBody(this.context.response, this.badData);
      this.fail(invalidResponseError(this.context.request, response, message, 'stream'), out);
      return;
    }
    if (data === '[DONE]') {
      this.sawDone = true;
      this.ended = true;
      return;
    }
    if (data === '') return;
    const parsed = parseJson(data);
    if (!parsed.ok || !isRecord(parsed.value)) {
      this.badData = data;
      return;
    }
    this.chunks++;
    const chunk = parsed.value;
    if (isErrorChunk(chunk)) {
      const response = withBody(this.context.response, data);
      this.fail(inBodyServerError(this.context.request, response, chunk, 'stream'), out, this.usage);
      return;
    }
    const parts = readChoice(chunk, 'delta');
    if (parts.reasoning !== undefined) out.push({ type: 'reasoning-delta', text: parts.reasoning });
    if (parts.content !== undefined) for (const piece of this.splitter.push(parts.content)) out.push(toEvent(piece));
    if (parts.toolCalls) out.push(...parts.toolCalls);
    if (parts.finish) this.finish = parts.finish;
    this.usage = readUsage(chunk.usage) ?? this.usage;
    this.timings = readServerTimings(chunk.timings) ?? this.timings;
  }

  /** Text the think splitter still holds, for when the read breaks off. */
  heldBack(): AdapterEvent[] {
    return this.splitter.flush().map(toEvent);
  }

  /** The body ended (or [DONE] came): the last events; `bodyStart` is shown when nothing in it was an event. */
  end(bodyStart: string): AdapterEvent[] {
    const out = this.heldBack();
    if (!this.sawDone && this.chunks === 0 && this.badData !== undefined) {
      // not one good event, only a broken one: this is not a cut-off tail but a reply in some other format
      const response = withBody(this.context.response, bodyStart);
      const message = tr('The server sent an event that is not JSON');
      this.fail(invalidResponseError(this.context.request, response, message, 'stream'), out);
      return out;
    }
    if (!this.sawDone && this.chunks === 0 && bodyStart.trim() !== '') {
      // bytes arrived but not one event: an HTML page or some other format behind a 200
      const response = withBody(this.context.response, bodyStart);
      const message = tr('The reply was not an event stream');
      this.fail(invalidResponseError(this.context.request, response, message, 'stream'), out);
      return out;
    }
    const reason = this.finish ?? (this.sawDone ? { unified: 'stop' as const } : { unified: 'interrupted' as const });
    const { usage, timings } = this;
    out.push({ type: 'finish', reason, ...(usage ? { usage } : {}), ...(timings ? { timings } : {}) });
    this.finished = this.ended = true;
    return out;
  }

  private fail(error: ProviderError, out: AdapterEvent[], usage?: Usage): void {
    out.push(
      ...this.heldBack(),
      { type: 'error', error },
      { type: 'finish', reason: { unified: 'error' }, ...(usage ? { usage } : {}) },
    );
    this.finished = this.ended = true;
  }
}
