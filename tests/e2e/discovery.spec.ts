// Model discovery over many servers: each connection's models reach the picker as soon as its own
// server answers, and dead servers (one refusing connections, one that never answers) hold nobody up.
// Order and state only, no timings: a server the test holds shows that nothing waits for "all".
import { createServer as createNetServer } from 'node:net';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { modelOption, modelPicker, openModelList } from './support/chat-ui.ts';
import { connectionCard, openSettings, statusOf } from './support/settings-ui.ts';

/** A port nothing listens on: connecting to it is refused at once. */
async function refusingPort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return address.port;
}

interface HeldServer {
  baseUrl: string;
  /** model-list requests received so far */
  received(): number;
  /** answer every held and future request */
  release(): void;
  close(): Promise<void>;
}

/** An OpenAI-compatible model list that answers only when the test releases it (the slowest healthy server). */
async function startHeldServer(models: string[]): Promise<HeldServer> {
  let released = false;
  let count = 0;
  const waiting: Array<() => void> = [];
  const answer = (req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Access-Control-Allow-Origin': req.headers.origin ?? '*',
    });
    res.end(JSON.stringify({ object: 'list', data: models.map((id) => ({ id, object: 'model', owned_by: 'test' })) }));
  };
  const server = createServer((req, res) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Origin': req.headers.origin ?? '*',
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '*',
      });
      res.end();
      return;
    }
    if (req.url !== '/v1/models') {
      res.writeHead(404).end();
      return;
    }
    count++;
    if (released) answer(req, res);
    else waiting.push(() => answer(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return {
    baseUrl: `http://127.0.0.1:${address.port}/v1`,
    received: () => count,
    release() {
      released = true;
      for (const go of waiting.splice(0)) go();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function importConnections(
  page: Page,
  connections: Array<{ name: string; mode: string; base_url: string }>,
): Promise<void> {
  const file = {
    format: 'switchboard-connections',
    version: 1,
    exported_at: 0,
    connections: connections.map((c) => ({ ...c, enabled: true })),
  };
  await page
    .getByLabel('Import connections file')
    .setInputFiles({ name: 'c.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByText(`Imported ${connections.length} connections.`)).toBeVisible();
}

/** The picker's option for this model; the picker must be open (its listbox shows every model that came in). */
function option(page: Page, model: string, connection: string) {
  return modelOption(page, model, connection);
}

/**
 * How many options the open picker offers for this model: filtered by its id (the list is virtual, and
 * with a header per server not every option is in the DOM at once), then the filter is cleared.
 */
async function offered(page: Page, model: string, connection: string): Promise<number> {
  await modelPicker(page).fill(model);
  const n = await option(page, model, connection).count();
  await modelPicker(page).fill('');
  return n;
}

test.describe('discovery', () => {
  test("ten servers: each one's models are listed as soon as it answers, while a dead one still hangs", async ({
    page,
    startServer,
  }) => {
    const healthy = await Promise.all(
      Array.from({ length: 6 }, (_, i) => startServer('openai', { models: [`model-${i}-a`, `model-${i}-b`] })),
    );
    const ollama = await startServer('ollama', { models: ['llama3.2:1b'] });
    const held = await startHeldServer(['slow-model']);
    const hanging = await startServer('openai', { models: ['never-listed'] });
    hanging.behave({ hang: true });
    const refusedPort = await refusingPort();

    try {
      await openSettings(page);
      await importConnections(page, [
        { name: 'Refusing box', mode: 'openai_compatible', base_url: `http://127.0.0.1:${refusedPort}/v1` },
        { name: 'Hanging box', mode: 'openai_compatible', base_url: hanging.baseUrl },
        ...healthy.map((s, i) => ({ name: `Box ${i}`, mode: 'openai_compatible', base_url: s.baseUrl })),
        { name: 'Ollama box', mode: 'ollama', base_url: ollama.url },
        { name: 'Slow box', mode: 'openai_compatible', base_url: held.baseUrl },
      ]);

      // a fresh page on the chat route: every model list is asked for at load
      await page.getByRole('link', { name: 'Chat', exact: true }).click();
      const heldBefore = held.received();
      const hangingBefore = hanging.requestsTo('/v1/models', 'GET').length;
      await page.reload();
      await expect.poll(() => held.received()).toBeGreaterThan(heldBefore);
      await expect.poll(() => hanging.requestsTo('/v1/models', 'GET').length).toBeGreaterThan(hangingBefore);

      // every server that answered is listed while the slow one and the hanging one have not answered
      const list = await openModelList(page);
      for (const [i] of healthy.entries()) {
        await expect.poll(() => offered(page, `model-${i}-a`, `Box ${i}`)).toBe(1);
        await expect.poll(() => offered(page, `model-${i}-b`, `Box ${i}`)).toBe(1);
      }
      await expect.poll(() => offered(page, 'llama3.2:1b', 'Ollama box')).toBe(1);
      expect(await offered(page, 'slow-model', 'Slow box')).toBe(0);
      await expect(modelPicker(page)).toBeEnabled();

      // the slowest healthy server answers: its models join at once, the hanging one still pending
      held.release();
      await expect.poll(() => offered(page, 'slow-model', 'Slow box')).toBe(1);
      await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', String(6 * 2 + 1 + 1));
      expect(await offered(page, 'never-listed', 'Hanging box')).toBe(0);

      await openSettings(page);
      await expect(statusOf(connectionCard(page, 'Hanging box'))).toHaveText('Checking…');
      await expect(connectionCard(page, 'Refusing box')).toHaveAttribute('data-state', 'failed');
      await expect(statusOf(connectionCard(page, 'Slow box'))).toHaveText('Online · 1 model');
      await expect(page.getByRole('list', { name: 'All models' }).getByRole('listitem')).toHaveCount(6 * 2 + 1 + 1);
    } finally {
      held.release();
      await held.close();
    }
  });
});
