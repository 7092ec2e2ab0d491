// Arabic: the notice shown instead of the app inside another page's frame. Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const framed: Translations = {
  'Switchboard does not run inside another page: a page around it could disguise its buttons and fields.':
    'لا يعمل Switchboard داخل صفحة أخرى: فقد تُخفي صفحة محيطة به أزراره وحقوله أو تتنكّر بها.',
  'Open Switchboard in its own tab': 'افتح Switchboard في علامة تبويب خاصة به',
};
