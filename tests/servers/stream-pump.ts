// Writes a streamed reply frame by frame and applies the stream misbehaviours (delay, hold, garbage
// line, mid-stream error, cut). Servers describe their stream as frames; this decides what goes out.
import type { ServerResponse } from 'node:http';
import { sleep, type Misbehaviour } from './server-core.ts';
import { writeFlushed } from './http-replies.ts';

export interface Frame {
  /** Exact bytes to write, including the record separator ("\n\n" for SSE, "\n" for NDJSON). */
  data: string;
  /** head = before any text (role chunk); content = a text or reasoning chunk; tail = finish/usage/[DONE]. */
  kind: 'head' | 'content' | 'tail';
  /** Only content frames carrying answer text count for cutAfterChunks/holdStream (not reasoning). */
  counts?: boolean;
}

export interface StreamPlan {
  frames: Frame[];
  /** The default garbage record for malformedLines. */
  garbage: string;
  /** Record separator, appended to a custom malformedLines string ("\n\n" for SSE, "\n" for NDJSON). */
  separator: string;
  /** Formats a mid-stream error record. */
  errorFrame: (message: string) => string;
}

export interface PumpContext {
  res: ServerResponse;
  config: Misbehaviour;
  signal: AbortSignal;
  hold: () => Promise<void>;
}

/** Splits text into word-sized "tokens" (leading whitespace attached) that concatenate back to it. */
export function splitIntoTokens(text: string): string[] {
  return text.match(/\s*\S+|\s+$/g) ?? [];
}

function holdAfter(config: Misbehaviour): number | undefined {
  if (config.holdStream === false) return undefined;
  return config.holdStream === true ? 1 : config.holdStream;
}

function garbageOf(config: Misbehaviour, plan: StreamPlan): string {
  if (typeof config.malformedLines !== 'string') return plan.garbage;
  const line = config.malformedLines;
  return line.endsWith('\n') ? line : line + plan.separator;
}

function cut(ctx: PumpContext): void {
  if (ctx.config.cutMode === 'end') {
    ctx.res.end();
    return;
  }
  // Close the TCP connection with a FIN but without the terminating chunk, as a crashed server does.
  // (destroy() right after a write can reset the connection, and a reset makes the client's kernel
  // drop bytes it already received, which would test TCP rather than the app.)
  const socket = ctx.res.socket;
  if (!socket) return void ctx.res.destroy();
  socket.end();
  setTimeout(() => socket.destroy(), 1000).unref();
}

export async function pumpStream(ctx: PumpContext, plan: StreamPlan): Promise<void> {
  const { res, config, signal } = ctx;
  const holdAt = holdAfter(config);
  let sent = 0;
  let held = false;
  let garbageSent = false;
  let first = true;
  for (const frame of plan.frames) {
    if (signal.aborted) return;
    // the delay comes before anything else, so a cut or an error also arrives apart from the last chunk
    if (!first) await sleep(config.chunkDelayMs, signal);
    if (signal.aborted) return;
    const gate = frame.kind === 'tail' || (frame.kind === 'content' && frame.counts !== false);
    if (gate) {
      if (holdAt !== undefined && !held && (sent >= holdAt || frame.kind === 'tail')) {
        held = true;
        await ctx.hold();
        if (signal.aborted) return;
      }
      const error = config.midStreamError;
      if (error && (sent >= error.afterChunks || frame.kind === 'tail')) {
        res.end(plan.errorFrame(error.message));
        return;
      }
      if (config.cutAfterChunks !== undefined && (sent >= config.cutAfterChunks || frame.kind === 'tail')) {
        cut(ctx);
        return;
      }
    }
    if (frame.kind === 'tail' && config.malformedLines !== false && !garbageSent) {
      garbageSent = true;
      await writeFlushed(res, garbageOf(config, plan));
    }
    first = false;
    await writeFlushed(res, frame.data);
    if (frame.kind === 'content' && frame.counts !== false) {
      sent += 1;
      if (config.malformedLines !== false && !garbageSent) {
        garbageSent = true;
        await writeFlushed(res, garbageOf(config, plan));
      }
    }
  }
  res.end();
}
