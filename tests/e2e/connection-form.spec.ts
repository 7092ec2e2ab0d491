// The connection form: essentials first (server, base URL, API key), the rest under "Advanced"; "Test" runs
// the checklist against the values typed, before anything is saved.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { openSettings } from './support/settings-ui.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test('Test runs the checklist against the unsaved values, and saves nothing', async ({ page, ollama }) => {
  await openSettings(page);
  await page.getByRole('button', { name: 'Add connection', exact: true }).click();
  const form = page.getByRole('form', { name: 'Add connection' });
  await form.getByLabel('Server', { exact: true }).selectOption({ label: 'Ollama' });
  await form.getByLabel('Base URL', { exact: true }).fill(ollama.url);
  await expect(form.getByLabel('Name', { exact: true })).toBeHidden();
  await form.getByRole('button', { name: 'Test', exact: true }).click();

  const checklist = form.getByRole('list', { name: 'Connection checklist' });
  await expect(checklist.getByRole('listitem').last()).not.toHaveAttribute('data-status', /pending|running/);
  await expect(checklist.locator('[data-status="fail"]')).toHaveCount(0);
  await expect(checklist.locator('[data-status="pass"]').first()).toBeVisible();
  expect(ollama.requestsTo('/api/tags', 'GET').length).toBeGreaterThan(0);

  // nothing was stored: cancelling leaves no connection
  await form.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Add your first server' })).toBeVisible();
});

test('a failing Test shows the failure in the form, before any save', async ({ page }) => {
  await openSettings(page);
  await page.getByRole('button', { name: 'Add connection', exact: true }).click();
  const form = page.getByRole('form', { name: 'Add connection' });
  await form.getByLabel('Base URL', { exact: true }).fill('http://127.0.0.1:9/v1');
  await form.getByRole('button', { name: 'Test', exact: true }).click();
  await expect(
    form.getByRole('list', { name: 'Connection checklist' }).locator('[data-status="fail"]'),
  ).not.toHaveCount(0);
  await expect(page.getByRole('article')).toHaveCount(0);
});

test('a missing name opens Advanced and focuses the field', async ({ page }) => {
  await openSettings(page);
  await page.getByRole('button', { name: 'Add connection', exact: true }).click();
  const form = page.getByRole('form', { name: 'Add connection' });
  await expect(form.getByLabel('Server', { exact: true })).toBeFocused();
  await form.getByLabel('Base URL', { exact: true }).fill('http://localhost:8080/v1');
  await form.locator('details.advanced').getByText('Advanced', { exact: true }).click();
  await form.getByLabel('Name', { exact: true }).fill('');
  await form.locator('details.advanced').getByText('Advanced', { exact: true }).click();
  await expect(form.getByLabel('Name', { exact: true })).toBeHidden();
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(form.getByLabel('Name', { exact: true })).toBeFocused();
  await expect(form.getByText('Give the connection a name')).toBeVisible();
});

test('the connection form has no axe violations, closed and with Advanced open', async ({ page }) => {
  await openSettings(page);
  await page.getByRole('button', { name: 'Add connection', exact: true }).click();
  const form = page.getByRole('form', { name: 'Add connection' });
  await expect(form).toBeVisible();
  expect((await new AxeBuilder({ page }).include('form').withTags(AXE_TAGS).analyze()).violations).toEqual([]);
  await form.locator('details.advanced').getByText('Advanced', { exact: true }).click();
  await expect(form.getByLabel('Name', { exact: true })).toBeVisible();
  expect((await new AxeBuilder({ page }).include('form').withTags(AXE_TAGS).analyze()).violations).toEqual([]);
});

test("Advanced request parameters: Min P and Repeat penalty, checked with the chat panel's ranges", async ({
  page,
  openai,
}) => {
  await openSettings(page);
  await page.getByRole('button', { name: 'Add connection', exact: true }).click();
  const form = page.getByRole('form', { name: 'Add connection' });
  await form.getByLabel('Server', { exact: true }).selectOption({ label: 'llama.cpp' });
  await form.getByLabel('Base URL', { exact: true }).fill(openai.baseUrl);
  await form.locator('details.advanced').getByText('Advanced', { exact: true }).click();
  await form.getByLabel('Top K', { exact: true }).fill('5000');
  await form.getByLabel('Min P', { exact: true }).fill('0.05');
  await form.getByLabel('Repeat penalty', { exact: true }).fill('1.1');
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(form.getByText('Top K must be between 0 and 1000')).toBeVisible();
  await expect(form.getByLabel('Top K', { exact: true })).toBeFocused();

  await form.getByLabel('Top K', { exact: true }).fill('1000');
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(form).toHaveCount(0);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const edit = page.getByRole('form');
  await edit.locator('details.advanced').getByText('Advanced', { exact: true }).click();
  await expect(edit.getByLabel('Min P', { exact: true })).toHaveValue('0.05');
  await expect(edit.getByLabel('Repeat penalty', { exact: true })).toHaveValue('1.1');
  await expect(edit.getByLabel('Top K', { exact: true })).toHaveValue('1000');
  await expect(edit.getByLabel('Extra parameters (JSON)')).toHaveValue('');
});
