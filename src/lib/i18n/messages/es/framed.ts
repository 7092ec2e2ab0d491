// Spanish: the notice shown instead of the app inside another page's frame. Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const framed: Translations = {
  'Switchboard does not run inside another page: a page around it could disguise its buttons and fields.':
    'Switchboard no se ejecuta dentro de otra página: una página a su alrededor podría disfrazar sus botones y campos.',
  'Open Switchboard in its own tab': 'Abrir Switchboard en su propia pestaña',
};
