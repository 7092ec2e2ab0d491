// Reads what the app says about a failure: the Diagnosis section (cause, title, evidence, fixes and
// their commands), the "Test connection" checklist, and the Settings page of an app on another origin.
import { expect, type Locator, type Page } from '@playwright/test';
import { connectionCard, statusOf } from './settings-ui.ts';

/** Opens Settings of an app served elsewhere (e.g. startAppServer()'s http://app.test:<port>/switchboard/). */
export async function openSettingsAt(page: Page, appUrl: string): Promise<void> {
  await page.goto(`${appUrl}#/settings`);
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
}

export function diagnosisIn(scope: Locator | Page): Locator {
  return scope.getByRole('region', { name: 'Diagnosis' });
}

/** The diagnosis' one-line title (its first heading; "How to fix it" is the second). */
export function titleOf(diagnosis: Locator): Locator {
  return diagnosis.getByRole('heading').first();
}

export function evidenceOf(diagnosis: Locator): Locator {
  return diagnosis.getByRole('list', { name: 'Evidence' });
}

export function fixesOf(diagnosis: Locator): Locator {
  return diagnosis.getByRole('list', { name: 'Fixes' });
}

/** The copyable commands currently shown (only the selected platform tab's, where there are tabs). */
export function commandsOf(diagnosis: Locator): Locator {
  return fixesOf(diagnosis).locator('pre code');
}

/** Waits for the card's automatic diagnosis ("Failed: <title>"), opens it and returns the section. */
export async function cardDiagnosis(page: Page, name: string, title: string, timeout?: number): Promise<Locator> {
  const card = connectionCard(page, name);
  await expect(statusOf(card)).toHaveText(`Failed: ${title}`, timeout ? { timeout } : {});
  await openCardDiagnosis(card);
  const section = diagnosisIn(card);
  await expect(section).toHaveCount(1);
  await expect(titleOf(section)).toHaveText(title);
  return section;
}

/**
 * Opens the card's diagnosis unless it is open already: right after a save that did not answer, it opens
 * by itself (possibly just after the toggle appears, so this retries until it is open).
 */
export async function openCardDiagnosis(card: Locator): Promise<void> {
  const toggle = card.getByRole('button', { name: /^(Show|Hide) diagnosis$/ });
  await expect(toggle).toBeVisible();
  await expect(async () => {
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true', { timeout: 1000 });
  }).toPass();
}

/** Clicks "Test connection" and returns the checklist and the test's own region once it finished. */
export async function runConnectionTest(page: Page, name: string): Promise<{ test: Locator; checklist: Locator }> {
  const card = connectionCard(page, name);
  await card.getByRole('button', { name: 'Test connection' }).click();
  const test = card.getByRole('region', { name: `Test of ${name}` });
  await expect(test.getByRole('button', { name: 'Run test again' })).toBeEnabled({ timeout: 12_000 });
  return { test, checklist: test.getByRole('list', { name: 'Connection checklist' }) };
}

/** One checklist step by its label, e.g. 'The server answers'. */
export function checklistStep(checklist: Locator, label: string): Locator {
  return checklist.locator(':scope > li').filter({ hasText: label });
}
