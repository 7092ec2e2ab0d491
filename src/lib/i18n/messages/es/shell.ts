// Spanish: the app shell (top bar, page loading). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const shell: Translations = {
  'Switchboard home': 'Inicio de Switchboard',
  Main: 'Menú principal',
  Chat: 'Chat',
  Compare: 'Comparar',
  Settings: 'Ajustes',
  Embeddings: 'Embeddings',
  'Keyboard shortcuts': 'Atajos de teclado',
  'Loading Settings…': 'Cargando ajustes…',
  'Loading Embeddings…': 'Cargando embeddings…',
  'Loading Compare…': 'Cargando comparación…',
  'Settings could not be loaded: {error}. Reload the page to try again.':
    'No se pudieron cargar los ajustes: {error}. Recarga la página para volver a intentarlo.',
  'The embeddings page could not be loaded: {error}. Reload the page to try again.':
    'No se pudo cargar la página de embeddings: {error}. Recarga la página para volver a intentarlo.',
  'Compare could not be loaded: {error}. Reload the page to try again.':
    'No se pudo cargar la comparación: {error}. Recarga la página para volver a intentarlo.',
};
