// The production build runs under its Content-Security-Policy (index.html's meta tag, plus the same
// policy with frame-ancestors as a header from public/_headers, which the test app server sends):
// the main flows raise no `securitypolicyviolation`, while inline script and eval are really blocked.
import { expect, test, APP_URL } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { assistantMessages, openChat, pickModel, sendMessage } from './support/chat-ui.ts';
import { addConnection, connectionCard, openSettings } from './support/settings-ui.ts';
import { diagnosisIn, openCardDiagnosis, runConnectionTest } from './support/diagnosis-ui.ts';

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
});

test('settings, a chat with markdown and highlighted code, and diagnosis run with no CSP violation', async ({
  page,
  openai,
  startServer,
}) => {
  const response = await page.goto('./');
  const header = response?.headers()['content-security-policy'] ?? '';
  expect(header).toContain("frame-ancestors 'none'");
  expect(header).toContain("script-src 'self'");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /object-src 'none'; base-uri 'none'/,
  );

  // settings: add a connection, list its models, run the full connection test (probes and a chat)
  await openSettings(page);
  await addConnection(page, { server: 'llama.cpp', name: 'Box', baseUrl: openai.baseUrl });
  await expect(connectionCard(page, 'Box').getByRole('status')).toContainText('Online');
  await runConnectionTest(page, 'Box');

  // chat: markdown, a table, a link, an inline image and a highlighted code block
  openai.behave({
    reply: [
      '# Title',
      'Some **bold** and `code` and a [link](https://example.test/).',
      '| a | b |\n|---|---|\n| 1 | 2 |',
      '![dot](data:image/gif;base64,R0lGODlhAQABAAAAACw=)',
      '```ts\nconst answer: number = 42;\nfunction f(x: string) { return x.length; }\n```',
    ].join('\n\n'),
    reasoning: 'Thinking first.',
  });
  await openChat(page);
  await pickModel(page, 'test-model', 'Box');
  await sendMessage(page, 'Show markdown');
  const answer = assistantMessages(page).last();
  await expect(answer.locator('pre code.hljs[data-highlighted="yes"]')).toHaveCount(1);
  await expect(answer.locator('.hljs-keyword').first()).toHaveText('const');
  await expect(answer.getByRole('table')).toBeVisible();
  await expect(answer.getByRole('img', { name: 'dot' })).toBeVisible();

  // diagnosis: a failing chat, diagnosed from the message, and a dead server's card
  openai.behave({ status: { code: 401, path: '/v1/chat/completions' } });
  await sendMessage(page, 'Fail please');
  await assistantMessages(page).last().getByRole('button', { name: 'Diagnose this error' }).click();
  await expect(diagnosisIn(assistantMessages(page).last())).toBeVisible();
  const dead = await startServer('openai');
  await dead.close();
  await openSettings(page);
  await addConnection(page, { server: 'llama.cpp', name: 'Dead', baseUrl: dead.baseUrl });
  await expect(connectionCard(page, 'Dead').getByRole('status')).toContainText('Failed');
  await openCardDiagnosis(connectionCard(page, 'Dead'));
  await expect(diagnosisIn(connectionCard(page, 'Dead'))).toBeVisible();

  expect(await violations(page)).toEqual([]);

  // the detector works and the policy bites: an injected inline script and a string timer (eval) are
  // blocked and reported (page.evaluate itself is exempt from eval rules, so the string goes to a timer)
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
    setTimeout('window.evalRan = true', 0);
  });
  await expect
    .poll(async () => (await violations(page)).map((v) => v.split(' ').slice(0, 2).join(' ')))
    .toEqual(
      // the header and the meta policy may each report the same violation
      expect.arrayContaining(['script-src-elem inline', 'script-src eval']),
    );
  for (const v of await violations(page)) expect(v).toMatch(/^(script-src-elem inline|script-src eval) /);
  expect(
    await page.evaluate(() => [
      (window as unknown as { inlineRan?: boolean }).inlineRan,
      (window as unknown as { evalRan?: boolean }).evalRan,
    ]),
  ).toEqual([undefined, undefined]);
});

test('the app refuses to be framed (frame-ancestors)', async ({ page, startServer }) => {
  const host = await startServer('openai', { html: true });
  await page.goto(host.url);
  await page.evaluate((src) => {
    document.body.innerHTML = '';
    const frame = document.createElement('iframe');
    frame.src = src;
    document.body.append(frame);
  }, APP_URL);
  // a refused frame ends on Chromium's error page instead of the app
  await expect.poll(() => page.frames().at(-1)?.url()).toMatch(/^chrome-error:/);
  await expect(page.frameLocator('iframe').locator('#app')).toHaveCount(0);
});
