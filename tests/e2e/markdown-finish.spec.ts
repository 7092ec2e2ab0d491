// The finish of rendered answers: bordered tables with a styled header row, a bar beside quotes, code
// blocks headed by their language with a working copy button, and TeX math as MathML, for all four
// delimiter forms, with temml fetched only for answers that contain math and hostile TeX kept inert.
import AxeBuilder from '@axe-core/playwright';
import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { assistantMessages, pickModel, sendMessage } from './support/chat-ui.ts';
import { armSentinels } from './support/hostile-payloads.ts';
import { seedConnection } from './support/seed-connection.ts';

/** The chunk with the math renderer (src/lib/render/mathml.ts and temml). */
const MATH_CHUNK = /\/assets\/mathml-[\w-]+\.js$/;

/** Keywords, strings, numbers, comments, function and class names, for the highlighting colours. */
const CODE = [
  '// the bill',
  'class Bill extends Base {',
  '  total(): number {',
  "    return sum('tea', 3 + 5, true);",
  '  }',
  '}',
].join('\n');

const PLAIN_ANSWER = [
  '| Name | Price |',
  '|------|------:|',
  '| tea | 3 |',
  '| cake | 5 |',
  '',
  '> Quoted wisdom.',
  '',
  '```ts',
  CODE,
  '```',
  '',
  'It costs $5 and $10, and `$x$` is code.',
].join('\n');

const MATH_ANSWER = [
  'Inline $x^2$ and \\(a+b\\) here.',
  '',
  '$$',
  '\\sum_{i=1}^{n} i',
  '$$',
  '',
  '\\[\\frac{1}{2}\\]',
  '',
  'Hostile: $\\href{javascript:alert(1)}{click}$ and $\\text{<img src=x onerror=alert(1)>}$ end.',
].join('\n');

function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request: Request) => void urls.push(request.url()));
  return urls;
}

async function ask(page: Page, reply: string, startServer: Parameters<Parameters<typeof test>[2]>[0]['startServer']) {
  const server = await startServer('openai', { reply });
  await seedConnection(page, { server: 'llama.cpp', name: 'Finish', baseUrl: server.baseUrl });
  await pickModel(page, 'test-model', 'Finish');
  await sendMessage(page, 'Show me');
  const answer = assistantMessages(page).last();
  await expect(answer.getByRole('button', { name: 'Regenerate' })).toBeVisible();
  return answer;
}

test('tables, quotes and code blocks are finished; an answer without math never loads the math renderer', async ({
  page,
  context,
  startServer,
}) => {
  test.slow();
  const requests = recordRequests(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const answer = await ask(page, PLAIN_ANSWER, startServer);

  const table = answer.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Name', 'Price']);
  const header = table.getByRole('columnheader', { name: 'Name' });
  const cell = table.getByRole('cell', { name: 'tea' });
  for (const part of [header, cell]) {
    await expect(part).toHaveCSS('border-top-style', 'solid');
    await expect(part).toHaveCSS('border-left-width', '1px');
  }
  const look = (el: Element) => {
    const { fontWeight, backgroundColor } = getComputedStyle(el);
    return { fontWeight, backgroundColor };
  };
  const headerLook = await header.evaluate(look);
  const cellLook = await cell.evaluate(look);
  expect(Number(headerLook.fontWeight)).toBeGreaterThanOrEqual(600);
  expect(headerLook.backgroundColor).not.toBe(cellLook.backgroundColor);
  expect(headerLook.backgroundColor).not.toBe('rgba(0, 0, 0, 0)');

  const quote = answer.locator('blockquote');
  await expect(quote).toHaveText('Quoted wisdom.');
  await expect(quote).toHaveCSS('border-left-style', 'solid');
  await expect(quote).toHaveCSS('border-left-width', '4px');

  const block = answer.locator('.code-block');
  await expect(block.locator('.code-header')).toContainText('ts');
  await expect(block.locator('.code-lang')).toHaveText('ts');
  await block.getByRole('button', { name: 'Copy code' }).click();
  await expect(block.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${CODE}\n`);

  // highlighted code, the table header and the quote pass AA contrast in both themes
  await expect(block.locator('code')).toHaveAttribute('data-highlighted', 'yes');
  expect(await block.locator('code [class^="hljs-"]').count()).toBeGreaterThanOrEqual(6);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = await new AxeBuilder({ page }).include('.markdown').withRules(['color-contrast']).analyze();
    expect(axe.violations.flatMap((v) => v.nodes.map((n) => `${colorScheme}: ${n.failureSummary}`))).toEqual([]);
  }

  await expect(answer).toContainText('It costs $5 and $10, and $x$ is code.');
  await expect(answer.locator('.math, math')).toHaveCount(0);
  expect(requests.filter((url) => MATH_CHUNK.test(url))).toEqual([]);
  expect(requests.some((url) => /\/assets\/index-[\w-]+\.js$/.test(url))).toBe(true); // the filter sees chunks
});

test('math renders as MathML for all four delimiters, and hostile TeX stays inert', async ({ page, startServer }) => {
  test.slow(); // the first answer with math fetches the renderer
  const { dialogs } = await armSentinels(page);
  const requests = recordRequests(page);
  const answer = await ask(page, MATH_ANSWER, startServer);

  const formulas = answer.locator('.math');
  await expect(formulas).toHaveCount(6, { timeout: 20_000 });
  await expect(answer.locator('.math[data-rendered]')).toHaveCount(6, { timeout: 20_000 });
  await expect(formulas.nth(0).locator('math')).toHaveCount(1);
  await expect(formulas.nth(0).locator('math msup')).toHaveCount(1);
  await expect(formulas.nth(1).locator('math')).toHaveCount(1);
  await expect(formulas.nth(2).locator('math[display="block"] munderover')).toHaveCount(1);
  await expect(formulas.nth(3).locator('math[display="block"] mfrac')).toHaveCount(1);
  expect(requests.filter((url) => MATH_CHUNK.test(url))).toHaveLength(1);

  // \href is not available (trust is off): the formula stays as its source, as text
  await expect(formulas.nth(4)).toHaveAttribute('data-rendered', 'error');
  await expect(formulas.nth(4).locator('math')).toHaveCount(0);
  await expect(formulas.nth(4)).toHaveText('$\\href{javascript:alert(1)}{click}$');
  // markup inside \text is text
  await expect(formulas.nth(5).locator('math mtext')).toContainText('<img src=x onerror=alert(1)>');
  const unsafe = await answer
    .locator('.markdown')
    .evaluate((el) => el.querySelectorAll('a, img, script, [href], [src], [style], math [class], math [id]').length);
  expect(unsafe).toBe(0);
  // nothing ran, nothing was blocked (expectNothingRan in hostile-payloads.ts counts any <math> as hostile)
  expect(await page.evaluate(() => (window as unknown as { PWNED?: unknown }).PWNED)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});
