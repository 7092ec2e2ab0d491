// Writes a streamed reply frame by frame and applies the stream misbehaviours (delay, bursts, hold, pause, garbage
// line, invalid UTF-8, an endless line, mid-stream error, cut, no terminal marker). Servers describe their
// stream as frames; this decides what goes out.
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
  /** The terminal marker ([DONE], or Ollama's done:true line), left out by omitTerminal. */
  terminal?: boolean;
}

export interface StreamPlan {
  frames: Frame[];
  /** The default garbage record for malformedLines. */
  garbage: string;
  /** Record separator, appended to a custom malformedLines string ("\n\n" for SSE, "\n" for NDJSON). */
  separator: string;
  /** Formats a mid-stream error record. */
  errorFrame: (message: string) => string;
  /** Formats one extra text chunk (for the injected misbehaviours). */
  textFrame: (text: string) => string;
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

/**
 * A generated answer of about `bytes` bytes in pieces of `pieceChars`: numbered lines ("Line 000001: …")
 * separated by blank lines, so the start and the end can be recognised on screen.
 */
export function bigReplyPieces({ bytes, pieceChars = 1000 }: { bytes: number; pieceChars?: number }): string[] {
  const lines: string[] = [];
  let size = 0;
  for (let n = 1; size < bytes; n++) {
    const line = `Line ${String(n).padStart(6, '0')}: the quick brown fox jumps over the lazy dog.\n\n`;
    lines.push(line);
    size += line.length;
  }
  const text = lines.join('');
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += pieceChars) pieces.push(text.slice(i, i + pieceChars));
  return pieces;
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

/** A text record whose JSON string holds the bytes FF FE (invalid UTF-8) between "bad" and "bytes". */
function invalidUtf8Frame(plan: StreamPlan): Uint8Array {
  const [before, after] = plan.textFrame('bad@@bytes').split('@@') as [string, string];
  return Buffer.concat([Buffer.from(before), Buffer.from([0xff, 0xfe]), Buffer.from(after)]);
}

/** Opens a text record and never closes it: 1 MB pieces without a line break until the client goes (at most 256 MB). */
async function sendEndlessLine(ctx: PumpContext, plan: StreamPlan): Promise<void> {
  const opening = plan.textFrame('@@').split('@@')[0] as string;
  await writeFlushed(ctx.res, opening);
  const piece = 'x'.repeat(1 << 20);
  for (let sent = 0; sent < 256 && !ctx.signal.aborted && !ctx.res.destroyed; sent++)
    await writeFlushed(ctx.res, piece);
  ctx.res.destroy();
}

export async function pumpStream(ctx: PumpContext, plan: StreamPlan): Promise<void> {
  const { res, config, signal } = ctx;
  const holdAt = holdAfter(config);
  let sent = 0;
  let held = false;
  let paused = false;
  let garbageSent = false;
  let invalidSent = false;
  let first = true;
  for (const frame of plan.frames) {
    if (signal.aborted) return;
    // the delay comes before anything else, so a cut or an error also arrives apart from the last chunk
    if (!first) await sleep(config.chunkDelayMs, signal);
    if (
      config.burst &&
      frame.kind === 'content' &&
      frame.counts !== false &&
      sent > 0 &&
      sent % config.burst.chunks === 0
    )
      await sleep(config.burst.gapMs, signal);
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
      const reached = (n: number | undefined): boolean => n !== undefined && (sent >= n || frame.kind === 'tail');
      if (reached(config.endlessLineAfterChunks)) return sendEndlessLine(ctx, plan);
      if (config.pause && !paused && reached(config.pause.afterChunks)) {
        paused = true;
        await sleep(config.pause.ms, signal);
        if (signal.aborted) return;
      }
      if (!invalidSent && reached(config.invalidUtf8AfterChunks)) {
        invalidSent = true;
        await writeFlushed(res, invalidUtf8Frame(plan));
      }
    }
    if (frame.terminal && config.omitTerminal) continue;
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
