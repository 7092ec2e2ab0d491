// Text chosen below the UI in the reader's language: in a German browser, the connection form's message
// for a bad base URL and the chat settings' parameter labels and value sources are German, while the
// scheme and the server's name stay as written.
import type { Page } from '@playwright/test';
import { expect, test, type OpenAIServer } from './fixtures.ts';

test.use({ locale: 'de-DE' });
// two settings pages and a chat on a shared two-core machine: more than the default time, never a timing check
test.slow();

async function openSettingsInGerman(page: Page): Promise<void> {
  await page.goto('./#/settings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { name: 'Einstellungen', level: 1 })).toBeVisible();
}

async function addLlamaCpp(page: Page, openai: OpenAIServer): Promise<void> {
  await page.getByRole('button', { name: 'Verbindung hinzufügen', exact: true }).click();
  const form = page.getByRole('form');
  await form.getByLabel('Server', { exact: true }).selectOption({ label: 'llama.cpp' });
  await form.getByLabel('Basis-URL', { exact: true }).fill('ftp://files.example');
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(form.getByText('Hier funktionieren nur http://- und https://-Adressen, nicht ftp://')).toBeVisible();

  await form.getByLabel('Basis-URL', { exact: true }).fill(openai.baseUrl);
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(page.getByRole('form')).toHaveCount(0);
}

test('in a German browser, a bad base URL and the chat settings’ parameters are described in German', async ({
  page,
  openai,
}) => {
  await openSettingsInGerman(page);
  await addLlamaCpp(page, openai);

  await page.getByRole('link', { name: 'Chat', exact: true }).click();
  const button = page.getByRole('button', { name: 'Chat-Einstellungen' });
  await button.click();
  const panel = page.getByRole('complementary', { name: 'Chat-Einstellungen' });
  await expect(panel.getByRole('spinbutton', { name: 'Temperatur', exact: true })).toBeVisible();
  await expect(panel.getByRole('spinbutton', { name: 'Wiederholungsstrafe', exact: true })).toBeVisible();
  await expect(panel.locator('#param-top_k-source')).toHaveText('Server-Standard (llama.cpp: 40)');
  await expect(panel.getByText(/^Nicht Teil der OpenAI-API; llama\.cpp, vLLM, LM Studio/).first()).toBeVisible();
});
