// The first run: with no server stored, the chat offers a one-click scan of this computer, the form, and
// install guides naming this page's origin. From first start to a typed message takes at most 2 clicks.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { assistantMessages, modelPicker } from './support/chat-ui.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Counts the user's (trusted) clicks on every page load, and makes the one-click scan look at `ports`. */
async function prepare(page: Page, ports: number[]): Promise<void> {
  await page.addInitScript((scanPorts: string) => {
    const w = window as unknown as { clicks: number };
    w.clicks = 0;
    addEventListener('click', (e) => void (e.isTrusted && w.clicks++), true);
    localStorage.setItem('switchboard:scan-ports', scanPorts);
  }, ports.join(', '));
}

const clicks = (page: Page) => page.evaluate(() => (window as unknown as { clicks: number }).clicks);

test.describe('first run', () => {
  test('two clicks from first start to a typed message, with Ollama on another origin that allows the page', async ({
    page,
    startServer,
    startAppServer,
  }) => {
    const app = await startAppServer({ hostname: 'app.test' });
    const ollama = await startServer('ollama', { origins: [app.origin] });
    await prepare(page, [ollama.port]);
    await page.goto(app.url);

    // app.test counts as a public host: the local-network prompt is explained, and nothing is scanned yet
    await expect(page.getByText('your browser will ask')).toBeVisible();
    expect(ollama.requestsTo('/api/tags', 'GET')).toHaveLength(0);
    await page.getByRole('button', { name: 'Find servers on this computer' }).click();
    const found = page.getByRole('list', { name: 'Servers found' });
    await expect(found.getByRole('listitem')).toHaveText(`Ollama at http://localhost:${ollama.port} · 2 models Add`);
    await found.getByRole('button', { name: `Add Ollama on port ${ollama.port}` }).click();

    // the chat is ready: first model chosen, the message field focused
    await expect(modelPicker(page)).toHaveValue('llama3.2:1b');
    await expect(page.getByRole('textbox', { name: 'Message' })).toBeFocused();
    await page.keyboard.type('Hello there');
    await page.keyboard.press('Enter');
    await expect(assistantMessages(page).last()).toContainText('Hello from the Ollama test server.');
    expect(await clicks(page)).toBe(2);
    expect(ollama.lastRequest('/api/generate', 'POST')?.json).toMatchObject({ model: 'llama3.2:1b' });
  });

  test('the scan lists every server found with its kind and model count, and adds them all at once', async ({
    page,
    startServer,
  }) => {
    const ollama = await startServer('ollama');
    const llama = await startServer('openai', { models: ['a-model', 'b-model', 'c-model'] });
    await prepare(page, [ollama.port, llama.port, 1]);
    await page.goto('./');

    await page.getByRole('button', { name: 'Find servers on this computer' }).click();
    const found = page.getByRole('list', { name: 'Servers found' });
    await expect(page.getByText('Found 2 servers:')).toBeVisible();
    await expect(found.getByRole('listitem').filter({ hasText: `http://localhost:${ollama.port}` })).toContainText(
      'Ollama at',
    );
    await expect(found.getByRole('listitem').filter({ hasText: `http://localhost:${llama.port}/v1` })).toContainText(
      '3 models',
    );
    await page.getByRole('button', { name: 'Add all 2' }).click();
    await expect(modelPicker(page)).toHaveValue('llama3.2:1b');
    await page.goto('./#/settings');
    await expect(page.getByRole('article', { name: `Ollama :${ollama.port}` })).toBeVisible();
    await expect(page.getByRole('article', { name: `llama.cpp :${llama.port}` })).toBeVisible();
  });

  test("the install guides name this page's exact origin, per server and system", async ({ page, startAppServer }) => {
    const app = await startAppServer({ hostname: 'app.test' });
    await page.goto(app.url);
    const guides = page.getByRole('tablist', { name: 'Server to install' });
    const panel = page.getByRole('tabpanel');

    await expect(guides.getByRole('tab', { name: 'Ollama' })).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('tab', { name: 'macOS' }).click();
    await expect(panel).toContainText(`launchctl setenv OLLAMA_ORIGINS "${app.origin}"`);
    await page.getByRole('tab', { name: 'Windows' }).click();
    await expect(panel).toContainText(`setx OLLAMA_ORIGINS "${app.origin}"`);
    await expect(panel).not.toContainText('launchctl');

    await guides.getByRole('tab', { name: 'LM Studio' }).click();
    await expect(panel).toContainText('Enable CORS');
    await expect(panel).toContainText(app.origin);
    await guides.getByRole('tab', { name: 'llama.cpp' }).press('End');
    await guides.getByRole('tab', { name: 'LM Studio' }).press('ArrowRight');
    await expect(guides.getByRole('tab', { name: 'llama.cpp' })).toBeFocused();
    await expect(panel).toContainText(`--cors-origins "${app.origin}"`);
  });

  test('nothing is scanned without a click; from a public page the local-network prompt is explained first', async ({
    page,
    startServer,
  }) => {
    const ollama = await startServer('ollama');
    await prepare(page, [ollama.port]);
    await page.goto('./');
    await expect(page.getByRole('button', { name: 'Find servers on this computer' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'No server yet?' })).toBeVisible();
    expect(ollama.requestsTo('/api/tags', 'GET')).toHaveLength(0);
    // localhost is not public: no permission prompt to explain
    await expect(page.getByText('your browser will ask')).toHaveCount(0);
  });

  test('the first-run screen has no axe violations', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'No server yet?' })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations).toEqual([]);
  });
});
