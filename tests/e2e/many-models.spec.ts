// Servers with thousands of models: the chat's model picker and Settings' model lists keep only what
// is in view in the DOM (so the page never freezes building 10,000 rows), yet every model can be
// reached by typing a filter or scrolling, by mouse and by keyboard. Long or space-padded model ids
// never push their server's name out of view.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import {
  assistantMessages,
  modelOption,
  modelPicker,
  openChat,
  openModelList,
  pickModel,
  sendMessage,
} from './support/chat-ui.ts';
import { addConnection, connectionCard, openSettings } from './support/settings-ui.ts';

const COUNT = 10_000;
/** Generous: a screenful plus overscan. What matters is that it does not grow with the model count. */
const DOM_BOUND = 120;
const ids = Array.from({ length: COUNT }, (_, i) => `model-${String(i).padStart(5, '0')}`);

function optionsInDom(page: Page): Promise<number> {
  return page.locator('option, [role="option"]').count();
}

test.describe('10,000 models', () => {
  test.setTimeout(60_000);

  test('the picker keeps a bounded number of options in the DOM and reaches every model by filter, mouse and keyboard', async ({
    page,
    startServer,
  }) => {
    const server = await startServer('openai', { models: ids });
    await openSettings(page);
    await addConnection(page, { server: 'llama.cpp', name: 'Big box', baseUrl: server.baseUrl });
    await openChat(page);
    await expect(modelPicker(page)).toBeEnabled();
    await expect(modelPicker(page)).toHaveValue('model-00000');
    await expect(modelPicker(page)).toHaveAccessibleDescription('Big box');
    expect(await optionsInDom(page)).toBeLessThanOrEqual(DOM_BOUND);

    const list = await openModelList(page);
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', String(COUNT));
    expect(await optionsInDom(page)).toBeLessThanOrEqual(DOM_BOUND);

    // scrolling to the end brings the last model into the DOM, still bounded
    await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect(modelOption(page, 'model-09999', 'Big box')).toBeVisible();
    expect(await optionsInDom(page)).toBeLessThanOrEqual(DOM_BOUND);

    // typing narrows the list; a click chooses
    await modelPicker(page).fill('model-0999');
    await expect(list.getByRole('option')).toHaveCount(10);
    await modelOption(page, 'model-09999', 'Big box').click();
    await expect(modelPicker(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(modelPicker(page)).toHaveValue('model-09999');
    await expect(modelPicker(page)).toBeFocused();
    await sendMessage(page, 'Hello, last model');
    await expect(assistantMessages(page).last()).toContainText('Hello from the OpenAI-compatible test server.');
    expect((server.lastRequest('/v1/chat/completions', 'POST')?.json as { model: string }).model).toBe('model-09999');

    // keyboard only: open with ArrowDown, type to filter, move down, Enter chooses
    await modelPicker(page).focus();
    await page.keyboard.press('ArrowDown');
    await expect(modelPicker(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(modelPicker(page)).toBeFocused();
    await page.keyboard.type('model-0500');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const active = await modelPicker(page).getAttribute('aria-activedescendant');
    await expect(page.locator(`[id="${active}"]`)).toHaveAccessibleName('model-05002 — Big box');
    await page.keyboard.press('Enter');
    await expect(modelPicker(page)).toHaveValue('model-05002');
    // Escape closes without changing the choice
    await page.keyboard.press('ArrowDown');
    await page.keyboard.type('model-07');
    await page.keyboard.press('Escape');
    await expect(modelPicker(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(modelPicker(page)).toHaveValue('model-05002');
    await pickModel(page, 'model-04321', 'Big box');
    await expect(modelPicker(page)).toHaveValue('model-04321');
  });

  test('Settings lists them without putting 10,000 rows in the DOM', async ({ page, startServer }) => {
    const server = await startServer('openai', { models: ids });
    await openSettings(page);
    await addConnection(page, { server: 'llama.cpp', name: 'Big box', baseUrl: server.baseUrl });
    const card = connectionCard(page, 'Big box');
    await expect(card.getByText(`Models (${COUNT.toLocaleString('en-US')})`)).toBeVisible();
    const all = page.getByRole('list', { name: 'All models' });
    await expect(all.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(COUNT));
    expect(await page.getByRole('listitem').count()).toBeLessThanOrEqual(DOM_BOUND);
    await card.getByText(`Models (${COUNT.toLocaleString('en-US')})`).click();
    const cardList = card.getByRole('list', { name: 'Models of Big box' });
    await expect(cardList.getByRole('listitem').first()).toBeVisible();
    expect(await page.getByRole('listitem').count()).toBeLessThanOrEqual(2 * DOM_BOUND);
    await cardList.evaluate((el) => el.parentElement!.scrollTo(0, el.scrollHeight));
    await expect(cardList.getByText('model-09999', { exact: true })).toBeVisible();
    await all.evaluate((el) => el.parentElement!.scrollTo(0, el.scrollHeight));
    await expect(all.getByText('model-09999', { exact: true })).toBeVisible();
  });
});

/** The element's box lies inside the container's box (horizontally), and is not empty. */
async function expectInside(inner: Locator, outer: Locator): Promise<void> {
  const [a, b] = await Promise.all([inner.boundingBox(), outer.boundingBox()]);
  expect(a && b).toBeTruthy();
  if (!a || !b) return;
  expect(a.width).toBeGreaterThan(10);
  expect(a.x).toBeGreaterThanOrEqual(b.x - 0.5);
  expect(a.x + a.width).toBeLessThanOrEqual(b.x + b.width + 0.5);
}

test("padded or very long model ids never push their server's name out of the picker's view", async ({
  page,
  startServer,
}) => {
  test.setTimeout(60_000);
  const padded = `gpt-4o${'\u3000'.repeat(300)}`;
  const spaced = `gpt-4o${' '.repeat(400)}x`;
  const long = `gpt-4o-${'a'.repeat(3000)}`;
  const evil = await startServer('openai', { models: [padded, spaced, long] });
  const good = await startServer('openai', { models: ['gpt-4o'] });
  await openSettings(page);
  await addConnection(page, { server: 'llama.cpp', name: 'Evil box', baseUrl: evil.baseUrl });
  await addConnection(page, { server: 'llama.cpp', name: 'Good box', baseUrl: good.baseUrl });
  await openChat(page);

  const shown = ['gpt-4o⟨U+3000 ×300⟩', 'gpt-4o⟨U+0020 ×400⟩x', long];
  for (const [i, id] of [padded, spaced, long].entries()) {
    await pickModel(page, shown[i]!, 'Evil box');
    const picker = modelPicker(page);
    await expect(picker).toHaveValue(shown[i]!);
    await expect(picker).toHaveAccessibleDescription('Evil box');
    // the field (the combobox and what is drawn beside it) keeps the server's name inside its box
    const field = picker.locator('..');
    await expectInside(field.getByText('Evil box', { exact: true }), field);
    await sendMessage(page, `Which one ${i}`);
    await expect(assistantMessages(page).last()).toContainText('Hello');
    await expect(assistantMessages(page).last().locator('.meta')).toContainText(`${shown[i]} · on Evil box`);
    // the exact id went to the server; only the display is shortened
    expect((evil.lastRequest('/v1/chat/completions', 'POST')?.json as { model: string }).model).toBe(id);
  }

  // in the open list too, the server's name stays in view: on each recent row and on its group's header
  const list = await openModelList(page);
  const names = await list.getByText('Evil box', { exact: true }).all();
  expect(names.length).toBe(4);
  for (const name of names) await expectInside(name, list);
  await expect(modelOption(page, 'gpt-4o', 'Good box')).toBeVisible();
});
