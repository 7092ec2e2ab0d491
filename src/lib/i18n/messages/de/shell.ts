// German: the app shell (top bar, page loading). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const shell: Translations = {
  'Switchboard home': 'Switchboard-Startseite',
  Main: 'Hauptmenü',
  Chat: 'Chat',
  Compare: 'Vergleichen',
  Settings: 'Einstellungen',
  Embeddings: 'Embeddings',
  'Keyboard shortcuts': 'Tastenkürzel',
  'Loading Settings…': 'Einstellungen werden geladen …',
  'Loading Embeddings…': 'Embeddings werden geladen …',
  'Loading Compare…': 'Vergleich wird geladen …',
  'Settings could not be loaded: {error}. Reload the page to try again.':
    'Die Einstellungen konnten nicht geladen werden: {error}. Laden Sie die Seite neu, um es erneut zu versuchen.',
  'The embeddings page could not be loaded: {error}. Reload the page to try again.':
    'Die Embeddings-Seite konnte nicht geladen werden: {error}. Laden Sie die Seite neu, um es erneut zu versuchen.',
  'Compare could not be loaded: {error}. Reload the page to try again.':
    'Der Vergleich konnte nicht geladen werden: {error}. Laden Sie die Seite neu, um es erneut zu versuchen.',
};
