// The model picker with 5,000 models on two servers: a keyboard-first combobox named "Model" that
// filters across every server, groups options by server with the server's status, shows each model's
// details (Ollama size · quantisation · family; llama-server context from /props; OpenRouter-style
// context and prices; Ollama context from /api/show on demand), never offers embedding-only models,
// and puts the models chosen last first. axe finds nothing on it open, light and dark.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type OllamaServer, type OpenAIServer } from './fixtures.ts';
import { modelOption, modelPicker, openChat, openModelList } from './support/chat-ui.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';

const COUNT = 5000;
const ids = Array.from({ length: COUNT }, (_, i) => `model-${String(i).padStart(5, '0')}`);
const EMBEDDERS = ['text-embedding-3-small', 'nomic-embed-text-v1.5'];

async function setUp(page: Page, startServer: (k: 'openai' | 'ollama', o: object) => Promise<unknown>) {
  const big = (await startServer('openai', {
    models: [...ids, ...EMBEDDERS],
    propsContext: 8192,
    modelFields: {
      'model-00001': { pricing: { prompt: '0.00000015', completion: '0.0000006' } },
      'text-embedding-3-small': { architecture: { output_modalities: ['embeddings'] } },
      'nomic-embed-text-v1.5': { type: 'embeddings' },
    },
  })) as OpenAIServer;
  const ollama = (await startServer('ollama', {
    models: [
      { name: 'llama3.2:1b', contextLength: 131072 },
      { name: 'nomic-embed-text:latest', family: 'nomic-bert', capabilities: ['embedding'] },
    ],
  })) as OllamaServer;
  await openSettings(page);
  await addConnection(page, { server: 'llama.cpp', name: 'Big box', baseUrl: big.baseUrl });
  await addConnection(page, { server: 'Ollama', name: 'Ollama box', baseUrl: ollama.url });
  await openChat(page);
  await expect(modelPicker(page)).toBeEnabled();
  return { big, ollama };
}

test('5,000 models: type, arrows and Enter choose; grouped by server with status and details; no embedding models; recent first', async ({
  page,
  startServer,
}) => {
  test.setTimeout(90_000);
  const { ollama } = await setUp(page, startServer);
  const picker = modelPicker(page);
  await expect(picker).toHaveAccessibleName('Model');

  // open by keyboard: the first server's group, its status, and details from llama-server's /props
  await picker.focus();
  await page.keyboard.press('ArrowDown');
  await expect(picker).toHaveAttribute('aria-expanded', 'true');
  const list = page.getByRole('listbox', { name: 'Models' });
  const bigGroup = list.getByRole('group', { name: 'Big box, Online' });
  // a group holds rows placed in the virtual list: it has no box of its own, its header has
  await expect(bigGroup).toBeAttached();
  await expect(bigGroup.getByText('Big box', { exact: true }).first()).toBeVisible();
  await expect(bigGroup.getByText('Online', { exact: true })).toBeVisible();
  await expect(modelOption(page, 'model-00000', 'Big box')).toHaveAccessibleDescription('8K context');
  await expect(modelOption(page, 'model-00001', 'Big box')).toHaveAccessibleDescription(
    '8K context · $0.15 in / $0.6 out per 1M',
  );
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', String(COUNT + 1));

  // type to filter, arrows move, Enter chooses
  await page.keyboard.type('model-0420');
  await expect(list.getByRole('option')).toHaveCount(10);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  const active = await picker.getAttribute('aria-activedescendant');
  await expect(page.locator(`[id="${active}"]`)).toHaveAccessibleName('model-04201 — Big box');
  await page.keyboard.press('Enter');
  await expect(picker).toHaveAttribute('aria-expanded', 'false');
  await expect(picker).toHaveValue('model-04201');
  await expect(picker).toHaveAccessibleName('Model');

  // embedding-only models are not offered, whichever way the server said so
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('embed');
  await expect(list.getByRole('option')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'No model matches “embed”.' })).toBeVisible();

  // the other server's group; Ollama's details, and its context length asked of /api/show on demand
  await picker.fill('llama');
  await expect(list.getByRole('group', { name: 'Ollama box, Online' }).getByText('Ollama box').first()).toBeVisible();
  const llama = modelOption(page, 'llama3.2:1b', 'Ollama box');
  await expect(llama).toHaveAccessibleDescription('1.2B · Q8_0 · llama · 128K context');
  const shown = ollama.requestsTo('/api/show', 'POST').map((r) => (r.json as { model: string }).model);
  expect(new Set(shown)).toEqual(new Set(['llama3.2:1b']));
  await page.keyboard.press('Enter');
  await expect(picker).toHaveValue('llama3.2:1b');

  // the models chosen last come first, newest first, under "Recent"
  const reopened = await openModelList(page);
  const recent = reopened.getByRole('group', { name: 'Recent' });
  await expect(recent.getByRole('option')).toHaveText([/^llama3\.2:1b/, /^model-04201/]);
  await expect(reopened.getByRole('option').nth(0)).toHaveAccessibleName('llama3.2:1b — Ollama box');
  await expect(reopened.getByRole('option').nth(1)).toHaveAccessibleName('model-04201 — Big box');
  await expect(reopened.getByRole('option').nth(2)).toHaveAccessibleName('model-00000 — Big box');
  await page.keyboard.press('Escape');

  // Settings still lists the embedding models, marked as such
  await openSettings(page);
  const all = page.getByRole('list', { name: 'All models' });
  await all.evaluate((el) => el.parentElement!.scrollTo(0, el.scrollHeight));
  await expect(all.getByRole('listitem').filter({ hasText: 'nomic-embed-text:latest' })).toContainText(
    'embedding (not for chat)',
  );
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: the open picker with groups, details and recent models (${scheme})`, async ({ page, startServer }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    await setUp(page, startServer);
    await openModelList(page);
    await modelOption(page, 'model-00003', 'Big box').click();
    await openModelList(page);
    await expect(page.getByRole('group', { name: 'Recent' }).getByText('Recent')).toBeVisible();
    await expect(modelOption(page, 'model-00001', 'Big box')).toHaveAccessibleDescription(/per 1M/);
    await page.keyboard.press('ArrowDown');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}
