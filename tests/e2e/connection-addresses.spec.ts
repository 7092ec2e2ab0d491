// Addresses in Settings: no secret is ever taken into a base URL, and a look-alike host reads as what the
// browser reaches (punycode), with a warning on the card and in the form.
import { expect, test } from './fixtures.ts';
import { connectionCard, fillConnectionForm, openSettings } from './support/settings-ui.ts';

test.describe('connection addresses', () => {
  test('the form refuses a user name and password in the base URL, saying so on the field', async ({
    page,
    openai,
  }) => {
    const port = new URL(openai.url).port;
    await openSettings(page);
    await page.getByRole('button', { name: 'Add connection', exact: true }).click();
    await fillConnectionForm(page, {
      server: 'vLLM',
      name: 'With password',
      baseUrl: `http://user:pw@127.0.0.1:${port}/v1`,
    });
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    const field = page.getByRole('form').getByLabel('Base URL', { exact: true });
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/Remove the user name or password/);
    await expect(page.getByRole('alert').filter({ hasText: 'Remove the user name or password' })).toBeVisible();
    await expect(field).toBeFocused();
    expect(openai.requests.length).toBe(0);

    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(connectionCard(page, 'With password')).toHaveCount(0);
  });

  test('an imported look-alike host shows as punycode, with a warning on the card and in the form', async ({
    page,
    openai,
  }) => {
    const port = new URL(openai.url).port;
    // "еxample" starts with a Cyrillic е
    const file = {
      format: 'switchboard-connections',
      version: 1,
      connections: [{ name: 'Look-alike', mode: 'openai_compatible', base_url: `http://\u0435xample.test:${port}/v1` }],
    };
    await openSettings(page);
    await page
      .getByLabel('Import connections file')
      .setInputFiles({ name: 'c.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect(page.getByText('Imported 1 connection.')).toBeVisible();

    const card = connectionCard(page, 'Look-alike');
    await expect(card.getByText(`http://xn--xample-2of.test:${port}/v1/chat/completions`)).toBeVisible();
    await expect(card).not.toContainText('\u0435xample');
    await expect(card.getByRole('note')).toContainText('Look-alike host name');
    await expect(card.getByRole('note')).toContainText('xn--xample-2of.test');

    await card.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('form');
    await expect(form.getByLabel('Base URL', { exact: true })).toHaveValue(`http://xn--xample-2of.test:${port}/v1`);
    await expect(form.getByRole('status').filter({ hasText: 'Look-alike host name' })).toBeVisible();
  });
});
