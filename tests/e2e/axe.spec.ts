// Accessibility as a test: axe-core (WCAG 2.2 A/AA and best practice) finds nothing on every main
// screen, every dialog, popover and panel open, in the light and the dark theme.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { assistantMessages, openChat, openModelList, pickModel, sendMessage } from './support/chat-ui.ts';
import { storeRawRecords } from './support/idb.ts';
import { linearConversation } from '../../src/lib/conversation/testing/builders.ts';
import { cardDiagnosis, runConnectionTest } from './support/diagnosis-ui.ts';
import { addConnection, connectionCard, openSettings } from './support/settings-ui.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** An answer with the hard parts: headings, code, tables (one wide), math, a list and a link. */
const LONG_ANSWER = [
  '# Sorting',
  '',
  'Here is **quick sort** with `inline code`, and a [link](https://example.com/docs).',
  '',
  '```ts',
  'function sort(xs: number[]): number[] {',
  '  if (xs.length < 2) return xs; // done',
  "  const [p, ...rest] = xs; const s = 'pivot';",
  '  return [...sort(rest.filter((x) => x < p)), p, ...sort(rest.filter((x) => x >= p))];',
  '}',
  '```',
  '',
  '| Algorithm | Average | Worst |',
  '| --- | --- | --- |',
  '| Quick sort | $O(n \\log n)$ | $O(n^2)$ |',
  '| Merge sort | $O(n \\log n)$ | $O(n \\log n)$ |',
  '',
  // wide enough to scroll sideways: a keyboard must reach both (axe: scrollable-region-focusable)
  `| ${Array.from({ length: 12 }, (_, i) => `Heading${i}withlongwords`).join(' | ')} |`,
  `| ${Array.from({ length: 12 }, () => '---').join(' | ')} |`,
  `| ${Array.from({ length: 12 }, (_, i) => `cell ${i}`).join(' | ')} |`,
  '',
  '```',
  `const wide = [${Array.from({ length: 40 }, (_, i) => `'item${i}'`).join(', ')}];`,
  '```',
  '',
  '$$',
  '\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}',
  '$$',
  '',
  '## Notes',
  '',
  '1. Pick a good pivot.',
  '2. Recurse.',
  '',
  '> A quote to finish.',
].join('\n');

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  // soft: one screen's findings do not hide the next screen's
  expect.soft(found, `axe on ${screen}`).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      // axe reads the whole page several times: slow on a busy machine, which says nothing about the app
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: scheme });
    });

    test('chat: first run, the shortcuts dialog, the empty chat and the open model picker', async ({
      page,
      openai,
    }) => {
      await page.goto('./#/chat');
      await expect(page.getByRole('heading', { name: 'Add your first server' })).toBeVisible();
      await expectNoViolations(page, 'the first-run chat');

      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await expectNoViolations(page, 'the shortcuts dialog');
      await page.keyboard.press('Escape');

      await openSettings(page);
      await addConnection(page, { server: 'llama.cpp', name: 'Local', baseUrl: openai.baseUrl });
      await openChat(page);
      await expect(page.getByRole('heading', { name: 'Start a conversation' })).toBeVisible();
      await expectNoViolations(page, 'the empty chat');
      await openModelList(page);
      await expectNoViolations(page, 'the open model picker');
    });

    test('chat: the list with a pinned chat, an open and a closed folder, and Move to folder…', async ({ page }) => {
      await page.goto('./#/chat');
      const chat = (id: string, title: string, more: Record<string, unknown>) =>
        [
          `chat:${id}`,
          { ...linearConversation(id, [`Ask ${title}`, 'Answer'], { title, created_at: 1 }), ...more },
        ] as [string, unknown];
      await storeRawRecords(page, [
        chat('p', 'Pinned one', { pinned: true }),
        chat('w', 'Work one', { folder: 'Work' }),
        chat('h', 'Home one', { folder: 'Home' }),
        chat('r', 'Loose one', {}),
      ]);
      await page.reload();
      const nav = page.getByRole('navigation', { name: 'Chats' });
      await nav.getByRole('button', { name: /^Home/ }).click();
      await expect(nav.getByRole('button', { name: /^Home/ })).toHaveAttribute('aria-expanded', 'false');
      await expect(nav.getByRole('link', { name: 'Work one' })).toBeVisible();
      await expectNoViolations(page, 'the chat list with folders');
      await nav.getByRole('button', { name: 'Move Loose one to folder' }).click();
      await expect(page.getByRole('dialog', { name: 'Move Loose one to folder' })).toBeVisible();
      await expectNoViolations(page, 'Move to folder');
    });

    test('chat: a long answer (code, table, math), its settings panel and the edit box', async ({ page }) => {
      await page.goto('./#/chat');
      const chat = linearConversation('long', ['Explain sorting', LONG_ANSWER], { title: 'Sorting', created_at: 1 });
      await storeRawRecords(page, [['chat:long', chat]]);
      await page.goto('./#/chat/long');
      // rendered a few blocks per frame: patience on a busy machine
      await expect(assistantMessages(page).last()).toContainText('A quote to finish.', { timeout: 30_000 });
      await expectNoViolations(page, 'a chat with a long answer');

      await page.getByRole('button', { name: 'Chat settings' }).click();
      await expect(page.getByRole('complementary', { name: 'Chat settings' })).toBeVisible();
      // an error shown by its field, and a preset being named, are part of what is checked
      await page.getByRole('spinbutton', { name: 'Temperature' }).fill('5');
      await page.getByRole('button', { name: 'Save as preset' }).click();
      await expectNoViolations(page, 'the chat settings panel');
      await page.getByRole('button', { name: 'Close', exact: true }).click();

      // the question sits above the long answer, out of the virtual list until scrolled to
      await page.locator('.messages').evaluate((box) => (box.scrollTop = 0));
      await page.getByRole('article', { name: 'You message' }).getByRole('button', { name: 'Edit' }).click();
      await expect(page.getByRole('textbox', { name: 'Edit message' })).toBeFocused();
      await expectNoViolations(page, 'the edit box');
    });

    test('chat: a failed answer with its diagnosis open', async ({ page, ollama }) => {
      await openSettings(page);
      await addConnection(page, { server: 'Ollama', name: 'Ollama box', baseUrl: ollama.url, modelIds: 'gone:1b' });
      await openChat(page);
      await pickModel(page, 'gone:1b', 'Ollama box');
      await sendMessage(page, 'Hello there');
      const answer = assistantMessages(page).last();
      await answer.getByRole('button', { name: 'Diagnose this error' }).click();
      await expect(answer.getByRole('region', { name: 'Diagnosis' })).toBeVisible();
      await expectNoViolations(page, 'a failed answer and its diagnosis');
    });

    test('settings: a failed connection with its diagnosis, test and requests open; the form', async ({
      page,
      startServer,
    }) => {
      const gone = await startServer('openai');
      const host = new URL(gone.url).host;
      await gone.close();
      await openSettings(page);
      await addConnection(page, { server: 'llama.cpp', name: 'Down', baseUrl: gone.baseUrl });
      await cardDiagnosis(page, 'Down', `Nothing answered at ${host}`);
      await runConnectionTest(page, 'Down');
      const card = connectionCard(page, 'Down');
      await card.getByText('Recent requests').click();
      await card.locator('.exchanges summary').first().click();
      await expectNoViolations(page, 'Settings with a failed connection');

      await page.getByRole('button', { name: 'Scan for local servers' }).first().click();
      await page.getByRole('button', { name: 'Add connection', exact: true }).click();
      await expect(page.getByRole('form', { name: 'Add connection' })).toBeVisible();
      await expectNoViolations(page, 'the connection form and the scan panel');
    });
  });
}
