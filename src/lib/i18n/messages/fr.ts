// French (machine-assisted translation: corrections by native speakers welcome).
import type { Catalog } from '../catalog.ts';

export const catalog: Catalog = {
  'nav.main': 'Menu principal',
  'nav.chat': 'Discussion',
  'nav.settings': 'Paramètres',
  'nav.home': 'Accueil de Switchboard',
  'nav.shortcuts': 'Raccourcis clavier',
  'settings.loading': 'Chargement des paramètres…',
  'settings.loadFailed': 'Impossible de charger les paramètres : {error}. Rechargez la page pour réessayer.',
};
