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
  // fixes/capabilities.ts, classify-capability.ts, capability-texts.ts
  'Speaches (faster-whisper), LocalAI or vLLM with a Whisper model':
    'Speaches（faster-whisper）、LocalAI 或带 Whisper 模型的 vLLM',
  'Speaches (Piper or Kokoro), Kokoro-FastAPI or LocalAI': 'Speaches（Piper 或 Kokoro）、Kokoro-FastAPI 或 LocalAI',
  'Ollama, LM Studio, llama.cpp started with {flag}, vLLM with an embedding model, or LocalAI':
    'Ollama、LM Studio、以 {flag} 启动的 llama.cpp、带嵌入模型的 vLLM，或 LocalAI',
  'Run Speaches (speech to text and text to speech) on port {port}':
    '在端口 {port} 上运行 Speaches（语音转文字和文字转语音）',
  'Run Kokoro-FastAPI (text to speech) on port {port}': '在端口 {port} 上运行 Kokoro-FastAPI（文字转语音）',
  'Or pull an embedding model into Ollama': '或将嵌入模型拉取到 Ollama',
  'Install a model for embeddings in LocalAI': '在 LocalAI 中安装嵌入模型',
  'Install a model for text to speech in LocalAI': '在 LocalAI 中安装文字转语音模型',
  'Install a model for speech to text in LocalAI': '在 LocalAI 中安装语音转文字模型',
  'Start llama-server with {flag}': '以 {flag} 启动 llama-server',
  'llama-server answers {path} only when started with {flag} (and an embedding model works best).':
    'llama-server 只有以 {flag} 启动时才响应 {path}（最好配合嵌入模型）。',
  'Start it with': '启动命令',
  'Update Ollama': '更新 Ollama',
  'Ollama before {version} has no {path} (nor {other}). Update it, then pull an embedding model.':
    '{version} 之前的 Ollama 没有 {path}（也没有 {other}）。请更新它，然后拉取一个嵌入模型。',
  Then: '然后',
  'Serve an embedding model with vLLM': '用 vLLM 提供嵌入模型',
  'Serve a Whisper model with vLLM': '用 vLLM 提供 Whisper 模型',
  'vLLM offers this endpoint only for a model that does it; one vLLM serves one model, so run a second one on another port and add it as its own connection.':
    'vLLM 只为能做这项工作的模型提供此端点；一个 vLLM 只提供一个模型，所以请在另一个端口上运行第二个，并将其添加为单独的连接。',
  'LocalAI has this endpoint, but answers 404 until a model with a backend for it is installed (from its gallery).':
    'LocalAI 有此端点，但在安装带相应后端的模型（从其模型库）之前会返回 404。',
  'Check the base URL ends in {path}': '检查基础 URL 是否以 {path} 结尾',
  '{server} serves this under {path} (e.g. {url}).': '{server} 在 {path} 下提供此功能（例如 {url}）。',
  'Use a server that does embeddings': '使用支持嵌入的服务器',
  'Use a server that does text to speech': '使用支持文字转语音的服务器',
  'Use a server that does speech to text': '使用支持语音转文字的服务器',
  '{server} has no {path}. Servers that have it: {servers}. Run one beside your chat server and add it as its own connection ({where}; its kind sets what it does).':
    '{server} 没有 {path}。具备它的服务器：{servers}。在聊天服务器旁运行一个，并将其添加为单独的连接（{where}；其类型决定它做什么）。',
  'This server': '此服务器',
  'Pick an embedding model': '选择嵌入模型',
  "Choose a model that does embeddings. {where} shows each model's kind; a chat model cannot do this work.":
    '请选择支持嵌入的模型。{where} 会显示每个模型的类型；聊天模型无法完成这项工作。',
  'Pick a text-to-speech model': '选择文字转语音模型',
  "Choose a model that does text to speech. {where} shows each model's kind; a chat model cannot do this work.":
    '请选择支持文字转语音的模型。{where} 会显示每个模型的类型；聊天模型无法完成这项工作。',
  'Pick a speech-to-text (Whisper) model': '选择语音转文字（Whisper）模型',
  "Choose a model that does speech to text. {where} shows each model's kind; a chat model cannot do this work.":
    '请选择支持语音转文字的模型。{where} 会显示每个模型的类型；聊天模型无法完成这项工作。',
  'Record a shorter piece, or send a smaller file': '录制更短的片段，或发送更小的文件',
  'Split long recordings, or convert the audio to a compressed format (Opus, MP3) before sending.':
    '拆分较长的录音，或在发送前将音频转换为压缩格式（Opus、MP3）。',
  "Raise the server's upload limit": '提高服务器的上传限制',
  'Servers behind a reverse proxy (nginx: {option}) refuse large uploads before the server sees them; raise the limit there or on the server.':
    '位于反向代理（nginx：{option}）之后的服务器会在服务器看到之前拒绝大文件上传；请在代理或服务器上提高限制。',
  '{method} {url} answered HTTP {status}': '{method} {url} 返回了 HTTP {status}',
  'The server said: "{message}"': '服务器说：“{message}”',
  'The answer carried no error message': '应答中没有错误信息',
  'This server has embeddings turned off': '此服务器关闭了嵌入功能',
  "The upload's {header} ({type}) needs no preflight, but {names} does (it carries the API key)":
    '上传的 {header}（{type}）不需要预检，但 {names} 需要（它携带 API 密钥）',
  "The upload's {header} ({type}) needs no preflight, but {names} does":
    '上传的 {header}（{type}）不需要预检，但 {names} 需要',
  "The server rejects the preflight for the upload's {names} header": '服务器拒绝了上传的 {names} 请求头的预检',
  'The upload carried only headers that need no preflight ({type}), so the answer itself lacks permission for this page':
    '上传只携带了不需要预检的请求头（{type}），所以是应答本身缺少对此页面的许可',
  'This request needs a preflight ({method}) for its {names} headers': {
    other: '此请求因其 {names} 请求头需要预检（{method}）',
  },
  'Check that the server has {path}': '检查服务器是否有 {path}',
  'A server without {path} may answer 404 without CORS headers, which the browser reports the same way. {advice}':
    '没有 {path} 的服务器可能返回不带 CORS 头的 404，浏览器会以同样方式报告。{advice}',
  'This model does no embeddings; pick an embedding model': '此模型不支持嵌入；请选择嵌入模型',
  '{model} is a chat model; pick an embedding model': '{model} 是聊天模型；请选择嵌入模型',
  '{model} is a speech-to-text model; pick an embedding model': '{model} 是语音转文字模型；请选择嵌入模型',
  '{model} is a text-to-speech model; pick an embedding model': '{model} 是文字转语音模型；请选择嵌入模型',
  '{model} does no embeddings here; pick an embedding model': '{model} 在这里不提供嵌入；请选择嵌入模型',
  'This model does no text to speech; pick a text-to-speech model': '此模型不支持文字转语音；请选择文字转语音模型',
  '{model} is a chat model; pick a text-to-speech model': '{model} 是聊天模型；请选择文字转语音模型',
  '{model} is a speech-to-text model; pick a text-to-speech model': '{model} 是语音转文字模型；请选择文字转语音模型',
  '{model} is an embedding model; pick a text-to-speech model': '{model} 是嵌入模型；请选择文字转语音模型',
  '{model} does no text to speech here; pick a text-to-speech model':
    '{model} 在这里不提供文字转语音；请选择文字转语音模型',
  'This model does no speech to text; pick a speech-to-text model': '此模型不支持语音转文字；请选择语音转文字模型',
  '{model} is a chat model; pick a speech-to-text model': '{model} 是聊天模型；请选择语音转文字模型',
  '{model} is a text-to-speech model; pick a speech-to-text model': '{model} 是文字转语音模型；请选择语音转文字模型',
  '{model} is an embedding model; pick a speech-to-text model': '{model} 是嵌入模型；请选择语音转文字模型',
  '{model} does no speech to text here; pick a speech-to-text model':
    '{model} 在这里不提供语音转文字；请选择语音转文字模型',
  '{server} does not do embeddings (no {path})': '{server} 不支持嵌入（没有 {path}）',
  '{server} does not do text to speech (no {path})': '{server} 不支持文字转语音（没有 {path}）',
  '{server} does not do speech to text (no {path})': '{server} 不支持语音转文字（没有 {path}）',
  'Servers that do embeddings answer at {path}': '支持嵌入的服务器在 {path} 应答',
  'Servers that do text to speech answer at {path}': '支持文字转语音的服务器在 {path} 应答',
  'Servers that do speech to text answer at {path}': '支持语音转文字的服务器在 {path} 应答',
  'The file is {size}; the server takes at most {limit}': '文件大小为 {size}；服务器最多接受 {limit}',
  'The file is {size}; the server takes at most {limit}: record shorter or raise its limit':
    '文件大小为 {size}；服务器最多接受 {limit}：请录制更短的内容或提高其限制',
  'The file is {size}': '文件大小为 {size}',
  'The file is {size}: record shorter or raise its limit': '文件大小为 {size}：请录制更短的内容或提高服务器的限制',
  'The file is too large for the server; the server takes at most {limit}':
    '文件对服务器来说太大；服务器最多接受 {limit}',
  'The file is too large for the server; the server takes at most {limit}: record shorter or raise its limit':
    '文件对服务器来说太大；服务器最多接受 {limit}：请录制更短的内容或提高其限制',
  'The file is too large for the server': '文件对服务器来说太大',
  'The file is too large for the server: record shorter or raise its limit':
    '文件对服务器来说太大：请录制更短的内容或提高服务器的限制',
  // fixes/vision.ts, classify-vision.ts
  'Download a vision model into Ollama': '将视觉模型下载到 Ollama',
  'Models such as gemma3, qwen2.5vl or llava take images. Download one, then pick it for this chat.':
    'gemma3、qwen2.5vl 或 llava 等模型可以接收图片。下载一个，然后为此聊天选择它。',
  'Download a vision model': '下载视觉模型',
  'Start llama-server with the vision projector': '带视觉投影器启动 llama-server',
  'llama-server reads images only when the model comes with its multimodal projector: add {option} (or load the model with {hf}, which fetches it).':
    '只有当模型附带其多模态投影器时，llama-server 才能读取图片：添加 {option}（或用 {hf} 加载模型，它会一并获取）。',
  'Serve a multimodal model': '提供多模态模型',
  'vLLM takes images only with a model built for them (for example a Qwen2.5-VL or Gemma 3 model).':
    'vLLM 只有配合专为图片构建的模型才接收图片（例如 Qwen2.5-VL 或 Gemma 3 模型）。',
  'Load a vision model in LM Studio': '在 LM Studio 中加载视觉模型',
  'Models marked "Vision" in LM Studio take images (for example Gemma 3 or Qwen2.5-VL).':
    'LM Studio 中标有“Vision”的模型可以接收图片（例如 Gemma 3 或 Qwen2.5-VL）。',
  '"{model}" does not take images. This server also lists {models} and {count} more, which can: pick one in the model picker and send again.':
    {
      other:
        '“{model}”不接收图片。此服务器还列出了 {models} 以及另外 {count} 个可以接收图片的模型：在模型选择器中选择一个，然后重新发送。',
    },
  'This model does not take images. This server also lists {models} and {count} more, which can: pick one in the model picker and send again.':
    {
      other:
        '此模型不接收图片。此服务器还列出了 {models} 以及另外 {count} 个可以接收图片的模型：在模型选择器中选择一个，然后重新发送。',
    },
  '"{model}" does not take images. This server also lists {models}, which can: pick one in the model picker and send again.':
    '“{model}”不接收图片。此服务器还列出了可以接收图片的 {models}：在模型选择器中选择一个，然后重新发送。',
  'This model does not take images. This server also lists {models}, which can: pick one in the model picker and send again.':
    '此模型不接收图片。此服务器还列出了可以接收图片的 {models}：在模型选择器中选择一个，然后重新发送。',
  'Use "{model}" or another model that can see': '使用“{model}”或其他能看图的模型',
  'Use a model that can see images': '使用能看图的模型',
  '"{model}" does not take images, and {server} lists no model known to. Load a vision model (names often say vision, VL or llava), then pick it.':
    '“{model}”不接收图片，而 {server} 没有列出已知能接收图片的模型。请加载一个视觉模型（名称中常含 vision、VL 或 llava），然后选择它。',
  'This model does not take images, and {server} lists no model known to. Load a vision model (names often say vision, VL or llava), then pick it.':
    '此模型不接收图片，而 {server} 没有列出已知能接收图片的模型。请加载一个视觉模型（名称中常含 vision、VL 或 llava），然后选择它。',
  'Or send the message without the image': '或不带图片发送消息',
  '"{model}" can still answer the text: edit the message and remove the image.':
    '“{model}”仍可回答文字部分：编辑消息并移除图片。',
  'This model can still answer the text: edit the message and remove the image.':
    '此模型仍可回答文字部分：编辑消息并移除图片。',
  'The model cannot see images: {model}': '模型无法看图：{model}',
  'The model cannot see images': '模型无法看图',
  'The request carried an image, and the error is about image input': '请求中带有图片，且错误与图片输入有关',
  'The server also lists models that take images: {models}': '服务器还列出了接收图片的模型：{models}',
  'No other model on this server is known to take images (checked {count} listed models besides "{model}")': {
    other: '此服务器上没有其他已知能接收图片的模型（除“{model}”外检查了 {count} 个列出的模型）',
  },
  'No other model on this server is known to take images (checked {count} listed models besides the model)': {
    other: '此服务器上没有其他已知能接收图片的模型（除该模型外检查了 {count} 个列出的模型）',
  },
  // install-guides.ts
  'Install {server}': '安装 {server}',
  'macOS: download the app from {site}, or with Homebrew': 'macOS：从 {site} 下载应用，或使用 Homebrew',
  'Linux: the official install script': 'Linux：官方安装脚本',
  'Windows: the installer from {site}, or with winget': 'Windows：{site} 上的安装程序，或使用 winget',
  'Download a small model': '下载一个小模型',
  'The app starts the server itself; without the app, run "{command}" in another terminal first.':
    '应用会自行启动服务器；不用应用时，请先在另一个终端中运行“{command}”。',
  'A small model (about {size} GB)': '一个小模型（约 {size} GB）',
  'Allow this page ({origin})': '允许此页面（{origin}）',
  'Nothing to do: Ollama allows pages on {localhost} and {loopback} by default.':
    '无需操作：Ollama 默认允许 {localhost} 和 {loopback} 上的页面。',
  'Set {variable} to {origin} exactly (no trailing slash), then restart Ollama.':
    '将 {variable} 精确设为 {origin}（末尾不带斜杠），然后重启 Ollama。',
  'Started by hand instead: stop it, then': '如果是手动启动的：先停止它，然后',
  'Download it from {site} (macOS, Windows, Linux), open it and download a model from its Discover tab.':
    '从 {site} 下载（macOS、Windows、Linux），打开后在其 Discover 标签页中下载一个模型。',
  'Start the server and allow this page ({origin})': '启动服务器并允许此页面（{origin}）',
  'Developer tab → Server Settings → turn on "Enable CORS", then start the server; without it the browser keeps its answers from this page. From a terminal:':
    'Developer 标签页 → Server Settings → 打开“Enable CORS”，然后启动服务器；否则浏览器不会让此页面读取其应答。在终端中：',
  'Start the server with CORS on': '启动服务器并开启 CORS',
  'macOS: with Homebrew': 'macOS：使用 Homebrew',
  'Linux: with Homebrew, or a release build from its GitHub page':
    'Linux：使用 Homebrew，或从其 GitHub 页面获取发布版本',
  'Windows: with winget': 'Windows：使用 winget',
  'Start llama-server with a small model, allowing this page ({origin})':
    '用一个小模型启动 llama-server，并允许此页面（{origin}）',
  'It downloads the model on first start. llama-server answers every page by default; {option} keeps this page allowed when tools or agents are turned on.':
    '首次启动时会下载模型。llama-server 默认响应所有页面；开启工具或智能体时，{option} 可让此页面保持被允许。',
  'Start the server on port {port}': '在端口 {port} 上启动服务器',
  // checklist-steps.ts, checklist.ts
  '"{title}" does not apply: {fact}, so the browser does not treat this page as public':
    '“{title}”不适用：{fact}，因此浏览器不会将此页面视为公共页面',
  '{url} listed no models': '{url} 没有列出任何模型',
  '{server} has no models to offer': '{server} 没有可提供的模型',
  'a non-error value': '一个非错误值',
  'no diagnosis given': '未给出诊断',
};
