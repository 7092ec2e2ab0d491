// "Capture screen" with Chromium's fake capture: the picker is skipped and the screen is chosen, so one
// frame becomes an image attachment, and the capture is stopped at once.
import config from '../../playwright.config.ts';
import { expect, test } from './fixtures.ts';
import { assistantMessages } from './support/chat-ui.ts';
import { seedConnection } from './support/seed-connection.ts';

const launch = config.use?.launchOptions ?? {};
test.use({
  launchOptions: {
    ...launch,
    args: [
      ...(launch.args ?? []),
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      '--auto-select-desktop-capture-source=Entire screen',
    ],
  },
});

test('Capture screen adds one frame as an image and stops capturing', async ({ page, openai }) => {
  await page.addInitScript(() => {
    // count the capture tracks still running, to check the capture stops at once
    const w = window as unknown as { __live: number };
    w.__live = 0;
    const original = navigator.mediaDevices.getDisplayMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getDisplayMedia = async (options) => {
      const stream = await original(options);
      for (const track of stream.getTracks()) {
        w.__live++;
        const stop = track.stop.bind(track);
        track.stop = () => {
          w.__live--;
          stop();
        };
      }
      return stream;
    };
  });
  await seedConnection(page, { server: 'vLLM', name: 'Box', baseUrl: openai.baseUrl });
  await page.getByRole('button', { name: 'Capture screen' }).click();
  const shot = page.getByRole('list', { name: 'Attached images' }).getByRole('img', { name: 'screen.png' });
  await expect(shot).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __live: number }).__live)).toBe(0);
  await page.getByRole('textbox', { name: 'Message' }).press('Enter');
  await expect(assistantMessages(page).last()).toContainText('got 1 image');
});
