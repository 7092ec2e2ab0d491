// Simplified Chinese: what the page says for the in-browser engine's worker, which writes English. Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const browserEngine: Translations = {
  'The model "{model}" is not stored in this browser any more; add it again in Settings.':
    '模型“{model}”已不再存储在此浏览器中；请在设置中重新添加。',
};
