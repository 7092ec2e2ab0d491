// Takes the README screenshots (docs/screenshots/). Run with `npm run screenshots`; not part of `npm test`.
import { expect, test } from '../e2e/fixtures.ts';
import { addConnection, connectionCard, openSettings } from '../e2e/support/settings-ui.ts';
import { assistantMessages, openChat, openModelList, pickModel, sendMessage } from '../e2e/support/chat-ui.ts';
import { openCardDiagnosis } from '../e2e/support/diagnosis-ui.ts';

const OUT = 'docs/screenshots';

test('tour', async ({ page, openai, ollama, startServer }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 820 });
  openai.behave({
    models: ['qwen2.5-coder-7b', 'llama-3.1-8b-instruct'],
    reasoning: 'The user wants a quick example. A short function with a docstring will do.',
    reply:
      'Here is a small helper:\n\n```python\ndef greet(name: str) -> str:\n    """Say hello."""\n    return f"Hello, {name}!"\n```\n\nCall it with `greet("Ada")`.',
    propsContext: 32768, // llama-server's /props: the picker shows each model's context
  });
  // sizes and quantisation as Ollama's /api/tags gives them, for the picker's details
  ollama.behave({
    models: [
      'llama3.2:1b',
      'qwen3:0.6b',
      { name: 'gemma3:4b', family: 'gemma3', parameterSize: '4.3B', quantizationLevel: 'Q4_K_M', size: 3_338_801_804 },
      { name: 'mistral:7b', family: 'llama', parameterSize: '7.2B', quantizationLevel: 'Q4_0', size: 4_113_301_824 },
    ],
  });
  await openSettings(page);
  await page.screenshot({ path: `${OUT}/first-start.png` });
  await addConnection(page, { server: 'Ollama', name: 'Ollama on this Mac', baseUrl: ollama.url });
  await addConnection(page, { server: 'llama.cpp', name: 'llama-server', baseUrl: openai.baseUrl });
  const blocked = await startServer('openai', { cors: 'none' });
  await addConnection(page, { server: 'LM Studio', name: 'LM Studio (CORS off)', baseUrl: blocked.baseUrl });
  const card = connectionCard(page, 'LM Studio (CORS off)');
  await expect(card.getByRole('status')).toContainText('Failed', { timeout: 15_000 });
  await openCardDiagnosis(card); // open by itself right after the save, or one click away
  await expect(connectionCard(page, 'Ollama on this Mac').getByRole('status')).toHaveText(/Online/);
  await page.setViewportSize({ width: 1280, height: 1500 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${OUT}/settings.png` });
  await page.setViewportSize({ width: 1280, height: 820 });

  await openChat(page);
  await pickModel(page, 'qwen2.5-coder-7b', 'llama-server');
  await sendMessage(page, 'Write a tiny Python greeting function');
  await expect(assistantMessages(page).last()).toContainText('Call it with');
  await page.mouse.move(5, 600); // away from the messages, whose actions show on hover
  await page.screenshot({ path: `${OUT}/chat.png` });

  // the picker: Recent first, then a group per server with its status, each model with its details
  const list = await openModelList(page);
  await expect(list.getByRole('group', { name: /^Recent/ })).toBeAttached();
  await expect(list.getByText('Q4_K_M').first()).toBeVisible();
  await page.screenshot({ path: `${OUT}/picker.png` });
  await page.keyboard.press('Escape');

  // the chat settings panel: where each value comes from, presets, a value set for this chat
  await page.setViewportSize({ width: 1280, height: 1400 }); // tall enough for the parameters to show
  await page.getByRole('button', { name: 'Chat settings' }).click();
  const panel = page.getByRole('complementary', { name: 'Chat settings' });
  await panel.getByRole('spinbutton', { name: 'Temperature' }).fill('0.6');
  await panel.getByRole('button', { name: 'Apply' }).click();
  await expect(panel.getByRole('status').last()).toHaveText('Applied to this chat.');
  await page.screenshot({ path: `${OUT}/chat-settings.png` });
  await panel.getByRole('button', { name: 'Close' }).click();
  await page.setViewportSize({ width: 1280, height: 820 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${OUT}/chat-dark.png` });

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('navigation', { name: 'Chats' })).toBeHidden(); // the drawer has slid away
  await page.screenshot({ path: `${OUT}/chat-phone-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: `${OUT}/chat-phone.png` });
});
