// Arabic: the language setting. Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const language: Translations = {
  Language: 'اللغة',
  'Browser default ({language})': 'الافتراضي في المتصفح ({language})',
};
