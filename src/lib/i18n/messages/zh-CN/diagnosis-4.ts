// Simplified Chinese: diagnosis texts (the connection test checklist). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis4: Translations = {
  'The URL is well formed': 'URL 格式正确',
  'This page may call it (mixed content, local network access)': '此页面可以调用它（混合内容、本地网络访问）',
  'The server answers': '服务器有应答',
  'The server allows this page (CORS)': '服务器允许此页面（CORS）',
  'The server accepts our request headers (preflight)': '服务器接受我们的请求头（预检）',
  'The model list can be read': '可以读取模型列表',
  'A one-token chat works': '单 token 对话可用',
  'The step failed unexpectedly ({error})': '该步骤意外失败（{error}）',
  'The test could not finish': '测试无法完成',
  'Not run: an earlier step failed': '未运行：前面的步骤失败了',
  'Test stopped': '测试已停止',
  'Stopped before "{step}"': '在“{step}”之前停止',
  'Not run: the test was stopped': '未运行：测试已停止',
  'The connection works': '连接正常',
  'Warning: {warning}': '警告：{warning}',
  '{url} is a valid http(s) URL': '{url} 是有效的 http(s) URL',
  'No mixed-content or local-network rule blocks this request': '没有混合内容或本地网络规则拦截此请求',
  'No valid URL': '没有有效的 URL',
  'No model-list function was given': '未提供模型列表函数',
  'The server listed {count} models: {names}': { other: '服务器列出了 {count} 个模型：{names}' },
  'Chat test not requested': '未请求对话测试',
  'No model to try': '没有可尝试的模型',
  'A one-token chat with {model} got an answer': '与 {model} 的单 token 对话收到了回答',
};
