// The worker's side of the engine: runs chat requests on the engine it is given and answers in batches.
// Pure (the port is injected) so that it can be tested without a worker.
import type { BrowserEngine, EngineChunk } from './engine.ts';
import type { FromEngineWorker, ToEngineWorker } from './engine-protocol.ts';
import { createChunkBatcher, type BatcherClock, BATCH_INTERVAL_MS } from './chunk-batcher.ts';

export interface HostPort {
  postMessage(message: FromEngineWorker): void;
}

/**
 * `beforePost` sees the text of each batch before the page does (glyph-warmer.ts: its fallback fonts are looked
 * up here, not on the page's thread).
 */
export function createEngineHost(
  engine: BrowserEngine,
  port: HostPort,
  clock?: BatcherClock,
  beforePost: (text: string) => void = () => {},
) {
  const running = new Map<number, AbortController>();

  async function chat(id: number, request: Extract<ToEngineWorker, { type: 'chat' }>['request']): Promise<void> {
    const controller = new AbortController();
    running.set(id, controller);
    const batcher = createChunkBatcher<EngineChunk>(
      (chunks) => {
        beforePost(textOf(chunks));
        port.postMessage({ type: 'chunks', id, chunks });
      },
      BATCH_INTERVAL_MS,
      clock,
    );
    let backendSent = false;
    try {
      for await (const chunk of engine.chat({ ...request, signal: controller.signal })) {
        if (!backendSent) {
          port.postMessage({ type: 'backend', backend: engine.backend() });
          backendSent = true;
        }
        if (controller.signal.aborted) break;
        batcher.push(slimChunk(chunk));
      }
      batcher.flush();
      port.postMessage({ type: 'end', id });
    } catch (cause) {
      batcher.flush();
      port.postMessage({ type: 'end', id, error: plainError(cause) });
    } finally {
      running.delete(id);
    }
  }

  return {
    receive(message: ToEngineWorker): Promise<void> | void {
      if (message.type === 'abort') running.get(message.id)?.abort();
      else if (message.type === 'chat') return chat(message.id, message.request);
    },
  };
}

/** Only what the page reads of a chunk: the engine's chunks carry more, and the page pays to decode it all. */
export function slimChunk(chunk: EngineChunk): EngineChunk {
  const out: EngineChunk = {};
  const choice = chunk.choices?.[0];
  if (choice) {
    const delta = choice.delta;
    const slim: NonNullable<EngineChunk['choices']>[number] = {};
    if (delta) {
      slim.delta = {};
      if (delta.content) slim.delta.content = delta.content;
      if (delta.reasoning_content) slim.delta.reasoning_content = delta.reasoning_content;
      if (delta.tool_calls) slim.delta.tool_calls = delta.tool_calls;
    }
    if (choice.finish_reason) slim.finish_reason = choice.finish_reason;
    out.choices = [slim];
  }
  if (chunk.usage) out.usage = chunk.usage;
  const perSecond = chunk.timings?.predicted_per_second;
  if (perSecond !== undefined) out.timings = { predicted_per_second: perSecond };
  return out;
}

function textOf(chunks: readonly EngineChunk[]): string {
  let text = '';
  for (const chunk of chunks) {
    const delta = chunk.choices?.[0]?.delta;
    text += (delta?.reasoning_content ?? '') + (delta?.content ?? '');
  }
  return text;
}

function plainError(cause: unknown): { name: string; message: string } {
  if (cause instanceof Error) return { name: cause.name, message: cause.message };
  return { name: 'Error', message: String(cause) };
}
