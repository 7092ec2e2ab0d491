// Japanese: what the page says for the in-browser engine's worker, which writes English. Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const browserEngine: Translations = {
  'The model "{model}" is not stored in this browser any more; add it again in Settings.':
    'モデル「{model}」はこのブラウザにもう保存されていません。設定でもう一度追加してください。',
};
