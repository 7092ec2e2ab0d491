// Wire-level builders for the robustness corpus: well-formed and broken OpenAI SSE and Ollama NDJSON
// bodies, and bodies that never end, stall or arrive byte by byte. Used only by tests.

export type Wire = 'sse' | 'ndjson';

/** What a web UI or a login page in front of the API answers with: a 200 and HTML. */
export const WEB_PAGE =
  '<!doctype html>\n<html lang="en"><head><title>Open WebUI</title></head><body><div id="app"></div></body></html>\n';

const encoder = new TextEncoder();
export const bytes = (text: string): Uint8Array => encoder.encode(text);

/** One text delta in the wire format. */
export function delta(wire: Wire, text: string): string {
  return wire === 'sse'
    ? `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: text }, finish_reason: null }] })}\n\n`
    : `${JSON.stringify({ model: 'm', response: text, done: false })}\n`;
}

/** The record that says the answer is complete (finish_reason / done:true), without [DONE]. */
export function finish(wire: Wire, reason = 'stop'): string {
  return wire === 'sse'
    ? `data: ${JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: reason }] })}\n\n`
    : `${JSON.stringify({ model: 'm', response: '', done: true, done_reason: reason, eval_count: 3 })}\n`;
}

/** The terminal marker: `data: [DONE]` for SSE; NDJSON has none beyond done:true. */
export const done = (wire: Wire): string => (wire === 'sse' ? 'data: [DONE]\n\n' : '');

/** A complete, well-formed body answering `words` one delta each. */
export function answer(wire: Wire, words: readonly string[]): string {
  return words.map((w) => delta(wire, w)).join('') + finish(wire) + done(wire);
}

/** The mid-stream error record each server family sends under HTTP 200. */
export function errorRecord(wire: Wire, message: string): string {
  return wire === 'sse'
    ? `data: ${JSON.stringify({ error: { code: 500, message, type: 'server_error' } })}\n\n`
    : `${JSON.stringify({ error: message })}\n`;
}

/** The same record cut in the middle of its JSON object, then its separator (a server bug, not a cut connection). */
export function brokenRecord(wire: Wire, text: string): string {
  const whole = wire === 'sse' ? delta(wire, text).slice(6, -2) : delta(wire, text).slice(0, -1);
  const half = whole.slice(0, Math.floor(whole.length / 2));
  return wire === 'sse' ? `data: ${half}\n\n` : `${half}\n`;
}

export interface BodyPlan {
  /** sent first, in order */
  chunks: ReadonlyArray<string | Uint8Array>;
  /** then: end the body, stall forever, break the connection, or repeat `forever` without end */
  then: 'close' | 'stall' | 'error' | 'endless';
  /** the chunk repeated by 'endless' */
  forever?: string;
}

/** A response body following the plan; it counts what the reader pulled so a test can see it stopped. */
export function planBody(plan: BodyPlan): ReadableStream<Uint8Array> {
  let i = 0;
  const endless = bytes(plan.forever ?? 'x'.repeat(1 << 20));
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    cancel() {
      cancelled = true; // a timer already set must not enqueue into the closed stream
    },
    pull(controller) {
      const next = plan.chunks[i++];
      if (next !== undefined) return controller.enqueue(typeof next === 'string' ? bytes(next) : next);
      switch (plan.then) {
        case 'close':
          return controller.close();
        case 'error':
          return controller.error(new TypeError('network error'));
        case 'endless':
          // one chunk per macrotask, like a network: timers (the test's hang guard) still run
          return new Promise<void>((resolve) =>
            setTimeout(() => resolve(cancelled ? undefined : controller.enqueue(endless)), 0),
          );
        case 'stall':
          return new Promise<void>(() => undefined);
      }
    },
  });
}

/** Each byte as its own chunk (splits every multi-byte character and every separator). */
export function byteChunks(text: string): Uint8Array[] {
  return Array.from(bytes(text), (b) => Uint8Array.of(b));
}

/** Text cut into pieces of `size` characters. */
export function chunksOf(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/** The byte arrays joined. */
export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
