// Japanese: the language setting. Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const language: Translations = {
  Language: '言語',
  'Browser default ({language})': 'ブラウザーの既定（{language}）',
};
