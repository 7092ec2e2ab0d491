// A long paragraph looks the same while it streams as once it is finished: the open block may be
// rendered in pieces (render/open-block-render.ts) but it stays one paragraph, with no line break where
// one piece ends and the next begins.
import { expect, test } from './fixtures.ts';
import { assistantMessages, openChat, pickModel, sendMessage } from './support/chat-ui.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';
import { splitIntoTokens } from '../servers/stream-pump.ts';

// about 10,000 characters in one paragraph: numbered sentences of uneven length
const REPLY = Array.from(
  { length: 170 },
  (_, i) => `Sentence ${i + 1} goes on${' and on'.repeat(i % 7)} about nothing much.`,
).join(' ');
const TOKENS = splitIntoTokens(REPLY);
const HELD_AFTER = Math.floor(TOKENS.length * 0.85);
const SHOWN = TOKENS.slice(0, HELD_AFTER).join('');
const shownText = (box: Element) => box.textContent?.replace(/\s+/g, ' ').trim();

test('a long streamed paragraph stays one paragraph, its lines breaking where the finished one breaks', async ({
  page,
  startServer,
}) => {
  const server = await startServer('openai', { reply: REPLY });
  server.behave({ holdStream: HELD_AFTER });
  await openSettings(page);
  await addConnection(page, { server: 'llama.cpp', name: 'Prose', baseUrl: server.baseUrl });
  await openChat(page);
  await pickModel(page, 'test-model', 'Prose');
  await sendMessage(page, 'Write one long paragraph');

  const answer = assistantMessages(page).last();
  const markdown = answer.locator('.markdown');
  await server.waitForHold();
  await expect.poll(() => markdown.evaluate(shownText)).toBe(SHOWN);
  await expect(page.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();

  // still streaming: one paragraph, every element inside it inline, and as tall as the same text in a plain <p>
  await expect(markdown.locator('p')).toHaveCount(1);
  // (the open block is in settled pieces by now: the case this test is about)
  expect(await markdown.locator('.md-open-piece').count()).toBeGreaterThan(2);
  expect(await markdown.evaluate((box) => box.textContent?.trim())).toBe(SHOWN);
  const streaming = await markdown.evaluate((box) => {
    const paragraph = box.querySelector('p') as HTMLParagraphElement;
    const blocks = [...paragraph.querySelectorAll('*')].filter((el) => getComputedStyle(el).display !== 'inline');
    const plain = document.createElement('p');
    plain.textContent = paragraph.textContent;
    paragraph.parentElement?.append(plain);
    const heights = { shown: paragraph.getBoundingClientRect().height, plain: plain.getBoundingClientRect().height };
    plain.remove();
    return { blocks: blocks.map((el) => el.tagName), ...heights };
  });
  expect(streaming.blocks).toEqual([]);
  expect(Math.abs(streaming.shown - streaming.plain)).toBeLessThan(1);

  server.release();
  await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
  await expect.poll(() => markdown.evaluate(shownText)).toBe(REPLY);
  await expect(markdown.locator('p')).toHaveCount(1);
});
