// Simplified Chinese: diagnosis texts (guessing the server kind). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis5: Translations = {
  '{url} answered "{text}", which is what {server} does': '{url} 应答了“{text}”，这正是 {server} 的表现',
  '{url} answered with a version number, which is what {server} does': '{url} 应答了版本号，这正是 {server} 的表现',
  '{url} sent "{header}", which is what {server} does': '{url} 发送了“{header}”，这正是 {server} 的表现',
  "{url} answered KoboldCpp's unknown-endpoint text, which is what {server} does":
    '{url} 应答了 KoboldCpp 的未知端点提示文字，这正是 {server} 的表现',
  '{url} lists models owned by "{owner}", which is what {server} does':
    '{url} 列出的模型归属“{owner}”，这正是 {server} 的表现',
  '{url} returned both an Ollama and an OpenAI model list, which is what {server} does':
    '{url} 同时返回了 Ollama 和 OpenAI 格式的模型列表，这正是 {server} 的表现',
  '{url} lists models with canonical slugs, which is what {server} does':
    '{url} 列出的模型带有规范 slug，这正是 {server} 的表现',
  "{host} is OpenAI's API host": '{host} 是 OpenAI 的 API 主机',
  "{host} is OpenRouter's host": '{host} 是 OpenRouter 的主机',
  "Port {port} is {server}'s default port": '端口 {port} 是 {server} 的默认端口',
};
