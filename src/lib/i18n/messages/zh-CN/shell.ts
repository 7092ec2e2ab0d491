// Simplified Chinese: the app shell (top bar, page loading). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const shell: Translations = {
  'Switchboard home': 'Switchboard 首页',
  Main: '主菜单',
  Chat: '聊天',
  Compare: '比较',
  Settings: '设置',
  Embeddings: '嵌入',
  'Keyboard shortcuts': '键盘快捷键',
  'Loading Settings…': '正在加载设置…',
  'Loading Embeddings…': '正在加载嵌入…',
  'Loading Compare…': '正在加载比较…',
  'Settings could not be loaded: {error}. Reload the page to try again.': '无法加载设置：{error}。请重新加载页面再试。',
  'The embeddings page could not be loaded: {error}. Reload the page to try again.':
    '无法加载嵌入页面：{error}。请重新加载页面再试。',
  'Compare could not be loaded: {error}. Reload the page to try again.': '无法加载比较：{error}。请重新加载页面再试。',
};
