// Shared browser machinery for the benchmarks: Chromium launched like the browser tests
// (playwright.config.ts), pages with the probes installed, the app driven by role and accessible name.
import { chromium, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import config from '../../playwright.config.ts';
import { onFullChromium } from '../../tests/chromium-path.ts';
import { epochNow } from '../../tests/servers/bench-streams.ts';
import { modelPicker, pickModel } from '../../tests/e2e/support/chat-ui.ts';
import { installProbes, SELECTOR_KEY, WATCH_KEY, type LongTask, type TextMark } from './probes.ts';

export { longTaskStats, interactiveAt } from './long-tasks.ts';

export interface App {
  /** e.g. http://localhost:4183/switchboard/ */
  url: string;
}

/** The whole browser as users run it (not the tests' headless shell), with the tests' flags. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...onFullChromium(config.use?.launchOptions ?? {}), headless: true });
}

export async function newBenchPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: config.use?.viewport ?? { width: 1280, height: 800 } });
  // tsx keeps function names with a __name helper that does not exist in the page
  await context.addInitScript('window.__name = (f) => f;');
  await context.addInitScript(installProbes);
  const page = await context.newPage();
  return { context, page };
}

/** A page on the app's origin that runs no app code (a 404 from the static server): seeding happens here. */
export async function gotoBlank(page: Page, app: App): Promise<void> {
  await page.goto(`${app.url}__bench__.txt`);
}

/** Texts (and optionally a selector) to watch from the first moment of the next document on this origin. */
export async function watchNextLoad(page: Page, texts: string[], selector?: string): Promise<void> {
  await page.evaluate(
    ([t, s, keys]) => {
      if (t.length > 0) sessionStorage.setItem(keys[0], JSON.stringify(t));
      if (s) sessionStorage.setItem(keys[1], s);
    },
    [texts, selector ?? '', [WATCH_KEY, SELECTOR_KEY]] as const,
  );
}

export async function watchText(page: Page, texts: string[]): Promise<void> {
  await page.evaluate((t) => window.__bench.watchText(t), texts);
}

/** Waits until the mark's frame has been painted; returns the mark (page clock). */
export async function waitForMark(page: Page, key: string, timeout = 60_000): Promise<Required<TextMark>> {
  await page.waitForFunction((k) => window.__bench.marks[k]?.painted !== undefined, key, { timeout, polling: 50 });
  return page.evaluate((k) => window.__bench.marks[k], key) as Promise<Required<TextMark>>;
}

export function longTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => window.__bench.longTasks);
}

/** event.timeStamp of the latest click on a button or link with this text. */
export async function lastClick(page: Page, label: string): Promise<number> {
  const clicks = await page.evaluate(() => window.__bench.clicks);
  const hit = clicks.filter((c) => c.label.includes(label)).at(-1);
  if (!hit) throw new Error(`no click on "${label}" was seen`);
  return hit.t;
}

/**
 * The page's epoch clock (timeOrigin + now) minus this process's, with the round trip as uncertainty.
 * Add it to a server time to put that time on the page's clock.
 */
export async function clockOffset(page: Page): Promise<{ offset: number; uncertainty: number }> {
  let best = { offset: 0, uncertainty: Infinity };
  for (let i = 0; i < 5; i++) {
    const before = epochNow();
    const pageTime = await page.evaluate(() => performance.timeOrigin + performance.now());
    const after = epochNow();
    const uncertainty = (after - before) / 2;
    if (uncertainty < best.uncertainty) best = { offset: pageTime - (before + after) / 2, uncertainty };
  }
  return best;
}

export async function timeOrigin(page: Page): Promise<number> {
  return page.evaluate(() => performance.timeOrigin);
}

export interface BenchConnection {
  name: string;
  baseUrl: string;
}

/** Adds connections through Settings → Import connections file, as a user restoring a backup would. */
export async function importConnections(page: Page, app: App, list: BenchConnection[]): Promise<void> {
  await page.goto(`${app.url}#/settings`);
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  const file = {
    format: 'switchboard-connections',
    version: 1,
    exported_at: Date.now(),
    connections: list.map((c) => ({
      name: c.name,
      mode: 'openai_compatible',
      base_url: c.baseUrl,
      enabled: true,
      server_kind: 'llamacpp',
    })),
  };
  await page.getByLabel('Import connections file').setInputFiles({
    name: 'connections.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(page.getByRole('status').filter({ hasText: `Imported ${list.length} connection` })).toBeVisible();
}

/** Loads the app afresh on a new chat and waits until the model picker offers this model. */
export async function openNewChat(page: Page, app: App, model: string, connection: string): Promise<void> {
  await gotoBlank(page, app);
  await page.goto(`${app.url}#/chat`);
  await expect(modelPicker(page)).toBeEnabled({ timeout: 15_000 });
  await pickModel(page, model, connection);
}

/**
 * Types the message and clicks Send. The click's timeStamp (lastClick(page, 'Send')) starts the measured
 * interval; read it afterwards, since a page that blocks its main thread cannot answer until it is free.
 */
export async function typeAndSend(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Message' }).fill(text);
  // noWaitAfter: the app moves to the new chat's URL, and a blocked page would hold a click that waits for it
  await page.getByRole('button', { name: 'Send', exact: true }).click({ noWaitAfter: true });
}

/** Waits until the answer has finished (the button says Send again). */
export async function waitForIdle(page: Page, timeout = 120_000): Promise<void> {
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible({ timeout });
}

/** JS heap in use after a forced garbage collection, in MB. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usage.usedSize / 1e6;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
