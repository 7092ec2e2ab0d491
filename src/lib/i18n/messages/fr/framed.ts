// French: the notice shown instead of the app inside another page's frame. Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const framed: Translations = {
  'Switchboard does not run inside another page: a page around it could disguise its buttons and fields.':
    'Switchboard ne fonctionne pas à l’intérieur d’une autre page : une page autour pourrait masquer ses boutons et ses champs.',
  'Open Switchboard in its own tab': 'Ouvrir Switchboard dans son propre onglet',
};
