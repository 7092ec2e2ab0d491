// French: the app shell (top bar, page loading). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const shell: Translations = {
  'Switchboard home': 'Accueil de Switchboard',
  Main: 'Menu principal',
  Chat: 'Discussion',
  Compare: 'Comparer',
  Settings: 'Paramètres',
  Embeddings: 'Embeddings',
  'Keyboard shortcuts': 'Raccourcis clavier',
  'Loading Settings…': 'Chargement des paramètres…',
  'Loading Embeddings…': 'Chargement des embeddings…',
  'Loading Compare…': 'Chargement de la comparaison…',
  'Settings could not be loaded: {error}. Reload the page to try again.':
    'Impossible de charger les paramètres : {error}. Rechargez la page pour réessayer.',
  'The embeddings page could not be loaded: {error}. Reload the page to try again.':
    'Impossible de charger la page des embeddings : {error}. Rechargez la page pour réessayer.',
  'Compare could not be loaded: {error}. Reload the page to try again.':
    'Impossible de charger la comparaison : {error}. Rechargez la page pour réessayer.',
};
