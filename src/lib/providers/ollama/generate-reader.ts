// The /api/generate line protocol as a state machine, fed one NDJSON line at a time; shared by the
// streaming parser and the whole-body parser (for servers that send NDJSON even when asked not to stream).
// Ends at the `done: true` line. An `{"error":"…"}` line (sent with HTTP 200) → error, then finish 'error'.
// End of body without done:true → 'interrupted'. A line that is not JSON is an error (not skipped: its
// text would silently be missing) unless it is the last line after good ones (then it is a cut-off tail).
import { tr } from '../../i18n/active-language.ts';
import type { NdjsonLine } from '../../protocol/ndjson.ts';
import { withBody, type AdapterEvent, type ParseContext } from '../adapter.ts';
import { inBodyServerError, invalidResponseError } from '../create-error.ts';
import type { ProviderError } from '../errors.ts';
import { isRecord } from '../../util/is-record.ts';
import { ThinkSplitter, toEvent } from '../think-splitter.ts';
import { deltaEvents, finishEvent } from './read-generate-line.ts';

export class GenerateReader {
  /** true once a finish event has been produced; feed no more lines */
  finished = false;
  private readonly splitter = new ThinkSplitter();
  private lines = 0;
  private badLine: string | undefined;

  constructor(private readonly context: ParseContext) {}

  line(item: NdjsonLine): AdapterEvent[] {
    if (this.badLine !== undefined) {
      return this.fail(
        invalidResponseError(
          this.context.request,
          withBody(this.context.response, this.badLine),
          tr('The server sent a line that is not JSON; the stream was stopped. The text received so far is kept.'),
          'stream',
        ),
      );
    }
    if (!item.ok || !isRecord(item.value)) {
      this.badLine = item.line;
      return [];
    }
    this.lines++;
    const line = item.value;
    if (line.error !== undefined && line.error !== null) {
      return this.fail(
        inBodyServerError(this.context.request, withBody(this.context.response, item.line), line, 'stream'),
      );
    }
    const events = deltaEvents(line, this.splitter);
    if (line.done === true) {
      events.push(...this.splitter.flush().map(toEvent), finishEvent(line));
      this.finished = true;
    }
    return events;
  }

  /** The body ended; `bodyStart` is the start of the raw text, shown when nothing in it was a JSON line. */
  end(bodyStart: string): AdapterEvent[] {
    if (this.finished) return [];
    this.finished = true;
    const events: AdapterEvent[] = this.splitter.flush().map(toEvent);
    if (this.lines === 0 && bodyStart.trim() !== '') {
      // nothing in the body was a JSON line (a lone broken line is not a cut-off tail of a good stream)
      const error = invalidResponseError(
        this.context.request,
        withBody(this.context.response, bodyStart),
        tr('The reply was not a stream of JSON lines'),
        'stream',
      );
      return [...events, { type: 'error', error }, { type: 'finish', reason: { unified: 'error' } }];
    }
    return [...events, { type: 'finish', reason: { unified: 'interrupted' } }];
  }

  /** Text the think splitter still holds, for when the read breaks off. */
  heldBack(): AdapterEvent[] {
    return this.splitter.flush().map(toEvent);
  }

  private fail(error: ProviderError): AdapterEvent[] {
    this.finished = true;
    return [
      ...this.splitter.flush().map(toEvent),
      { type: 'error', error },
      { type: 'finish', reason: { unified: 'error' } },
    ];
  }
}
