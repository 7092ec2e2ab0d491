// The static app server: prefix, SPA fallback, content types, no-cache, traversal, https.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CERT_FILE, startStaticServer } from './static-server.ts';
import { loopbackServer, rawRequest, startForTest } from './test-helpers.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'switchboard-static-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Switchboard</title>');
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(root, 'favicon.svg'), '<svg/>');
  writeFileSync(join(tmpdir(), 'switchboard-secret.txt'), 'secret');
});
afterAll(() => rmSync(root, { recursive: true, force: true })); // after the server below has closed
const server = loopbackServer(() => startStaticServer({ root, prefix: '/switchboard/' }), 'file');

describe('static app server', () => {
  it('serves files under the prefix with their content types and no caching', async () => {
    expect(server.url).toBe(`http://localhost:${server.port}/switchboard/`);
    const index = await fetch(server.url);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(await index.text()).toContain('<title>Switchboard</title>');
    const js = await fetch(`${server.url}assets/app.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${server.url}assets/app.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await fetch(`${server.url}favicon.svg`)).headers.get('content-type')).toBe('image/svg+xml');
  });

  it("sends the root's _headers unless told not to", async () => {
    writeFileSync(join(root, '_headers'), '/*\n  X-Frame-Options: DENY\n');
    const withFile = await startStaticServer({ root, prefix: '/switchboard/' });
    const plain = await startStaticServer({ root, prefix: '/switchboard/', headersFile: false });
    try {
      expect((await fetch(withFile.url)).headers.get('x-frame-options')).toBe('DENY');
      expect((await fetch(plain.url)).headers.get('x-frame-options')).toBeNull();
    } finally {
      await Promise.all([withFile.close(), plain.close()]);
      rmSync(join(root, '_headers'));
    }
  });

  it('falls back to index.html for app routes but 404s missing assets and paths outside the prefix', async () => {
    const route = await fetch(`${server.url}settings/connections`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('Switchboard');
    expect((await fetch(`${server.url}assets/missing.js`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${server.port}/elsewhere`)).status).toBe(404);
    const bare = await fetch(`http://127.0.0.1:${server.port}/switchboard`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/switchboard/');
  });

  it('never serves files outside its root', async () => {
    const res = await rawRequest(`http://127.0.0.1:${server.port}/switchboard/..%2f..%2fswitchboard-secret.txt`);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('secret');
  });

  it('serves https with the committed test certificate, valid for localhost and *.test', async () => {
    const secure = await startForTest(startStaticServer({ root, https: true, prefix: '/' }));
    expect(secure.urlWithHost('app.test')).toBe(`https://app.test:${secure.port}/`);
    const get = (servername: string): Promise<number> =>
      new Promise<number>((resolve, reject) => {
        const req = httpsRequest(
          {
            host: '127.0.0.1',
            port: secure.port,
            path: '/',
            servername,
            ca: readFileSync(CERT_FILE),
            headers: { Host: servername },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end();
      });
    for (const servername of ['localhost', 'app.test', 'lan.test']) expect(await get(servername)).toBe(200);
    await expect(get('example.com')).rejects.toThrow(/altnames/);
  });

  it('refuses to start without a built index.html', async () => {
    await expect(startStaticServer({ root: join(root, 'assets') })).rejects.toThrow(/npm run build/);
  });
});
