// German (machine-assisted translation: corrections by native speakers welcome).
import type { Catalog } from '../catalog.ts';

export const catalog: Catalog = {
  'nav.main': 'Hauptmenü',
  'nav.chat': 'Chat',
  'nav.settings': 'Einstellungen',
  'nav.home': 'Switchboard-Startseite',
  'nav.shortcuts': 'Tastenkürzel',
  'settings.loading': 'Einstellungen werden geladen …',
  'settings.loadFailed':
    'Die Einstellungen konnten nicht geladen werden: {error}. Laden Sie die Seite neu, um es erneut zu versuchen.',
};
