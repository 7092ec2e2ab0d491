// Spanish (machine-assisted translation: corrections by native speakers welcome).
import type { Catalog } from '../catalog.ts';

export const catalog: Catalog = {
  'nav.main': 'Principal',
  'nav.chat': 'Chat',
  'nav.settings': 'Ajustes',
  'nav.home': 'Inicio de Switchboard',
  'nav.shortcuts': 'Atajos de teclado',
  'settings.loading': 'Cargando los ajustes…',
  'settings.loadFailed': 'No se pudieron cargar los ajustes: {error}. Recarga la página para volver a intentarlo.',
};
