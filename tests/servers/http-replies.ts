// Small response helpers shared by the test servers.
import type { ServerResponse } from 'node:http';

export const WEB_UI_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Chat Web UI</title></head>
<body><div id="root">Loading the web UI…</div><script>/* a single-page app lives here */</script></body></html>
`;

export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  contentType = 'text/plain; charset=utf-8',
): void {
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

export function sendEmpty(res: ServerResponse, status: number): void {
  res.writeHead(status, { 'Content-Length': 0 });
  res.end();
}

/** Sends a status override: objects as JSON, strings as text, undefined → the server's default body. */
export function sendOverride(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (typeof body === 'string') {
    res.writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      ...headers,
    });
    res.end(body);
  } else sendJson(res, status, body, headers);
}

/** Resolves once the bytes are handed to the socket, so a following destroy() cannot drop them. */
export function writeFlushed(res: ServerResponse, data: string | Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    if (res.destroyed) return resolve();
    res.write(data, () => resolve());
  });
}

/** Writes the first half of a JSON body, then kills the socket (a non-stream reply cut short). */
export async function sendTruncatedJson(res: ServerResponse, value: unknown, mode: 'destroy' | 'end'): Promise<void> {
  const body = JSON.stringify(value);
  // 'end' sends a well-framed but half body (chunked); 'destroy' promises the full length and breaks off.
  const length: Record<string, number> = mode === 'destroy' ? { 'Content-Length': Buffer.byteLength(body) } : {};
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', ...length });
  await writeFlushed(res, body.slice(0, Math.floor(body.length / 2)));
  if (mode === 'end') res.end();
  else res.destroy();
}

export function bearerKey(headers: Record<string, string>): string | undefined {
  const auth = headers['authorization'];
  if (auth === undefined) return undefined;
  return auth.replace(/^Bearer\s+/i, '');
}

export const CORS_HEADER_NAMES = [
  'Access-Control-Allow-Origin',
  'Access-Control-Allow-Credentials',
  'Access-Control-Allow-Methods',
  'Access-Control-Allow-Headers',
  'Access-Control-Max-Age',
  'Access-Control-Expose-Headers',
  'Vary',
];

export function removeCorsHeaders(res: ServerResponse): void {
  for (const name of CORS_HEADER_NAMES) res.removeHeader(name);
}
