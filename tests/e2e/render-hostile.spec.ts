// Answers built to break the markdown renderer: nesting thousands of levels deep (marked overflows its
// stack) and runs of emphasis delimiters that marked matches in quadratic time. Each such block shows
// as plain text (marked data-render-fallback), the rest of the answer and every other answer of the chat
// still render as markdown, also after a reload. Long main-thread tasks are measured and reported
// (test annotations), never asserted: their length depends on the machine.
import { expect, test, type OpenAIServer } from './fixtures.ts';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { assistantMessages, pickModel, scrollToFirstMessage, sendMessage, waitForSaved } from './support/chat-ui.ts';
import { seedConnection } from './support/seed-connection.ts';

const DEEP = `${'>'.repeat(5_000)} deep end`;
const DEEP_ANSWER = `Normal paragraph with **bold words**.\n\n${DEEP}`;
const FIRST_ANSWER = 'The first answer has **strong text** and a list:\n\n- one\n- two';

declare global {
  interface Window {
    longTasks?: Array<{ start: number; duration: number }>;
  }
}

test.beforeEach(async ({ page }) => {
  test.setTimeout(90_000); // answers of 60 KB on a shared machine
  await page.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.longTasks?.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
});

async function chatWith(page: Page, server: OpenAIServer): Promise<void> {
  await seedConnection(page, { server: 'llama.cpp', name: 'Render box', baseUrl: server.baseUrl });
  await pickModel(page, 'test-model', 'Render box');
}

/** `locator` holds exactly `text` (compared in the page: a failure does not print 60 KB). */
async function expectExactText(locator: Locator, text: string): Promise<void> {
  await expect(locator).toHaveCount(1);
  await expect.poll(() => locator.evaluate((el) => el.textContent?.length)).toBe(text.length);
  expect(await locator.evaluate((el, expected) => el.textContent === expected, text)).toBe(true);
}

async function finished(answer: Locator): Promise<void> {
  await expect(answer.getByRole('button', { name: 'Regenerate' })).toBeVisible({ timeout: 20_000 });
}

/** Reports (does not assert) the longest main-thread task since `since`. */
async function reportLongTasks(page: Page, info: TestInfo, label: string, since: number): Promise<void> {
  const tasks = await page.evaluate(
    (from) => (window.longTasks ?? []).filter((t) => t.start + t.duration > from),
    since,
  );
  const longest = Math.max(0, ...tasks.map((t) => t.duration));
  const description = `${tasks.length} long task(s), longest ${longest.toFixed(0)} ms`;
  info.annotations.push({ type: `long tasks: ${label}`, description });
  console.log(`[render-hostile] ${label}: ${description}`);
}

test('a 5,000-deep quote shows as text; the paragraph before it and the other answers stay rendered', async ({
  page,
  openai,
}) => {
  openai.behave({ reply: FIRST_ANSWER });
  await chatWith(page, openai);
  await sendMessage(page, 'First question');
  const first = assistantMessages(page).first();
  await finished(first);
  await expect(first.locator('strong')).toHaveText('strong text');

  // hold the stream once the deep part has arrived: it is the block still being written
  openai.behave({ reply: DEEP_ANSWER, holdStream: 6 });
  await sendMessage(page, 'Nest deeply');
  await openai.waitForHold();
  const answer = assistantMessages(page).last(); // the newest; the first may be scrolled out of the page
  await expect(answer.locator('strong')).toHaveText('bold words');
  await expect(answer.locator('[data-render-fallback]')).toContainText('>>>>>');
  openai.release();
  await finished(answer);
  await expect(answer.locator('strong')).toHaveText('bold words');
  await expectExactText(answer.locator('[data-render-fallback="depth"]'), DEEP);
  await expect(answer.locator('blockquote')).toHaveCount(0);
  await waitForSaved(page);

  await page.reload();
  await expect(assistantMessages(page).last().locator('strong')).toHaveText('bold words');
  await expectExactText(assistantMessages(page).last().locator('[data-render-fallback="depth"]'), DEEP);
  await scrollToFirstMessage(page);
  await expect(assistantMessages(page).first().locator('strong')).toHaveText('strong text');
  await expect(assistantMessages(page).first().locator('li')).toHaveText(['one', 'two']);
});

for (const unit of ['_a', '*a']) {
  test(`an answer of 30,000 "${unit}" shows whole, as plain text`, async ({ page, openai }, info) => {
    const text = unit.repeat(30_000);
    openai.behave({ reply: `Before it, **markdown**.\n\n${text}` });
    await chatWith(page, openai);
    const since = await page.evaluate(() => performance.now());
    await sendMessage(page, 'Emphasis run');
    const answer = assistantMessages(page).last();
    await finished(answer);
    await expectExactText(answer.locator('[data-render-fallback="emphasis"]'), text);
    await expect(answer.locator('strong')).toHaveText('markdown');
    await reportLongTasks(page, info, `streaming ${unit}×30000`, since);

    await waitForSaved(page);
    await page.reload();
    await expectExactText(assistantMessages(page).last().locator('[data-render-fallback="emphasis"]'), text);
    await reportLongTasks(page, info, `reload ${unit}×30000`, 0);
  });
}
