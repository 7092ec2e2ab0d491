// Simplified Chinese: the language setting. Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const language: Translations = {
  Language: '语言',
  'Browser default ({language})': '浏览器默认（{language}）',
};
