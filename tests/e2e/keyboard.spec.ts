// Keyboard and focus: every shortcut, Escape closing the innermost layer before it stops an answer,
// the skip link, and where focus lands after Stop, Edit, deleting a chat or a message, Undo and Jump to
// latest (never on <body>).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { assistantMessages, openChat, sendMessage } from './support/chat-ui.ts';
import { storeRawRecords } from './support/idb.ts';
import { addConnection, openSettings } from './support/settings-ui.ts';
import { linearConversation } from '../../src/lib/conversation/testing/builders.ts';

const messageBox = (page: Page) => page.getByRole('textbox', { name: 'Message' });
const chats = (page: Page) => page.getByRole('navigation', { name: 'Chats' });

async function seedChats(page: Page, titles: string[]): Promise<void> {
  await page.goto('./#/chat');
  await storeRawRecords(
    page,
    titles.map((title, i) => {
      const at = 1_700_000_000_000 + i * 60_000;
      const c = linearConversation(`chat-${i}`, [`Question ${i}`, `Answer ${i}`], {
        title,
        created_at: at,
        updated_at: at + 10,
      });
      return [`chat:chat-${i}`, c] as const;
    }),
  );
  await page.reload();
}

test('the message box has focus on load, and the skip link reaches it from the top', async ({ page }) => {
  await page.goto('./#/chat');
  await expect(messageBox(page)).toBeFocused();

  // start from the top of the document, as a keyboard user arriving from the address bar does
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to message box' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(messageBox(page)).toBeFocused();
  await expect(page).toHaveURL(/#\/chat$/); // the route is untouched

  await openSettings(page);
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('shortcuts: new chat, search chats, focus the message box, and the shortcuts dialog', async ({ page }) => {
  await seedChats(page, ['First chat', 'Second chat']);
  await chats(page).getByRole('link', { name: 'First chat' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('First chat');

  await page.keyboard.press('Control+Shift+O');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New chat');
  await expect(page).toHaveURL(/#\/chat$/);
  await expect(messageBox(page)).toBeFocused();

  await page.keyboard.press('Control+K');
  await expect(page.getByRole('searchbox', { name: 'Search chats' })).toBeFocused();
  await page.keyboard.press('Shift+Escape');
  await expect(messageBox(page)).toBeFocused();

  // "/" is text in a text field, and a shortcut elsewhere
  await page.keyboard.type('a/b');
  await expect(messageBox(page)).toHaveValue('a/b');
  await page.getByRole('button', { name: 'Export all' }).focus();
  await page.keyboard.press('/');
  await expect(messageBox(page)).toBeFocused();
  await expect(messageBox(page)).toHaveValue('a/b');

  // from Settings, Ctrl+K comes back to the chat's search
  await openSettings(page);
  await page.keyboard.press('Control+K');
  await expect(page.getByRole('searchbox', { name: 'Search chats' })).toBeFocused();

  const opener = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await opener.focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(dialog.getByRole('row')).toHaveCount(7);
  // focus stays inside while it is open
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
  await opener.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(opener).toBeFocused();
});

test.describe('with a held answer', () => {
  test.beforeEach(async ({ page, openai }) => {
    openai.behave({ holdStream: 3 });
    await openSettings(page);
    await addConnection(page, { server: 'vLLM', name: 'Held', baseUrl: openai.baseUrl });
    await openChat(page);
  });

  test('Escape closes the chat settings panel first, then stops the answer', async ({ page, openai }) => {
    await sendMessage(page, 'Start');
    await expect(assistantMessages(page).last()).toContainText('Hello from the');

    const toggle = page.getByRole('button', { name: 'Chat settings' });
    await toggle.click();
    const panel = page.getByRole('complementary', { name: 'Chat settings' });
    await expect(panel.getByLabel('System prompt')).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(toggle).toBeFocused();
    await expect(page.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(assistantMessages(page).last().getByRole('status')).toHaveText('Stopped');
    await expect(messageBox(page)).toBeFocused();
    openai.release();
  });

  test('after Stop, focus is in the message box', async ({ page, openai }) => {
    await sendMessage(page, 'Start');
    await expect(messageBox(page)).toBeFocused(); // after Send too
    await expect(assistantMessages(page).last()).toContainText('Hello from the');
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect(assistantMessages(page).last().getByRole('status')).toHaveText('Stopped');
    await expect(messageBox(page)).toBeFocused();
    openai.release();
  });

  test('Edit focuses the edit box; Escape gives focus back to Edit, sending it to the message box', async ({
    page,
    openai,
  }) => {
    openai.behave({ holdStream: false });
    await sendMessage(page, 'Original question');
    await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
    const mine = page.getByRole('article', { name: 'You message' }).last();
    const edit = mine.getByRole('button', { name: 'Edit' });

    await edit.click();
    const box = mine.getByRole('textbox', { name: 'Edit message' });
    await expect(box).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(box).toHaveCount(0);
    await expect(edit).toBeFocused();

    await edit.press('Enter');
    await expect(box).toBeFocused();
    await box.fill('Edited question');
    await mine.getByRole('button', { name: 'Save and send' }).click();
    await expect(messageBox(page)).toBeFocused();
    await expect(page.getByRole('article', { name: 'You message' }).last()).toContainText('Edited question');
  });
});

test('deleting a chat moves focus to the next chat, and to the message box when none is left', async ({ page }) => {
  await seedChats(page, ['Older chat', 'Newer chat']);
  const list = chats(page);
  await list.getByRole('button', { name: 'Delete Newer chat' }).click();
  await expect(list.getByRole('link', { name: 'Older chat' })).toBeFocused();
  await list.getByRole('button', { name: 'Delete Older chat' }).click();
  await expect(list.getByText('No chats yet.')).toBeVisible();
  await expect(messageBox(page)).toBeFocused();
});

test('deleting a message focuses Undo; Enter brings it back and focus goes to the message box', async ({ page }) => {
  await seedChats(page, ['Short chat']);
  await chats(page).getByRole('link', { name: 'Short chat' }).click();
  const answer = page.getByRole('article').filter({ hasText: 'Answer 0' });
  await answer.getByRole('button', { name: 'Delete message' }).focus();
  await page.keyboard.press('Enter');
  await expect(answer).toHaveCount(0);
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(undo).toHaveCount(0);
  await expect(page.getByRole('article').filter({ hasText: 'Answer 0' })).toHaveCount(1);
  await expect(messageBox(page)).toBeFocused();
});

test('Jump to latest gives focus to the message box', async ({ page }) => {
  await page.goto('./#/chat');
  const texts = Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? `Question ${i}` : `Answer ${i}\n\nand more.`));
  await storeRawRecords(page, [
    ['chat:long', linearConversation('long', texts, { title: 'Long chat', created_at: 1 })],
  ]);
  await page.goto('./#/chat/long');
  const conversation = page.getByRole('region', { name: 'Conversation' });
  await expect(conversation.getByText('Answer 59', { exact: true })).toBeInViewport();
  await page.locator('.messages').evaluate((box) => (box.scrollTop = 0));
  const jump = page.getByRole('button', { name: /^Jump to latest/ });
  await jump.focus();
  await page.keyboard.press('Enter');
  await expect(jump).toHaveCount(0);
  await expect(messageBox(page)).toBeFocused();
});

test('Escape closes the connection form and gives focus back to its button', async ({ page }) => {
  await openSettings(page);
  const add = page.getByRole('button', { name: 'Add connection', exact: true });
  await add.click();
  await expect(page.getByLabel('Server', { exact: true })).toBeFocused(); // a new connection starts with its kind
  await page.keyboard.press('Escape');
  await expect(page.getByRole('form')).toHaveCount(0);
  await expect(add).toBeFocused();
});
