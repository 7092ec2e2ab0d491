import { afterEach, describe, expect, it } from 'vitest';
import { startModelFileServer, type ModelFileServer } from './model-file-server.ts';

const FILE = Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 251));
let server: ModelFileServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

const url = (s: ModelFileServer) => s.urlOf('m.gguf', '127.0.0.1');

describe('model file server', () => {
  it('serves the file whole with CORS and Accept-Ranges, and from a byte with 206 and Content-Range', async () => {
    server = await startModelFileServer({ 'm.gguf': FILE });
    const whole = await fetch(url(server));
    expect(whole.status).toBe(200);
    expect(whole.headers.get('access-control-allow-origin')).toBe('*');
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await whole.arrayBuffer()).equals(FILE)).toBe(true);
    const part = await fetch(url(server), { headers: { Range: 'bytes=1000-' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 1000-${FILE.length - 1}/${FILE.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(FILE.subarray(1000))).toBe(true);
    expect(server.requests.map((r) => [r.status, r.start])).toEqual([
      [200, 0],
      [206, 1000],
    ]);
  });

  it('holds a body at a byte until released', async () => {
    server = await startModelFileServer({ 'm.gguf': FILE });
    server.holdAt(100_000);
    const response = await fetch(url(server));
    const reader = response.body!.getReader();
    await server.reached(100_000);
    let got = 0;
    while (got < 100_000) got += (await reader.read()).value!.byteLength;
    expect(got).toBe(100_000);
    server.release(100_000);
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      got += value.byteLength;
    }
    expect(got).toBe(FILE.length);
  });

  it('answers an error status, or cuts the connection at a byte', async () => {
    server = await startModelFileServer({ 'm.gguf': FILE });
    server.failWith(404);
    expect((await fetch(url(server))).status).toBe(404);
    server.failWith(undefined);
    server.cutAt(70_000);
    const response = await fetch(url(server));
    await expect(response.arrayBuffer()).rejects.toThrow();
  });
});
