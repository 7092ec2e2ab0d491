// Proves the browser setup: Chromium starts, the built app is served under /switchboard/, and test
// servers on other origins are reachable with real CORS.
import { test, expect, APP_ORIGIN } from './fixtures.ts';

test('the app loads with its title', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle('Switchboard');
});

test('a cross-origin fetch from the page reaches a test server with CORS', async ({ page, openai, ollama }) => {
  await page.goto('./');
  const result = await page.evaluate(
    async ([models, tags]) => {
      const a = await fetch(models!);
      const b = await fetch(tags!);
      return { models: (await a.json()) as { data: unknown[] }, tags: (await b.json()) as { models: unknown[] } };
    },
    [`${openai.baseUrl}/models`, `${ollama.url}/api/tags`],
  );
  expect(result.models.data.length).toBeGreaterThan(0);
  expect(result.tags.models.length).toBeGreaterThan(0);
  expect(openai.lastRequest('/v1/models')?.origin).toBe(APP_ORIGIN);
});
