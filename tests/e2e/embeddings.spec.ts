// The embeddings workbench (#/embeddings) against the loopback servers' /v1/embeddings and /api/embed:
// known vectors give the expected ranking (base64 and floats alike), the heatmap is drawn, 1,000 texts go
// in batches with the progress bar reaching 100 %, Cancel stops the run, CSV export, and axe.
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test, type OpenAIServer } from './fixtures.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';
import { batchSizes } from '../servers/embedding-vectors.ts';

const KNOWN = {
  cat: [1, 0, 0],
  kitten: [0.8, 0.3, 0],
  dog: [0.6, 0.8, 0],
  car: [0, 0, 1],
  truck: [0.1, 0, 0.99],
  feline: [1, 0.05, 0],
};
const TEXTS = ['car', 'dog', 'truck', 'kitten', 'cat'];
const MODEL = 'text-embedding-3-small';

async function openWorkbench(page: Page, server: string, baseUrl: string, model: string): Promise<void> {
  await openSettings(page);
  await addConnection(page, { server, name: 'Local', baseUrl });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Embeddings' }).click();
  await expect(page.getByRole('heading', { name: 'Embeddings', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Embedding model').locator('option:checked')).toHaveText(model);
}

async function runTexts(page: Page, texts: readonly string[]): Promise<void> {
  await page.getByLabel('Texts, one per line').fill(texts.join('\n'));
  await page.getByRole('button', { name: 'Run', exact: true }).click();
}

async function nearestTo(page: Page, query: string): Promise<string[]> {
  await page.getByLabel('Query text').fill(query);
  await page.getByRole('button', { name: 'Find nearest' }).click();
  const items = page.getByRole('list', { name: 'Nearest texts' }).getByRole('listitem');
  await expect(items).toHaveCount(5);
  return (await items.locator('.embed-text').allTextContents()).map((t) => t.trim());
}

const embeddingRequests = (server: OpenAIServer) => server.requestsTo('/v1/embeddings', 'POST');

// two shared cores: adding a connection, filling 1,000 lines and axe are slow here, which says nothing about the app
test.beforeEach(() => test.setTimeout(120_000));

for (const base64 of ['yes', 'reject'] as const) {
  test(`known vectors give the expected nearest ranking and a drawn heatmap (base64 ${base64})`, async ({
    page,
    startServer,
  }) => {
    const server = await startServer('openai', { models: [MODEL, 'test-model'], embeddings: KNOWN, base64 });
    await openWorkbench(page, 'llama.cpp', server.baseUrl, MODEL);
    await runTexts(page, TEXTS);
    await expect(page.getByRole('progressbar', { name: 'Embedding progress' })).toHaveAttribute('aria-valuenow', '100');
    await expect(page.locator('dl.embed-facts dd').first()).toHaveText('3');
    expect(await nearestTo(page, 'feline')).toEqual(['cat', 'kitten', 'dog', 'truck', 'car']);
    const formats = embeddingRequests(server).map((r) => (r.json as { encoding_format?: string }).encoding_format);
    expect(formats[0]).toBe('base64');
    if (base64 === 'reject') expect(formats[1]).toBe('float');
    expect(embeddingRequests(server).every((r) => r.validation?.valid)).toBe(true);

    const heatmap = page.getByRole('img', { name: 'Heatmap of the cosine similarity of 5 texts' });
    await expect(heatmap).toBeVisible();
    const colours = await heatmap.locator('canvas').evaluate((canvas) => {
      const c = canvas as HTMLCanvasElement;
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      const seen = new Set<string>();
      for (let i = 0; i < data.length; i += 4)
        if (data[i + 3] !== 0) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
      return { width: c.width, distinct: seen.size };
    });
    expect(colours.width).toBe(5);
    expect(colours.distinct).toBeGreaterThan(3);
    await expect(page.getByRole('table')).toContainText('1.000');
  });
}

test('1,000 texts go in batches of at most 64, the progress bar reaches 100 %, and CSV export has a row each', async ({
  page,
  startServer,
}) => {
  const server = await startServer('openai', { models: [MODEL] });
  await openWorkbench(page, 'llama.cpp', server.baseUrl, MODEL);
  const texts = Array.from({ length: 1000 }, (_, i) => `text number ${i}`);
  await runTexts(page, texts);
  const bar = page.getByRole('progressbar', { name: 'Embedding progress' });
  await expect(bar).toHaveAttribute('aria-valuenow', '100');
  await expect(bar).toHaveAttribute('aria-valuetext', '1000 of 1000 texts');
  const sizes = batchSizes(embeddingRequests(server));
  expect(sizes.length).toBeGreaterThanOrEqual(16);
  expect(Math.max(...sizes)).toBeLessThanOrEqual(64);
  expect(sizes.reduce((a, b) => a + b, 0)).toBe(1000);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  const lines = (await readFile(file, 'utf8')).trimEnd().split('\r\n');
  expect(lines).toHaveLength(1001);
  expect(lines[0]).toBe(['text', ...Array.from({ length: 16 }, (_, i) => `d${i + 1}`)].join(','));
  expect(lines[1]?.startsWith('text number 0,')).toBe(true);
});

test('Cancel mid-run stops further requests, keeps what finished and says so', async ({ page, startServer }) => {
  const server = await startServer('openai', { models: [MODEL] });
  await openWorkbench(page, 'llama.cpp', server.baseUrl, MODEL);
  // the fourth batch (texts 192–255) stalls until the app gives up on it
  server.behave({ hangOnText: 't200' });
  await runTexts(
    page,
    Array.from({ length: 1000 }, (_, i) => `t${i}`),
  );
  await expect.poll(() => embeddingRequests(server).length).toBe(4);
  await expect(page.getByRole('progressbar', { name: 'Embedding progress' })).toHaveAttribute(
    'aria-valuetext',
    '192 of 1000 texts',
  );
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Cancelled: 192 of 1000 texts were embedded before you cancelled')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
  expect(embeddingRequests(server)).toHaveLength(4);
  await expect(page.getByRole('img', { name: 'Heatmap of the cosine similarity of 192 texts' })).toBeVisible();
});

test("Ollama's /api/embed gives the same ranking", async ({ page, startServer }) => {
  const server = await startServer('ollama', { models: ['llama3.2:1b', 'nomic-embed-text:latest'], embeddings: KNOWN });
  await openWorkbench(page, 'Ollama', server.url, 'nomic-embed-text:latest');
  await runTexts(page, TEXTS);
  expect(await nearestTo(page, 'feline')).toEqual(['cat', 'kitten', 'dog', 'truck', 'car']);
  expect(server.requestsTo('/api/embed', 'POST').length).toBeGreaterThanOrEqual(2);
});

test('a chat model asked for embeddings shows the error and its diagnosis', async ({ page, startServer }) => {
  const server = await startServer('openai', { models: [MODEL, 'test-model'], chatOnlyModels: [MODEL] });
  await openWorkbench(page, 'llama.cpp', server.baseUrl, MODEL);
  await runTexts(page, TEXTS);
  await expect(page.getByRole('alert')).toContainText('does not support embeddings');
  await expect(page.getByRole('region', { name: /^Diagnosis/ }).or(page.getByLabel(/^Diagnosis/))).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the workbench with results (${scheme})`, async ({ page, startServer }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const server = await startServer('openai', { models: [MODEL], embeddings: KNOWN });
    await openWorkbench(page, 'llama.cpp', server.baseUrl, MODEL);
    await runTexts(page, TEXTS);
    await nearestTo(page, 'feline');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}
