// Serves the built app (dist/) under a path prefix over http or https (committed test certificate),
// with SPA fallback to index.html, proper content types and no caching. Loopback only.
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { existsSync, readFileSync, statSync, createReadStream } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Socket } from 'node:net';

export const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));
export const CERT_FILE = fileURLToPath(new URL('./certs/cert.pem', import.meta.url));
export const KEY_FILE = fileURLToPath(new URL('./certs/key.pem', import.meta.url));

export interface StaticServerOptions {
  /** Directory to serve (default: the repo's dist/). */
  root?: string;
  /** URL path prefix, with leading and trailing slash (default '/switchboard/'). */
  prefix?: string;
  https?: boolean;
  /** Default 0 (a free port). */
  port?: number;
  /** Default: both 127.0.0.1 and ::1 (so http://localhost works either way). */
  host?: string;
  /** Extra headers on every response (e.g. a CSP to test against); they win over the root's `_headers`. */
  headers?: Record<string, string>;
  /** Default true: send the root's `_headers`; false serves like a host that ignores that file. */
  headersFile?: boolean;
}

export interface StaticServer {
  port: number;
  prefix: string;
  https: boolean;
  /** <scheme>://localhost:<port><prefix> */
  url: string;
  /** The app URL under another host name, e.g. 'app.test' (mapped to loopback in the browser). */
  urlWithHost(hostname: string): string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * The headers a static host (Netlify, Cloudflare Pages) would send for every path, from the `/*` block of
 * a `_headers` file: a line with the path, then indented `Name: value` lines. Other blocks are ignored.
 */
export function parseHeadersFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  let inAll = false;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (inAll && colon > 0) out[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return out;
}

function headersFileOf(root: string): Record<string, string> {
  const file = join(root, '_headers');
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : {};
}

function normalisePrefix(prefix: string): string {
  const withLead = prefix.startsWith('/') ? prefix : `/${prefix}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function makeHandler(root: string, prefix: string, extra: Record<string, string>) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const send = (status: number, text: string, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      res.end(text);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed', { Allow: 'GET, HEAD' });
    const url = new URL(req.url ?? '/', 'http://static.invalid');
    if (url.pathname === prefix.slice(0, -1)) return send(301, 'moved', { Location: prefix + url.search });
    if (!url.pathname.startsWith(prefix)) return send(404, 'not found');
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname.slice(prefix.length));
    } catch {
      return send(400, 'bad path');
    }
    const file = normalize(join(root, relative));
    if (file !== root.replace(/[/\\]$/, '') && !file.startsWith(root.endsWith(sep) ? root : root + sep)) {
      return send(404, 'not found');
    }
    let target = relative === '' || relative.endsWith('/') ? join(file, 'index.html') : file;
    if (!isFile(target)) {
      // SPA fallback: extension-less paths are app routes; a missing asset stays a 404.
      if (extname(relative) !== '') return send(404, 'not found');
      target = join(root, 'index.html');
    }
    const type = CONTENT_TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': statSync(target).size });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(target).pipe(res);
  };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(address !== null && typeof address === 'object' ? address.port : port);
    });
  });
}

export async function startStaticServer(options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = normalize(options.root ?? DIST_DIR);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${join(root, 'index.html')} does not exist: build the app first (npm run build)`);
  }
  const prefix = normalisePrefix(options.prefix ?? '/switchboard/');
  const handler = makeHandler(root, prefix, {
    ...(options.headersFile === false ? {} : headersFileOf(root)),
    ...options.headers,
  });
  const tls = options.https ? { key: readFileSync(KEY_FILE), cert: readFileSync(CERT_FILE) } : undefined;
  const make = (): Server => (tls ? createHttpsServer(tls, handler) : createHttpServer(handler));
  const servers: Server[] = [];
  const sockets = new Set<Socket>();
  const track = (server: Server): Server => {
    server.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    servers.push(server);
    return server;
  };
  const port = await listen(track(make()), options.port ?? 0, options.host ?? '127.0.0.1');
  if (options.host === undefined) {
    await listen(track(make()), port, '::1').catch(() => servers.pop()); // no IPv6 loopback: fine
  }
  const scheme = tls ? 'https' : 'http';
  const urlWithHost = (hostname: string): string => `${scheme}://${hostname}:${port}${prefix}`;
  return {
    port,
    prefix,
    https: Boolean(tls),
    url: urlWithHost('localhost'),
    urlWithHost,
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    },
  };
}
