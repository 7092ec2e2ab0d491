// Chinese (Simplified): diagnosis texts (HTTP errors, answers in the wrong format, and their fixes). Machine-assisted:
// corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis6: Translations = {
  '{method} {url} answered HTTP {status}': '{method} {url} 返回了 HTTP {status}',
  '{method} {url} was not sent: this connection has no API key and the server needs one':
    '{method} {url} 未发送：此连接没有 API 密钥，而服务器需要密钥',
  'This connection needs an API key': '此连接需要 API 密钥',
  '{method} {url} was not sent: it is not a full {http} or {https} address without a user name or password':
    '{method} {url} 未发送：它不是不含用户名或密码的完整 {http} 或 {https} 地址',
  'This is not a valid server URL': '这不是有效的服务器 URL',
  '{method} {url} was answered with a redirect to another address': '{method} {url} 收到的应答是重定向到另一个地址',
  'The request carried an API key, so the redirect was not followed: nothing was sent to the other address':
    '请求带有 API 密钥，因此没有跟随重定向：没有向另一个地址发送任何内容',
  'The server redirects this request elsewhere': '服务器将此请求重定向到了别处',
  '{method} {url} answered HTTP {status}, then reported an error in the middle of the answer':
    '{method} {url} 返回了 HTTP {status}，随后在回答中途报告了错误',
  '{method} {url} answered HTTP {status}, then reported an error in its body':
    '{method} {url} 返回了 HTTP {status}，随后在响应正文中报告了错误',
  'The server said: "{message}"': '服务器说：“{message}”',
  'The answer carried no error message': '应答中没有错误信息',
  'The request carried an API key': '请求带有 API 密钥',
  'The request carried no API key': '请求没有带 API 密钥',
  'The server wants a valid API key': '服务器需要有效的 API 密钥',
  'The server refused access (403)': '服务器拒绝了访问（403）',
  'The account is out of credit or quota': '账户的余额或配额已用完',
  'Too many requests: the server is rate limiting': '请求过多：服务器正在限流',
  'The server has no model "{model}"': '服务器没有模型“{model}”',
  'The server does not know this model': '服务器不认识此模型',
  'The request URL contains {path}': '请求 URL 中包含 {path}',
  'The 404 answer is an HTML page': '404 应答是一个 HTML 页面',
  'The URL has {path} twice': 'URL 中出现了两次 {path}',
  'Nothing at this path on the server (HTTP {status})': '服务器上此路径下没有内容（HTTP {status}）',
  'The server rejected the host name in the URL': '服务器拒绝了 URL 中的主机名',
  'The model is still loading': '模型仍在加载',
  'The request is too large for the server': '请求对服务器来说太大了',
  'The server rejected the request': '服务器拒绝了请求',
  'The server reported an error': '服务器报告了错误',
  "Read the server's message": '阅读服务器的消息',
  "The message above says what went wrong. Check the server's log, then retry.":
    '上面的消息说明了出错原因。请查看服务器日志，然后重试。',
  "It gave no details. Check the server's log, then retry.": '它没有提供细节。请查看服务器日志，然后重试。',
  'The server failed (HTTP {status})': '服务器出错（HTTP {status}）',
  'The server answered HTTP {status}': '服务器返回了 HTTP {status}',
  'This status is unusual for an LLM API; the message above says more.':
    '这个状态码对 LLM API 来说不常见；上面的消息有更多说明。',
  'This server is {server}: use {server} mode': '此服务器是 {server}：请使用 {server} 模式',
  '{method} {url} answered HTTP {status}, but not in the expected format':
    '{method} {url} 返回了 HTTP {status}，但不是预期的格式',
  '{method} {url} answered, but not in the expected format': '{method} {url} 有应答，但不是预期的格式',
  'The answer is an HTML page': '应答是一个 HTML 页面',
  'This URL is a web page, not the API': '此 URL 是网页，而不是 API',
  'The body is an {server} model list ({shape})': '正文是 {server} 模型列表（{shape}）',
  "The body is in {server}'s native format": '正文是 {server} 的原生格式',
  'The server speaks the {server} API, but this connection uses {mode} mode':
    '服务器使用 {server} API，但此连接使用的是 {mode} 模式',
  "The body is in {server}'s format": '正文是 {server} 的格式',
  'The body was empty': '正文为空',
  'The body looks like {shape}': '正文看起来像 {shape}',
  'The server answered in an unexpected format': '服务器以意外的格式作答',
};
