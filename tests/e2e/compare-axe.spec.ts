// axe on the Compare view with four columns and the charts, in the light and the dark theme.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const scheme of ['light', 'dark'] as const) {
  test(`Compare, four columns and the charts: ${scheme} theme`, async ({ page, startServer }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    const server = await startServer('openai', { models: ['m-one', 'm-two', 'm-three', 'm-four'] });
    await openSettings(page);
    await addConnection(page, { server: 'llama.cpp', name: 'Box', baseUrl: server.baseUrl });
    await page.getByRole('link', { name: 'Compare', exact: true }).click();
    await page.getByRole('button', { name: 'Add a model' }).click();
    await page.getByRole('button', { name: 'Add a model' }).click();
    for (const [i, m] of ['m-one', 'm-two', 'm-three', 'm-four'].entries())
      await page.getByLabel(`Model ${i + 1}`, { exact: true }).selectOption({ label: m });
    await page.getByLabel('Prompt', { exact: true }).fill('Hello');
    await page.getByText('System prompt and runs').click();
    await page.getByLabel('Runs per model (1–20)').fill('2');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(page.getByRole('img', { name: /^Tokens per second, measured in the browser/ })).toBeVisible({
      timeout: 60_000,
    });
    await expect(page.getByRole('button', { name: /^Continue with this answer/ })).toHaveCount(4);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const found = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
    );
    expect(found).toEqual([]);
  });
}
