// A loopback host for a model file, as a model hub would serve it to a page on another origin: CORS, byte
// ranges (Range: bytes=N- → 206 with Content-Range; Accept-Ranges on every answer), and test switches: answer
// with an error status, cut the connection at a byte, or hold the body at a byte until the test releases it.
// The body goes out in small pieces so a download's progress moves; pacing is by bytes and holds, never by time.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface FileRequest {
  method: string;
  path: string;
  /** the Range header as sent, if any */
  range?: string;
  /** where the body started (0 without a range) */
  start: number;
  status: number;
}

export interface ModelFileServer {
  /** e.g. http://models.test:<port>/files/<name> (any *.test name is loopback in the browser tests) */
  urlOf(name: string, hostname?: string): string;
  requests: FileRequest[];
  /** Answer every file request with this status (404, 500…); undefined: serve the file. */
  failWith(status: number | undefined): void;
  /** Cut the connection once a body reaches this byte (undefined: never). */
  cutAt(offset: number | undefined): void;
  /** Hold every body when it reaches this byte, until release(offset). */
  holdAt(offset: number): void;
  release(offset: number): void;
  /** Resolves when a body has reached this held byte. */
  reached(offset: number): Promise<void>;
  close(): Promise<void>;
}

/** Bytes written at a time. */
const PIECE = 64 * 1024;

interface Hold {
  released: boolean;
  release: () => void;
  gate: Promise<void>;
  reached: () => void;
  wasReached: Promise<void>;
}

/** Resolves when the response can take more, or has closed (its listeners removed either way). */
function drained(res: ServerResponse): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

function newHold(): Hold {
  let release = () => {};
  let reached = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const wasReached = new Promise<void>((resolve) => (reached = resolve));
  return { released: false, release, gate, reached, wasReached };
}

export async function startModelFileServer(files: Record<string, Buffer>, port = 0): Promise<ModelFileServer> {
  const requests: FileRequest[] = [];
  const holds = new Map<number, Hold>();
  let failStatus: number | undefined;
  let cut: number | undefined;

  const holdFor = (offset: number): Hold => {
    let hold = holds.get(offset);
    if (!hold) holds.set(offset, (hold = newHold()));
    return hold;
  };

  async function writeBody(res: ServerResponse, file: Buffer, start: number): Promise<void> {
    let at = start;
    while (at < file.length && !res.destroyed) {
      const nextHold = [...holds.entries()]
        .filter(([offset, h]) => !h.released && offset >= at && offset < file.length)
        .sort((a, b) => a[0] - b[0])[0];
      if (nextHold && nextHold[0] === at) {
        nextHold[1].reached();
        await nextHold[1].gate;
        continue;
      }
      let end = Math.min(file.length, at + PIECE);
      if (nextHold) end = Math.min(end, nextHold[0]);
      if (cut !== undefined && cut > at) end = Math.min(end, cut);
      if (cut !== undefined && at >= cut) {
        res.destroy(); // the connection breaks mid-body
        return;
      }
      const ok = res.write(file.subarray(at, end));
      at = end;
      if (!ok) await drained(res);
    }
    if (!res.destroyed) res.end();
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', 'Content-Length, Content-Range, Accept-Ranges');
    res.setHeader('Accept-Ranges', 'bytes');
    res.setHeader('Cache-Control', 'no-store');
    const path = new URL(req.url ?? '/', 'http://files.invalid').pathname;
    const record: FileRequest = { method: req.method ?? 'GET', path, start: 0, status: 200 };
    if (typeof req.headers.range === 'string') record.range = req.headers.range;
    requests.push(record);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, HEAD',
        'Access-Control-Allow-Headers': 'Range',
        'Access-Control-Max-Age': '600',
      });
      return void res.end();
    }
    const file = files[decodeURIComponent(path.replace(/^\/files\//, ''))];
    const status = failStatus ?? (file ? 200 : 404);
    if (status >= 400 || !file) {
      record.status = status;
      res.writeHead(status, { 'Content-Type': 'text/plain' });
      return void res.end(status === 404 ? 'not found' : 'server error');
    }
    const match = /^bytes=(\d+)-$/.exec(record.range ?? '');
    const start = match ? Number(match[1]) : 0;
    if (start >= file.length && match) {
      record.status = 416;
      res.writeHead(416, { 'Content-Range': `bytes */${file.length}` });
      return void res.end();
    }
    record.start = start;
    record.status = match ? 206 : 200;
    res.writeHead(record.status, {
      'Content-Type': 'application/octet-stream',
      'Content-Length': String(file.length - start),
      ...(match ? { 'Content-Range': `bytes ${start}-${file.length - 1}/${file.length}` } : {}),
    });
    if (req.method === 'HEAD') return void res.end();
    void writeBody(res, file, start);
  }

  const server: Server = createServer(handle);
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const boundPort = address !== null && typeof address === 'object' ? address.port : port;

  return {
    urlOf: (name, hostname = 'models.test') => `http://${hostname}:${boundPort}/files/${encodeURIComponent(name)}`,
    requests,
    failWith: (s) => void (failStatus = s),
    cutAt: (offset) => void (cut = offset),
    holdAt: (offset) => void holdFor(offset),
    release: (offset) => {
      const hold = holdFor(offset);
      hold.released = true;
      hold.release();
    },
    reached: (offset) => holdFor(offset).wasReached,
    async close() {
      for (const hold of holds.values()) {
        hold.released = true;
        hold.release();
      }
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
