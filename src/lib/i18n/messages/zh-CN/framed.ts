// Simplified Chinese: the notice shown instead of the app inside another page's frame. Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const framed: Translations = {
  'Switchboard does not run inside another page: a page around it could disguise its buttons and fields.':
    'Switchboard 不在其他页面内运行：外层页面可能伪装它的按钮和输入框。',
  'Open Switchboard in its own tab': '在单独的标签页中打开 Switchboard',
};
