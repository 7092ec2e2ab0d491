// Settings in the reader's language: with a French browser the headings and the connection form are French
// and the form still adds a server; with a Japanese browser axe finds nothing on Settings.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test.describe('French', () => {
  test.use({ locale: 'fr-FR' });

  test('Settings shows French headings and form labels, and the form adds a connection', async ({ page, ollama }) => {
    await page.goto('./#/settings');
    await expect(page.getByRole('heading', { name: 'Paramètres', level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { name: 'Connexions', level: 2 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sauvegarde et restauration', level: 2 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Stockage', level: 2 })).toBeVisible();

    await page.getByRole('button', { name: 'Ajouter une connexion', exact: true }).click();
    const form = page.getByRole('form', { name: 'Ajouter une connexion' });
    await form.getByLabel('Serveur', { exact: true }).selectOption({ label: 'Ollama' });
    await form.getByLabel('URL de base', { exact: true }).fill(ollama.url);
    await expect(form.getByLabel('Clé d’API', { exact: true })).toBeVisible();
    await expect(form.getByText('Envoyée uniquement à ce serveur, comme jeton Bearer.')).toBeVisible();
    await form.getByRole('button', { name: 'Enregistrer', exact: true }).click();

    await expect(form).toBeHidden();
    const card = page.getByRole('article');
    await expect(card).toHaveCount(1);
    await expect(card).toHaveAttribute('data-state', 'online');
    await expect(card.getByRole('button', { name: 'Tester la connexion' })).toBeVisible();
    expect(ollama.requestsTo('/api/tags', 'GET').length).toBeGreaterThan(0);
  });
});

test.describe('Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('Settings has no axe violations, empty and with a connection and its form', async ({ page, ollama }) => {
    // axe reads the whole page several times: slow on a busy machine, which says nothing about the app
    test.setTimeout(180_000);
    await page.goto('./#/settings');
    await expect(page.getByRole('heading', { name: '設定', level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { name: '最初のサーバーを追加' })).toBeVisible();
    let results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);

    await page.getByRole('button', { name: '接続を追加', exact: true }).click();
    const form = page.getByRole('form', { name: '接続を追加' });
    await form.getByLabel('サーバー', { exact: true }).selectOption({ label: 'Ollama' });
    await form.getByLabel('ベース URL', { exact: true }).fill(ollama.url);
    await form.getByText('詳細設定', { exact: true }).click();
    await expect(form.getByLabel('モデルフィルター', { exact: true })).toBeVisible();
    results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);

    await form.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.getByRole('article')).toHaveAttribute('data-state', 'online');
    results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
});
