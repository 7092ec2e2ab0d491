// A model list is always the server's current one. A server (or a proxy or CDN in front of it) may let
// browsers cache it; the app reads it fresh anyway: a model loaded since shows on Refresh, and a copy
// cached from the user opening the same address in the tab (no Origin, so a server that echoes the Origin
// sent an empty Access-Control-Allow-Origin) never fails the app's request.
import type { Page } from '@playwright/test';
import { expect, test, type ServerFixtures } from './fixtures.ts';
import { addConnection, connectionCard, openSettings, statusOf } from './support/settings-ui.ts';

const allModels = (page: Page) => page.getByRole('list', { name: 'All models' });

/** A server that lets browsers cache its list for 10 minutes, added in Settings, its one model listed. */
async function cachingServer(page: Page, startServer: ServerFixtures['startServer'], name: string, model: string) {
  const server = await startServer('openai', { models: [model], modelsMaxAge: 600 });
  await openSettings(page);
  await addConnection(page, { server: 'vLLM', name, baseUrl: server.baseUrl });
  await expect(allModels(page).getByText(model)).toBeVisible();
  return server;
}

test('a model loaded since shows on Refresh, even when the server lets browsers cache its list', async ({
  page,
  startServer,
}) => {
  const server = await cachingServer(page, startServer, 'Cached', 'old-model');
  server.behave({ models: ['old-model', 'new-model'] });
  await page.getByRole('button', { name: 'Refresh all' }).click();
  await expect(allModels(page).getByText('new-model')).toBeVisible();
  await expect(statusOf(connectionCard(page, 'Cached'))).toHaveText(/Online · 2 models/);
});

test('opening the model list in the tab itself, then going back, leaves the app listing the models', async ({
  page,
  startServer,
}) => {
  const server = await cachingServer(page, startServer, 'Visited', 'tab-model');
  for (let round = 1; round <= 3; round++) {
    await page.goto(`${server.baseUrl}/models`);
    await expect(page.getByText('tab-model')).toBeVisible();
    await page.goBack();
    await expect(statusOf(connectionCard(page, 'Visited'))).toHaveText(/Online · 1 model/);
    await expect(allModels(page).getByText('tab-model')).toBeVisible();
  }
});
