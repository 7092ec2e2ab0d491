// Simplified Chinese: diagnosis texts (answers that are no answer, requests beyond chat, images, install guides).
// Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis7: Translations = {
  // fixes/answers.ts
  'Point the connection at the API, not the web page': '让连接指向 API，而不是网页',
  "{url} returned a web page. Use the API's base URL, which usually ends in {path} ({server}'s API is usually on port {port}).":
    '{url} 返回了一个网页。请使用 API 的基础 URL，它通常以 {path} 结尾（{server} 的 API 通常在端口 {port}）。',
  "{url} returned a web page. Use the API's base URL, which usually ends in {path}.":
    '{url} 返回了一个网页。请使用 API 的基础 URL，它通常以 {path} 结尾。',
  'Switch this connection to {mode} mode': '将此连接切换到 {mode} 模式',
  'The server answered in Ollama\'s native format. Use mode "{mode}" with base URL {url}, or keep {other} mode with {v1url}.':
    '服务器以 Ollama 原生格式应答。请使用“{mode}”模式和基础 URL {url}，或保留 {other} 模式并使用 {v1url}。',
  'The server answered in OpenAI\'s format. Use mode "{mode}" with base URL {url}.':
    '服务器以 OpenAI 格式应答。请使用“{mode}”模式和基础 URL {url}。',
  'The server at {origin} says it is Ollama. Edit the connection: mode "{mode}", base URL {origin}. Ollama\'s native API works with every Ollama version.':
    '{origin} 上的服务器表明自己是 Ollama。请编辑连接：模式“{mode}”，基础 URL {origin}。Ollama 的原生 API 适用于所有 Ollama 版本。',
  'Or keep {mode} mode with base URL {url}': '或保留 {mode} 模式，基础 URL 设为 {url}',
  'Ollama serves its OpenAI-compatible API under {path}, not at this path.':
    'Ollama 的 OpenAI 兼容 API 位于 {path} 下，而不在此路径。',
  'Or update Ollama to keep {mode} mode': '或更新 Ollama 以保留 {mode} 模式',
  'This Ollama answers 404 at {url}: older Ollama versions have no OpenAI-compatible API (or not all of it), and some proxies forward only {prefix} paths. Check its version:':
    '此 Ollama 在 {url} 返回 404：旧版 Ollama 没有 OpenAI 兼容 API（或不完整），而且有些代理只转发 {prefix} 路径。检查其版本：',
  "Ollama's version": 'Ollama 的版本',
  'Check the API mode and base URL': '检查 API 模式和基础 URL',
  'The server answered in an unexpected format. Make sure the mode (OpenAI vs Ollama native) matches the server and the base URL points at its API.':
    '服务器以意外的格式应答。请确认模式（OpenAI 或 Ollama 原生）与服务器相符，且基础 URL 指向其 API。',
  '{server} went silent mid-answer. It may be overloaded or out of memory; check its log and retry.':
    '{server} 在回答中途没有了响应。它可能过载或内存不足；请查看其日志后重试。',
  'The server stopped sending': '服务器停止了发送',
  'Retry: the first request may load the model': '重试：第一个请求可能正在加载模型',
  '{server} may be loading the model, which can take longer than the time limit. Retry once it has loaded.':
    '{server} 可能正在加载模型，耗时可能超过时间限制。加载完成后请重试。',
  'Check the network path': '检查网络路径',
  'A firewall that silently drops packets also looks like this. Run "{action}" to check.':
    '静默丢弃数据包的防火墙也会造成这种情况。运行“{action}”进行检查。',
  'Retry; check the server and any proxy': '重试；检查服务器和所有代理',
  'The answer had started, so this is not CORS or a wrong URL: the connection to {server} broke mid-stream (server crash or restart, proxy timeout, network change).':
    '回答已经开始，所以不是 CORS 或 URL 错误：与 {server} 的连接在流传输中途断开（服务器崩溃或重启、代理超时、网络变化）。',
  'Download a model': '下载模型',
  'Ollama has no models yet.': 'Ollama 还没有模型。',
  'For example': '例如',
  'Load a model on the server, or type its id': '在服务器上加载模型，或输入其 ID',
  '{server} listed no models. Load one on the server, or add model ids by hand in the connection.':
    '{server} 没有列出任何模型。请在服务器上加载一个，或在连接中手动添加模型 ID。',
};
