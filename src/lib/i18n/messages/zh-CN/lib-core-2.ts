// Simplified Chinese: text written below the UI — providers and conversation (errors, failures, descriptions). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libCore2: Translations = {
  // conversation: the chat's output settings
  'The schema is not valid JSON: {error}': '该模式不是有效的 JSON：{error}',
  'The tool definitions are not valid JSON: {error}': '工具定义不是有效的 JSON：{error}',
  'The schema must be a JSON object, such as {example}.': '模式必须是 JSON 对象，例如 {example}。',
  '{field} must be one of {types} (found {found}).': '{field} 必须是 {types} 之一（实际为 {found}）。',
  '{field} must be an object.': '{field} 必须是对象。',
  '{field} must be a list of names.': '{field} 必须是名称列表。',
  'Paste or write a JSON schema, or pick an example.': '请粘贴或编写 JSON 模式，或选择一个示例。',
  '{field} may hold only letters, digits, {underscore} and {hyphen} (at most {max}).':
    '{field} 只能包含字母、数字、{underscore}和{hyphen}（最多 {max} 个）。',
  'Tool definitions must be a JSON list: {example}.': '工具定义必须是 JSON 列表：{example}。',
  'Tool {n} needs {field}.': '工具 {n} 需要 {field}。',
  'Tool {n} needs a {field} object.': '工具 {n} 需要一个 {field} 对象。',
  'Tool {n}: {field} must be letters, digits, {underscore} or {hyphen} (at most {max}).':
    '工具 {n}：{field} 必须由字母、数字、{underscore}或{hyphen} 组成（最多 {max} 个）。',
  'Tool {n}: the name {name} is used twice.': '工具 {n}：名称 {name} 被使用了两次。',
  'Tool {n}: {field} must be text.': '工具 {n}：{field} 必须是文本。',
  'Tool {n}: {field} must be a JSON schema object.': '工具 {n}：{field} 必须是 JSON 模式对象。',
  // providers: this browser's engine and models
  'This browser offers a WebGPU adapter, so the model runs on the GPU.':
    '此浏览器提供 WebGPU 适配器，因此模型在 GPU 上运行。',
  'No WebGPU; the page is cross-origin isolated, so WebAssembly runs on {count} threads.':
    '没有 WebGPU；页面已跨源隔离，因此 WebAssembly 在 {count} 个线程上运行。',
  'No WebGPU, and the page is not cross-origin isolated (its host does not send the {headers} headers), so threads are unavailable: WebAssembly runs on one thread.':
    '没有 WebGPU，且页面未跨源隔离（其主机未发送 {headers} 标头），因此无法使用多线程：WebAssembly 在单个线程上运行。',
  'No WebGPU, and this device has too few cores for threads to help: WebAssembly runs on one thread.':
    '没有 WebGPU，且此设备核心太少，多线程无济于事：WebAssembly 在单个线程上运行。',
  'WebAssembly, several threads': 'WebAssembly，多线程',
  'WebAssembly, one thread': 'WebAssembly，单线程',
  'Tiny and fast: short answers and simple rewrites, on any laptop.':
    '小巧快速：简短回答和简单改写，任何笔记本电脑都能运行。',
  'Small all-rounder for quick questions and summaries.': '小型全能模型，适合快速提问和摘要。',
  'Multilingual, follows instructions well for its size; some code.':
    '多语言，就其规模而言能很好地遵循指令；能写一些代码。',
  'The most capable here: better reasoning and writing, slower on the CPU.':
    '这里能力最强的：推理和写作更好，在 CPU 上较慢。',
  // providers: errors
  '{status} (the server sent an HTML page, not an API error)': '{status}（服务器发送的是 HTML 页面，而不是 API 错误）',
  '{status} (empty body)': '{status}（正文为空）',
  'The server reported an error without a message': '服务器报告了错误，但没有消息',
  'The request got no response': '请求没有得到响应',
  'The connection broke while the reply was streaming': '回复流式传输时连接中断',
  'The request was cancelled': '请求已取消',
  'No response within {duration}': '{duration} 内没有响应',
  'This connection needs an API key; add one in its settings': '此连接需要 API 密钥；请在其设置中添加',
  'No data from {host} for {duration}; the stream was stopped. The text received so far is kept.':
    '{host} 已 {duration} 没有数据；流已停止。已收到的文本会保留。',
  'No data from {host} for {duration} while waiting for the first token; the request was stopped.':
    '等待首个令牌时 {host} 已 {duration} 没有数据；请求已停止。',
  'The server sent a line longer than {size} without a line break; the stream was stopped. The text received so far is kept.':
    '服务器发送了一行超过 {size} 且没有换行的内容；流已停止。已收到的文本会保留。',
  "The server's reply is larger than {size}; reading it was stopped.": '服务器的回复大于 {size}；已停止读取。',
  'The server answered with a web page (HTML), not a chat stream. The base URL may point at a web UI, a login page or a proxy instead of the API.':
    '服务器返回的是网页（HTML），而不是聊天流。基础 URL 可能指向了 Web 界面、登录页或代理，而不是 API。',
  'The server sent an empty reply ({status} with no content).': '服务器发送了空回复（{status}，无内容）。',
  'the server': '服务器',
  'The embeddings reply is not a JSON object.': '嵌入回复不是 JSON 对象。',
  'The reply has no {field} list.': '回复中没有 {field} 列表。',
  'The reply has no {field} list of embeddings.': '回复中没有嵌入的 {field} 列表。',
  'The reply holds {vectors} vectors for {count} texts.': '回复中有 {vectors} 个向量，但文本有 {count} 条。',
  'An embedding in the reply is not a list of numbers.': '回复中的某个嵌入不是数字列表。',
  'The vectors in the reply differ in length.': '回复中的向量长度不一致。',
  'The model list was not JSON': '模型列表不是 JSON',
  'The server sent a line that is not JSON; the stream was stopped. The text received so far is kept.':
    '服务器发送了一行非 JSON 内容；流已停止。已收到的文本会保留。',
  'The reply was not a stream of JSON lines': '回复不是 JSON 行流',
  'This looks like an OpenAI-style model list; use the OpenAI-compatible mode for this server':
    '这看起来是 OpenAI 风格的模型列表；请为此服务器使用 OpenAI 兼容模式',
  'The reply is not an Ollama model list (no {field} array)': '回复不是 Ollama 模型列表（没有 {field} 数组）',
  'The reply was not JSON': '回复不是 JSON',
  'The reply was not a JSON object': '回复不是 JSON 对象',
  'The reply is not an {endpoint} result (no {field})': '回复不是 {endpoint} 结果（没有 {field}）',
  'This looks like an Ollama model list ({endpoint}); use the Ollama mode for this server':
    '这看起来是 Ollama 模型列表（{endpoint}）；请为此服务器使用 Ollama 模式',
  'The reply is not an OpenAI-style model list (no {field} array)':
    '回复不是 OpenAI 风格的模型列表（没有 {field} 数组）',
  'The reply is not a chat completion (no {field})': '回复不是聊天补全（没有 {field}）',
  'The server sent an event that is not JSON; the stream was stopped. The text received so far is kept.':
    '服务器发送了非 JSON 事件；流已停止。已收到的文本会保留。',
  'The server sent an event that is not JSON': '服务器发送了非 JSON 事件',
  'The reply was not an event stream': '回复不是事件流',
  "The server URL is not a full {http} or {https} address; the request was not sent. Edit the connection's base URL":
    '服务器 URL 不是完整的 {http} 或 {https} 地址；请求未发送。请编辑连接的基础 URL',
  "Only {http} and {https} server URLs work; the request was not sent. Edit the connection's base URL":
    '只能使用 {http} 和 {https} 服务器 URL；请求未发送。请编辑连接的基础 URL',
  'The server URL contains a user name or password; the request was not sent. Remove them from the base URL and use the API key field':
    '服务器 URL 中包含用户名或密码；请求未发送。请从基础 URL 中删除它们，并使用“API 密钥”字段',
  'The server answered with a redirect ({status} to {location}); it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to':
    '服务器以重定向响应（{status} 到 {location}）；未跟随该重定向，因此 API 密钥没有发往别处。请将基础 URL 设为服务器重定向到的地址',
  'The server answered with a redirect ({status}); it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to':
    '服务器以重定向响应（{status}）；未跟随该重定向，因此 API 密钥没有发往别处。请将基础 URL 设为服务器重定向到的地址',
  'The server answered with a redirect to {location}; it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to':
    '服务器以重定向到 {location} 响应；未跟随该重定向，因此 API 密钥没有发往别处。请将基础 URL 设为服务器重定向到的地址',
  'The server answered with a redirect; it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to':
    '服务器以重定向响应；未跟随该重定向，因此 API 密钥没有发往别处。请将基础 URL 设为服务器重定向到的地址',
  'The reply is not a transcription (no {field})': '回复不是转写结果（没有 {field}）',
};
