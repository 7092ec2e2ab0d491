// Spanish: the language setting. Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const language: Translations = {
  Language: 'Idioma',
  'Browser default ({language})': 'Predeterminado del navegador ({language})',
};
