// French: the language setting. Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const language: Translations = {
  Language: 'Langue',
  'Browser default ({language})': 'Langue du navigateur ({language})',
};
