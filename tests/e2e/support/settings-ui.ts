// Drives the Settings page the way a user does: by role and accessible name.
import { expect, type Locator, type Page } from '@playwright/test';

export interface ConnectionInput {
  server?: string;
  name: string;
  mode?: 'OpenAI' | 'Ollama' | 'OpenAI-compatible';
  baseUrl: string;
  apiKey?: string;
  maxTokens?: string;
  extraParams?: string;
  modelIds?: string;
  modelFilter?: string;
  /** seconds, typed into the Timeouts fields */
  firstTokenTimeout?: string;
  idleTimeout?: string;
}

export async function openSettings(page: Page): Promise<void> {
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
}

/** Opens the form's "Advanced" part (name, mode, parameters, models, timeouts) unless it is open. */
export async function openAdvanced(page: Page): Promise<void> {
  const details = page.getByRole('form').locator('details.advanced');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await details.getByText('Advanced', { exact: true }).click();
  }
}

const ESSENTIAL: ReadonlyArray<keyof ConnectionInput> = ['server', 'baseUrl', 'apiKey'];

export async function fillConnectionForm(page: Page, c: Partial<ConnectionInput>): Promise<void> {
  const form = page.getByRole('form');
  if (c.server) await form.getByLabel('Server', { exact: true }).selectOption({ label: c.server });
  const keys = Object.keys(c) as Array<keyof ConnectionInput>;
  if (keys.some((k) => !ESSENTIAL.includes(k) && c[k] !== undefined)) await openAdvanced(page);
  if (c.name !== undefined) await form.getByLabel('Name', { exact: true }).fill(c.name);
  if (c.mode) await form.getByLabel('Mode', { exact: true }).selectOption({ label: c.mode });
  if (c.baseUrl !== undefined) await form.getByLabel('Base URL', { exact: true }).fill(c.baseUrl);
  if (c.apiKey !== undefined) await form.getByLabel('API key', { exact: true }).fill(c.apiKey);
  if (c.maxTokens !== undefined) await form.getByLabel('Max tokens', { exact: true }).fill(c.maxTokens);
  if (c.extraParams !== undefined)
    await form.getByLabel('Extra parameters (JSON)', { exact: true }).fill(c.extraParams);
  if (c.modelIds !== undefined) await form.getByLabel('Model IDs', { exact: true }).fill(c.modelIds);
  if (c.modelFilter !== undefined) await form.getByLabel('Model filter', { exact: true }).fill(c.modelFilter);
  if (c.firstTokenTimeout !== undefined)
    await form.getByLabel('First-token timeout (s)', { exact: true }).fill(c.firstTokenTimeout);
  if (c.idleTimeout !== undefined) await form.getByLabel('Idle timeout (s)', { exact: true }).fill(c.idleTimeout);
}

/** Adds a connection through the form and waits until the form closes. */
export async function addConnection(page: Page, c: ConnectionInput): Promise<Locator> {
  await page.getByRole('button', { name: 'Add connection', exact: true }).click();
  await fillConnectionForm(page, c);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('form')).toHaveCount(0);
  return connectionCard(page, c.name);
}

export function connectionCard(page: Page, name: string): Locator {
  return page.getByRole('article', { name, exact: true });
}

export function statusOf(card: Locator): Locator {
  return card.getByRole('status');
}
