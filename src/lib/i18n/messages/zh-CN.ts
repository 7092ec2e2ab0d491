// Simplified Chinese (machine-assisted translation: corrections by native speakers welcome).
import type { Catalog } from '../catalog.ts';

export const catalog: Catalog = {
  'nav.main': '主菜单',
  'nav.chat': '聊天',
  'nav.settings': '设置',
  'nav.home': 'Switchboard 首页',
  'nav.shortcuts': '键盘快捷键',
  'settings.loading': '正在加载设置…',
  'settings.loadFailed': '无法加载设置：{error}。请重新加载页面再试。',
};
