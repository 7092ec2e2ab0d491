// A loopback OpenAI-compatible server for `npm run bench`: llama-server-shaped SSE frames (from
// openai-chat.ts) written as fast as the socket takes them or at a fixed token rate, /v1/models after
// a chosen delay, or a server that accepts and never answers. Every event the benchmark compares
// against the page's clock is stamped in epoch milliseconds (performance.timeOrigin + performance.now()).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { chatStreamPlan } from './openai-chat.ts';
import { sendJson } from './http-replies.ts';
import { bigReplyPieces } from './stream-pump.ts';

export interface BenchBehaviour {
  /** Model ids listed by GET /v1/models. */
  models: string[];
  /** Wait this long before answering GET /v1/models. */
  modelsDelayMs: number;
  /** Accept every request (preflights included) and never answer. */
  hang: boolean;
  /** The streamed answer, one frame per word-sized token (see stream-pump.ts splitIntoTokens). */
  reply: string;
  /** Content tokens per second; undefined = as fast as the socket accepts them. */
  tokensPerSecond?: number;
  /** Pause this long after the first content token (so the first token can be timed on its own). */
  pauseAfterFirstMs: number;
  /**
   * Instead of `reply`, a huge answer of numbered lines (stream-pump.ts bigReplyPieces) of about `bytes`,
   * `chunkChars` per frame, ending with `end` (a marker the page can watch for).
   */
  bigReply?: { bytes: number; chunkChars: number; end: string };
}

/** Epoch milliseconds with sub-millisecond precision, comparable with the page's timeOrigin + now(). */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

export interface ChatTimes {
  /** the POST's headers arrived */
  arrived: number;
  /** response headers and the first frame were handed to the socket */
  firstByte: number;
  /** the last frame was handed to the socket */
  lastByte?: number;
  bytes: number;
}

export class BenchServer {
  behaviour: BenchBehaviour;
  readonly chats: ChatTimes[] = [];
  readonly preflights: number[] = [];
  /** when each GET /v1/models answer was sent */
  readonly modelsAnswered: number[] = [];
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private framesCache: { key: string; frames: string[] } | undefined;
  private port = 0;

  constructor(behaviour: Partial<BenchBehaviour>) {
    this.behaviour = {
      models: ['bench-model'],
      modelsDelayMs: 0,
      hang: false,
      reply: 'Hello.',
      pauseAfterFirstMs: 0,
      ...behaviour,
    };
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => {
      socket.setNoDelay(true);
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }
  get baseUrl(): string {
    return `${this.url}/v1`;
  }

  async listen(): Promise<this> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    this.port = address.port;
    return this;
  }

  behave(patch: Partial<BenchBehaviour>): void {
    this.behaviour = { ...this.behaviour, ...patch };
  }

  clearLog(): void {
    this.chats.length = 0;
    this.preflights.length = 0;
    this.modelsAnswered.length = 0;
  }

  /** The exact bytes of one streamed answer (the same for every request). */
  frames(): string[] {
    const { reply, bigReply: big } = this.behaviour;
    const key = big ? `big:${big.bytes}:${big.chunkChars}:${big.end}` : reply;
    if (this.framesCache?.key !== key) {
      const plan = chatStreamPlan(
        { messages: [], stream_options: { include_usage: true } },
        {
          flavour: 'llama-server',
          model: this.behaviour.models[0] ?? 'bench-model',
          reply: big ? 'x' : reply,
          reasoningField: 'reasoning_content',
        },
      );
      let frames = plan.frames.map((f) => f.data);
      if (big) {
        // the one content frame of the plan for "x" is the template of every chunk's frame
        const [head = '', template = ''] = frames;
        const chunks = bigReplyPieces({ bytes: big.bytes, pieceChars: big.chunkChars });
        chunks.push(big.end);
        const content = chunks.map((chunk) =>
          template.replace('"content":"x"', () => `"content":${JSON.stringify(chunk)}`),
        );
        frames = [head, ...content, ...frames.slice(2)];
      }
      this.framesCache = { key, frames };
    }
    return this.framesCache.frames;
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrived = epochNow();
    if (this.behaviour.hang) return; // never answer; close() destroys the socket
    const path = new URL(req.url ?? '/', 'http://bench.invalid').pathname;
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.setHeader('Server', 'llama.cpp');
    if (req.method === 'OPTIONS') {
      this.preflights.push(arrived);
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] ?? '*');
      res.writeHead(204);
      res.end();
      return;
    }
    if (req.method === 'GET' && path === '/v1/models') {
      const delay = this.behaviour.modelsDelayMs;
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      const created = Math.floor(Date.now() / 1000);
      const data = this.behaviour.models.map((id) => ({ id, object: 'model', created, owned_by: 'llamacpp' }));
      this.modelsAnswered.push(epochNow());
      return sendJson(res, 200, { object: 'list', data });
    }
    if (req.method === 'POST' && path === '/v1/chat/completions') {
      for await (const _ of req); // drain the body
      return this.stream(res, arrived);
    }
    sendJson(res, 404, { error: { code: 404, message: 'File Not Found', type: 'not_found_error' } });
  }

  private async stream(res: ServerResponse, arrived: number): Promise<void> {
    const frames = this.frames();
    const { tokensPerSecond, pauseAfterFirstMs } = this.behaviour;
    let gone = false;
    res.on('close', () => (gone = true));
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', 'X-Accel-Buffering': 'no' });
    // frame 0 is the role-only head; frame 1 the first content token: they leave together
    const times: ChatTimes = { arrived, firstByte: epochNow(), bytes: 0 };
    this.chats.push(times);
    const first = (frames[0] ?? '') + (frames[1] ?? '');
    res.write(first);
    times.bytes += Buffer.byteLength(first);
    if (pauseAfterFirstMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseAfterFirstMs));
    const start = performance.now();
    for (let i = 2; i < frames.length && !gone; i++) {
      if (tokensPerSecond !== undefined) {
        const due = start + ((i - 1) * 1000) / tokensPerSecond;
        const wait = due - performance.now();
        if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      }
      const frame = frames[i] as string;
      times.bytes += Buffer.byteLength(frame);
      if (!res.write(frame)) await drained(res);
    }
    times.lastByte = epochNow();
    res.end();
  }
}

/** Resolves when the socket takes more data again, or the client went away. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

export async function startBenchServer(behaviour: Partial<BenchBehaviour> = {}): Promise<BenchServer> {
  return new BenchServer(behaviour).listen();
}

/** A loopback port with nothing listening on it: connections are refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = address !== null && typeof address === 'object' ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
