// Simplified Chinese: diagnosis texts (page rules checked before a request). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis3: Translations = {
  'The server URL must start with {http} or {https}': '服务器 URL 必须以 {http} 或 {https} 开头',
  'Browsers refuse URLs that contain a user name or password': '浏览器拒绝包含用户名或密码的 URL',
  'Local network access permission for this site: {state}': '此网站的本地网络访问权限：{state}',
  '{host} is where a server listens, not an address to call': '{host} 是服务器监听的地址，不是可调用的地址',
  'Safari blocks this https page from calling plain-http {host}': 'Safari 阻止此 https 页面调用普通 http 的 {host}',
  'Safari treats {url} as mixed content; Chrome and Firefox do not':
    'Safari 把 {url} 视为混合内容；Chrome 和 Firefox 不会',
  'Plain-http {host} may be blocked unless you allow local network access':
    '除非允许本地网络访问，否则普通 http 的 {host} 可能被拦截',
  "This https page can't call plain-http {host}": '此 https 页面无法调用普通 http 的 {host}',
  'Browsers block {scheme} requests from https pages unless the target is {localhost} or {loopback}':
    '浏览器会拦截 https 页面发出的 {scheme} 请求，除非目标是 {localhost} 或 {loopback}',
  'Chrome blocks this http page from reaching your computer': 'Chrome 阻止此 http 页面访问你的电脑',
  'Chrome blocks this http page from reaching your local network': 'Chrome 阻止此 http 页面访问你的本地网络',
  'Only secure (https) pages may ask for local network access; others are refused silently':
    '只有安全（https）页面才能请求本地网络访问；其他页面会被静默拒绝',
  'Local network access is blocked for this site': '此网站的本地网络访问已被阻止',
  'The browser will ask to allow local network access': '浏览器会询问是否允许本地网络访问',
};
