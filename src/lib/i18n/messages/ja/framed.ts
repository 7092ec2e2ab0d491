// Japanese: the notice shown instead of the app inside another page's frame. Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const framed: Translations = {
  'Switchboard does not run inside another page: a page around it could disguise its buttons and fields.':
    'Switchboard は他のページの中では動作しません。外側のページがボタンや入力欄を偽装できるためです。',
  'Open Switchboard in its own tab': 'Switchboard を専用のタブで開く',
};
