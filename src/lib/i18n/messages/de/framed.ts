// German: the notice shown instead of the app inside another page's frame. Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const framed: Translations = {
  'Switchboard does not run inside another page: a page around it could disguise its buttons and fields.':
    'Switchboard läuft nicht innerhalb einer anderen Seite: Eine Seite darum herum könnte seine Schaltflächen und Felder verschleiern.',
  'Open Switchboard in its own tab': 'Switchboard in einem eigenen Tab öffnen',
};
