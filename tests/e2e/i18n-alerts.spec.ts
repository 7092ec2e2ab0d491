// Text written below the UI follows the interface language: in a German browser, an import's result and a
// refused backup are reported in German, the file's expected format verbatim.
import { expect, test } from './fixtures.ts';

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE' });
  test.setTimeout(60_000); // Settings loads its chunks on a shared machine

  test('reports a refused backup in German', async ({ page }) => {
    await page.goto('./#/settings');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await page
      .getByLabel('Wiederherzustellende Sicherungsdatei')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
    await expect(page.getByRole('alert')).toHaveText(
      'Diese Datei ist kein JSON und daher keine Switchboard-Sicherung. Es wurde nichts geändert.',
    );
  });

  test('reports an import of a file that is not a chats export in German', async ({ page }) => {
    await page.goto('./#/chat');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    const file = JSON.stringify({ format: 'something-else', version: 1, conversations: [] });
    await page
      .getByLabel('Chat-Datei importieren')
      .setInputFiles({ name: 'chats.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect(
      page.getByText('Das ist kein Switchboard-Chat-Export (erwartet: "format": "switchboard-chats").'),
    ).toBeVisible();
  });
});
