// Japanese: the app shell (top bar, page loading). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const shell: Translations = {
  'Switchboard home': 'Switchboard ホーム',
  Main: 'メインメニュー',
  Chat: 'チャット',
  Compare: '比較',
  Settings: '設定',
  Embeddings: '埋め込み',
  'Keyboard shortcuts': 'キーボードショートカット',
  'Loading Settings…': '設定を読み込んでいます…',
  'Loading Embeddings…': '埋め込みを読み込んでいます…',
  'Loading Compare…': '比較を読み込んでいます…',
  'Settings could not be loaded: {error}. Reload the page to try again.':
    '設定を読み込めませんでした：{error}。ページを再読み込みしてもう一度お試しください。',
  'The embeddings page could not be loaded: {error}. Reload the page to try again.':
    '埋め込みページを読み込めませんでした：{error}。ページを再読み込みしてもう一度お試しください。',
  'Compare could not be loaded: {error}. Reload the page to try again.':
    '比較を読み込めませんでした：{error}。ページを再読み込みしてもう一度お試しください。',
};
