// A fake model server for session tests: its stream yields exactly the events the test sends, waits
// (like a silent server) until the test sends more, ends after a finish event or end(), and ends as
// aborted when its signal fires. One stream at a time.
import type { Connection } from '../../connections/types.ts';
import type { ChatEvent, ChatRequest } from '../../providers/types.ts';
import type { StreamChatOptions } from '../../providers/index.ts';

export const testConnection: Connection = {
  id: 'conn-1',
  name: 'Test box',
  mode: 'openai_compatible',
  base_url: 'http://127.0.0.1:9/v1',
  enabled: true,
  created_at: 1,
  updated_at: 1,
};

export const text = (t: string): ChatEvent => ({ type: 'text-delta', text: t });
export const finish: ChatEvent = { type: 'finish', reason: { unified: 'stop' } };

export class HeldStream {
  readonly requests: ChatRequest[] = [];
  /** true while the stream has handed over everything sent and waits for more */
  waiting = false;
  private readonly queue: ChatEvent[] = [];
  private ended = false;
  private wake: (() => void) | undefined;

  /** Hands `events` to the running (or next) stream. */
  send(...events: ChatEvent[]): void {
    this.queue.push(...events);
    this.wake?.();
  }

  /** Ends the stream after what was sent. */
  end(): void {
    this.ended = true;
    this.wake?.();
  }

  readonly stream = (_c: Connection, request: ChatRequest, options: StreamChatOptions): AsyncIterable<ChatEvent> => {
    this.requests.push(request);
    return this.run(options.signal);
  };

  private async *run(signal: AbortSignal | undefined): AsyncGenerator<ChatEvent> {
    for (;;) {
      while (this.queue.length > 0) {
        const event = this.queue.shift() as ChatEvent;
        yield event;
        if (event.type === 'finish') return;
      }
      if (this.ended) return;
      if (signal?.aborted) {
        yield { type: 'finish', reason: { unified: 'aborted' } };
        return;
      }
      this.waiting = true;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        signal?.addEventListener('abort', () => resolve(), { once: true });
      });
      this.waiting = false;
      this.wake = undefined;
    }
  }
}

/** Runs scheduled work on the next macrotask: stands in for animation frames, which node has not. */
export const nextTask = (run: () => void): (() => void) => {
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
};
