// Weight (4): the JS and CSS a first load actually downloads (recorded responses, raw and gzip), and
// the size of dist/ with and without source maps.
import { gzipSync } from 'node:zlib';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { expect } from '@playwright/test';
import { DIST_DIR } from '../../tests/servers/static-server.ts';
import type { Results } from '../stats.ts';
import { newBenchPage, sleep, type App } from './harness.ts';

const SECTION = '4. Weight';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

export async function weight(browser: Browser, app: App, results: Results): Promise<void> {
  const { context, page } = await newBenchPage(browser);
  try {
    const seen: Array<{ url: string; kind: 'js' | 'css'; raw: number; gzip: number }> = [];
    const pending: Array<Promise<void>> = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      const kind = path.endsWith('.js') || path.endsWith('.mjs') ? 'js' : path.endsWith('.css') ? 'css' : undefined;
      if (!kind) return;
      pending.push(
        response.body().then((body) => {
          seen.push({ url: path, kind, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
        }),
      );
    });
    // a first visit: no connections, the chat page
    await page.goto(`${app.url}#/chat`);
    await expect(page.getByRole('textbox', { name: 'Message' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await sleep(500);
    await Promise.all(pending);
    const sum = (kind: 'js' | 'css', field: 'raw' | 'gzip'): number =>
      seen.filter((f) => f.kind === kind).reduce((n, f) => n + f[field], 0) / 1000;
    results.add(SECTION, 'first load JS (gzip -9)', 'KB', sum('js', 'gzip'), '≤ 100');
    results.add(SECTION, 'first load JS (raw)', 'KB', sum('js', 'raw'));
    results.add(SECTION, 'first load CSS (gzip -9)', 'KB', sum('css', 'gzip'));
    results.add(SECTION, 'first load CSS (raw)', 'KB', sum('css', 'raw'));
    results.add(SECTION, 'first load JS/CSS files', 'count', seen.length);
    results.note('first-load-files', seen);

    const files = filesUnder(DIST_DIR).map((f) => ({ f, size: statSync(f).size }));
    const total = files.reduce((n, x) => n + x.size, 0) / 1000;
    const noMaps = files.filter((x) => !x.f.endsWith('.map')).reduce((n, x) => n + x.size, 0) / 1000;
    results.add(SECTION, 'dist/ total', 'KB', total);
    results.add(SECTION, 'dist/ without source maps', 'KB', noMaps);
  } finally {
    await context.close();
  }
}
