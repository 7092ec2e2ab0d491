// Japanese (machine-assisted translation: corrections by native speakers welcome).
import type { Catalog } from '../catalog.ts';

export const catalog: Catalog = {
  'nav.main': 'メイン',
  'nav.chat': 'チャット',
  'nav.settings': '設定',
  'nav.home': 'Switchboard ホーム',
  'nav.shortcuts': 'キーボードショートカット',
  'settings.loading': '設定を読み込んでいます…',
  'settings.loadFailed': '設定を読み込めませんでした: {error}。ページを再読み込みしてもう一度お試しください。',
};
