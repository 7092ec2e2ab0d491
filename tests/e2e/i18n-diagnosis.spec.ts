// Diagnoses in the reader's language: with a German browser, a connection to a server that is down, or that
// sends no CORS headers, is explained in German (cause, evidence, fixes) while commands, addresses and the
// page's origin stay exactly as they must be typed.
import type { Locator, Page } from '@playwright/test';
import { APP_ORIGIN, expect, test } from './fixtures.ts';
import { titleOf } from './support/diagnosis-ui.ts';

async function addInGerman(page: Page, baseUrl: string): Promise<Locator> {
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { name: 'Einstellungen', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Verbindung hinzufügen', exact: true }).click();
  const form = page.getByRole('form', { name: 'Verbindung hinzufügen' });
  await form.getByLabel('Server', { exact: true }).selectOption({ label: 'llama.cpp' });
  await form.getByLabel('Basis-URL', { exact: true }).fill(baseUrl);
  await form.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(form).toBeHidden();
  const card = page.getByRole('article');
  await expect(card).toHaveCount(1);
  return card;
}

/** The card's diagnosis section, once its status says it failed for this reason. */
async function germanDiagnosis(card: Locator, title: string): Promise<Locator> {
  await expect(card.getByRole('status')).toHaveText(`Fehlgeschlagen: ${title}`);
  const toggle = card.getByRole('button', { name: /^Diagnose (anzeigen|ausblenden)$/ });
  await expect(async () => {
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true', { timeout: 1000 });
  }).toPass();
  const d = card.getByRole('region', { name: 'Diagnose' });
  await expect(titleOf(d)).toHaveText(title);
  return d;
}

test.describe('German diagnoses', () => {
  test.use({ locale: 'de-DE' });
  // the diagnosis waits for probes; on a busy shared machine that can take a while
  test.slow();

  test('a server that is down: the cause and the fix are German, the commands verbatim', async ({
    page,
    startServer,
  }) => {
    const gone = await startServer('openai');
    const baseUrl = gone.baseUrl;
    const host = new URL(gone.url).host;
    await gone.close();

    const card = await addInGerman(page, baseUrl);
    const d = await germanDiagnosis(card, `Unter ${host} hat nichts geantwortet`);
    await expect(d).toHaveAttribute('data-cause', 'unreachable');
    const evidence = d.getByRole('list', { name: 'Belege' });
    await expect(evidence).toContainText(`GET ${baseUrl}/models schlug fehl, bevor eine Antwort gelesen werden konnte`);
    const fixes = d.getByRole('list', { name: 'Lösungen' });
    await expect(fixes).toContainText('Prüfen Sie, ob llama.cpp läuft');
    await expect(fixes).toContainText('Starten Sie ihn mit: llama-server -m model.gguf --port 8080.');
    await expect(fixes.locator('pre code').first()).toHaveText(`curl -si "${baseUrl}/models" | head -n 5`);
  });

  test('a server without CORS headers: the German fix names this origin verbatim', async ({ page, startServer }) => {
    const server = await startServer('openai', { cors: 'none' });
    const card = await addInGerman(page, server.baseUrl);
    const d = await germanDiagnosis(card, `llama.cpp erlaubt keine Anfragen von ${APP_ORIGIN}`);
    await expect(d).toHaveAttribute('data-cause', 'cors-origin');
    const fixes = d.getByRole('list', { name: 'Lösungen' });
    await expect(fixes).toContainText(`${APP_ORIGIN} in llama-server erlauben`);
    await expect(fixes.locator('pre code').first()).toHaveText(
      `llama-server -m model.gguf --cors-origins "${APP_ORIGIN}"`,
    );
  });
});
