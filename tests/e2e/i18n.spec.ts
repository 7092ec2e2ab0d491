// The interface in seven languages: it follows the browser's language, Settings can choose another (and go
// back to the browser's), Arabic lays the page out right to left, and in every language the chat and
// Settings fit a laptop and a phone with no sideways scrolling, with lang and dir set; axe finds nothing in
// Arabic and in Japanese.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type OpenAIServer } from './fixtures.ts';
import { assistantMessages, openChat, pickModel, sendMessage, waitForSaved } from './support/chat-ui.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';

const LANGUAGES = [
  { locale: 'en', dir: 'ltr' },
  { locale: 'de', dir: 'ltr' },
  { locale: 'fr', dir: 'ltr' },
  { locale: 'es', dir: 'ltr' },
  { locale: 'zh-CN', dir: 'ltr' },
  { locale: 'ja', dir: 'ltr' },
  { locale: 'ar', dir: 'rtl' },
] as const;

const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

const REPLY = 'Hello from the OpenAI-compatible test server.';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** A connection to the test server and one short exchange (in English); returns the chat's address. */
async function chatWithAnExchange(page: Page, openai: OpenAIServer): Promise<string> {
  await openSettings(page);
  await addConnection(page, { server: 'llama.cpp', name: 'Local', baseUrl: openai.baseUrl });
  await openChat(page);
  await pickModel(page, 'test-model', 'Local');
  await sendMessage(page, 'Say hello');
  await expect(assistantMessages(page).last()).toContainText(REPLY);
  await waitForSaved(page);
  return page.url();
}

/** Opens `url` with the interface language stored as chosen in Settings. */
async function openIn(page: Page, locale: string, url: string): Promise<void> {
  await page.evaluate((l) => localStorage.setItem('switchboard:language', l), locale);
  await page.goto(url);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect.soft(scrollWidth, `${what}: page width`).toBeLessThanOrEqual(clientWidth);
}

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect.soft(found, `axe on ${screen}`).toEqual([]);
}

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('opens the app in German, left to right', async ({ page }) => {
    await page.goto('./#/chat');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { name: 'Ersten Server hinzufügen' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Einstellungen' })).toBeVisible();
  });
});

test('choosing Arabic in Settings lays the page out right to left, and a reload keeps it', async ({ page, openai }) => {
  await page.setViewportSize(WIDTHS[0]!);
  await chatWithAnExchange(page, openai);
  await openSettings(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('combobox', { name: 'اللغة' })).toHaveValue('ar');

  for (const when of ['after choosing', 'after a reload']) {
    if (when === 'after a reload') await page.reload();
    await page.goto('./#/chat');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const sidebar = await page.locator('#chat-sidebar').boundingBox();
    const main = await page.locator('.chat-main').boundingBox();
    expect(sidebar, when).not.toBeNull();
    expect(main, when).not.toBeNull();
    // the chat list sits at the right, the conversation to its left
    expect(sidebar!.x, when).toBeGreaterThan(main!.x);
    expect(sidebar!.x + sidebar!.width, when).toBeGreaterThan(main!.x + main!.width);
    await expect(page.getByRole('link', { name: 'دردشة جديدة' })).toBeVisible();
  }
});

test.describe('a French browser', () => {
  test.use({ locale: 'fr-FR' });

  test('"Browser default" goes back to the browser\'s language', async ({ page }) => {
    await page.goto('./#/settings');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    const picker = page.getByRole('combobox', { name: 'Langue' });
    await expect(picker.locator('option[value=""]')).toHaveText('Langue du navigateur (Français)');
    await picker.selectOption('de');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await page.getByRole('combobox', { name: 'Sprache' }).selectOption('');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('combobox', { name: 'Langue' })).toHaveValue('');
  });
});

for (const { locale, dir } of LANGUAGES) {
  test(`${locale}: the chat and Settings fit 1280 and 390 px wide, with lang and dir set`, async ({ page, openai }) => {
    test.setTimeout(90_000);
    const chatUrl = await chatWithAnExchange(page, openai);
    for (const size of WIDTHS) {
      await page.setViewportSize(size);
      await openIn(page, locale, chatUrl);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page.getByRole('article').filter({ hasText: REPLY })).toBeVisible();
      await expectNoSidewaysScroll(page, `${locale} chat at ${size.width} px`);

      await page.goto('./#/settings');
      await expect(page.locator('.language-setting select')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expectNoSidewaysScroll(page, `${locale} Settings at ${size.width} px`);
    }
  });
}

for (const locale of ['ar', 'ja']) {
  test(`${locale}: axe finds nothing on the chat and on Settings`, async ({ page, openai }) => {
    // axe reads the whole page several times: slow on a busy machine, which says nothing about the app
    test.setTimeout(180_000);
    const chatUrl = await chatWithAnExchange(page, openai);
    await openIn(page, locale, chatUrl);
    await expect(page.getByRole('article').filter({ hasText: REPLY })).toBeVisible();
    await expectNoViolations(page, `the chat in ${locale}`);
    await page.goto('./#/settings');
    await expect(page.locator('.language-setting select')).toBeVisible();
    await expectNoViolations(page, `Settings in ${locale}`);
  });
}
