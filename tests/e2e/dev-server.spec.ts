// `npm run dev` shows the real, styled app: Vite's development server injects the styles as <style>
// elements, which the production Content-Security-Policy (style-src 'self') would block, so the policy
// is applied to the built page only. The build still carries it unchanged.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createServer, type ViteDevServer } from 'vite';
import { expect, test } from './fixtures.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const metaPolicy = (html: string) => /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];

let vite: ViteDevServer | undefined;
let cacheDir: string | undefined;

test.afterEach(async () => {
  await vite?.close();
  vite = undefined;
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
  cacheDir = undefined;
});

test('the development server shows the styled app, with no policy violation', async ({ page }) => {
  test.setTimeout(90_000);
  cacheDir = mkdtempSync(join(tmpdir(), 'switchboard-vite-')); // not the shared node_modules/.vite
  vite = await createServer({
    root: root.pathname,
    cacheDir,
    configFile: new URL('vite.config.ts', root).pathname,
    logLevel: 'silent',
    clearScreen: false,
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
  });
  await vite.listen();
  const { port } = vite.httpServer?.address() as AddressInfo;
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(e.violatedDirective));
  });
  await page.goto(`http://127.0.0.1:${port}/#/settings`);
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible({ timeout: 60_000 });
  // the stylesheets are applied: its palette is defined and the primary button takes the accent colour
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--radius').trim()))
    .toBe('10px');
  const primary = page.getByRole('button', { name: 'Add connection', exact: true });
  expect(await primary.evaluate((el) => getComputedStyle(el).borderRadius)).not.toBe('0px');
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});

test('the built page carries the production policy unchanged', () => {
  const source = metaPolicy(read('index.html'));
  expect(source).toContain("style-src 'self'");
  expect(metaPolicy(read('dist/index.html'))).toBe(source);
});
