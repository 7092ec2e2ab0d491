// One chat exported as Markdown: the current branch, each message under its role (and model), reasoning
// folded into a <details> block, saved as `<title>.md`.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { assistantMessages } from './support/chat-ui.ts';
import { storeRawRecords } from './support/idb.ts';
import { linearConversation } from '../../src/lib/conversation/testing/builders.ts';

test('"Export as Markdown" downloads the open chat as <title>.md', async ({ page }) => {
  await page.goto('./#/chat');
  const chat = linearConversation('md', ['What is *2+2*?', 'It is **4**.'], { title: 'Small sums', created_at: 1 });
  const answer = chat.nodes['md-1'];
  if (!answer) throw new Error('builder changed its ids');
  chat.nodes['md-1'] = { ...answer, model_id: 'tiny-model', reasoning: 'Add them.' };
  await storeRawRecords(page, [['chat:md', chat]]);
  await page.goto('./#/chat/md');
  await expect(assistantMessages(page).last()).toContainText('It is 4.');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as Markdown' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('Small sums.md');
  const text = await readFile(await download.path(), 'utf8');
  expect(text).toBe(
    [
      '# Small sums',
      '## User',
      'What is *2+2*?',
      '## Assistant · tiny-model',
      '<details>\n<summary>Reasoning</summary>\n\nAdd them.\n\n</details>',
      'It is **4**.\n',
    ].join('\n\n'),
  );
});
