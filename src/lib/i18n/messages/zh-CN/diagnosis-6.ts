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
  '{server} requires an API key: set one in {place} and enter the same key here.':
    '{server} 需要 API 密钥：在 {place} 中设置一个，并在此处输入相同的密钥。',
  '{server} checks keys only when started with {option}; enter that key here.':
    '{server} 只有在用 {option} 启动时才检查密钥；请在此处输入该密钥。',
  '{server} checks keys only when started with {option} (or {variable}); enter that key here.':
    '{server} 只有在用 {option}（或 {variable}）启动时才检查密钥；请在此处输入该密钥。',
  '{server} checks keys when {variables} is set; enter one of those keys here.':
    '设置了 {variables} 时，{server} 会检查密钥；请在此处输入其中一个密钥。',
  '{server} checks keys only when "{setting}" is on in the server settings.':
    '只有在服务器设置中开启“{setting}”时，{server} 才检查密钥。',
  'The {server} proxy expects its master key or a virtual key created from it.':
    '{server} 代理需要它的主密钥，或由主密钥创建的虚拟密钥。',
  '{server} checks the key only when started with {option}; enter that password as the key.':
    '{server} 只有在用 {option} 启动时才检查密钥；请把该密码作为密钥输入。',
  'Create a key at {place}, and check the project has access to this model.':
    '在 {place} 创建密钥，并确认该项目有权使用此模型。',
  'Create a key at {place}.': '在 {place} 创建密钥。',
  '{server} checks keys only when started with {option}.': '{server} 只有在用 {option} 启动时才检查密钥。',
  'Check the API key': '检查 API 密钥',
  'Add an API key': '添加 API 密钥',
  'The server refused the key this connection sent (HTTP {status}). Copy it again, without spaces, or create a new one.':
    '服务器拒绝了此连接发送的密钥（HTTP {status}）。请重新复制（不要带空格），或创建一个新密钥。',
  'The server wants an API key and this connection sends none (HTTP {status}). Enter the key in the connection settings.':
    '服务器需要 API 密钥，而此连接没有发送（HTTP {status}）。请在连接设置中输入密钥。',
  '{server} and API keys': '{server} 与 API 密钥',
  "Add this host to {server}'s {setting}": '将此主机添加到 {server} 的 {setting}',
  'A proxy may be answering for {server}': '可能是代理在代替 {server} 作答',
  "{server}'s own 403 (origin or host refused) has no CORS headers, so the page could never read it. A readable 403 comes from something else, such as a reverse proxy with its own access rules.":
    '{server} 自己的 403（拒绝来源或主机）不带 CORS 头，页面根本无法读取。可读的 403 来自别处，例如带有自身访问规则的反向代理。',
  'Add credit or raise the limit': '充值或提高限额',
  '{server} says the account is out of credit or quota. Check billing and usage limits in its dashboard.':
    '{server} 表示该账户的余额或配额已用完。请在其控制台中检查账单和用量限额。',
  'Pick a model the server lists': '选择服务器列出的模型',
  'Refresh the model list for this connection and choose one of its models.':
    '刷新此连接的模型列表，并选择其中一个模型。',
  'Download {model} into {server}': '将 {model} 下载到 {server}',
  '{server} has no model called {model}. Download it (names are like {example} or {other}), or pick an installed one.':
    '{server} 没有名为 {model} 的模型。请下载它（名称形如 {example} 或 {other}），或选择一个已安装的模型。',
  'Download the model': '下载模型',
  'List installed models': '列出已安装的模型',
  'Load {model} in {server}': '在 {server} 中加载 {model}',
  'Download it in {server}, or load it from a terminal:': '在 {server} 中下载它，或从终端加载：',
  'Load the model': '加载模型',
  'Use the name {server} serves': '使用 {server} 提供的模型名称',
  '{server} serves one model, under {option} if set, else its path. Use exactly that name.':
    '{server} 只提供一个模型，名称为 {option}（若已设置），否则为其路径。请准确使用该名称。',
  'Check access': '检查访问权限',
  'The model id may be misspelled, retired, or not enabled for this key at {host}.':
    '模型 ID 可能拼写错误、已停用，或在 {host} 上未对此密钥启用。',
  'Remove the doubled {path}': '删除重复的 {path}',
  'The request URL contains {doubled}. Set the base URL to {url}.':
    '请求 URL 中包含 {doubled}。请将基础 URL 设为 {url}。',
  'Try the base URL {url}': '试试基础 URL {url}',
  "{server}'s native API lives at the server root (e.g. {example}), not under {path}. Try {suggestions}.":
    '{server} 的原生 API 位于服务器根路径（例如 {example}），而不在 {path} 下。请试试 {suggestions}。',
  'OpenAI-compatible servers usually serve the API under {path} (e.g. {example}); a few also answer at the root. Try {suggestions}.':
    '兼容 OpenAI 的服务器通常在 {path} 下提供 API（例如 {example}）；少数也在根路径应答。请试试 {suggestions}。',
  'Or switch this connection to OpenAI-compatible mode': '或者将此连接切换到 OpenAI 兼容模式',
  "If {url} is not {server}, its {paths} paths won't exist. Use OpenAI-compatible mode with the server's {path} URL.":
    '如果 {url} 不是 {server}，它就没有 {paths} 路径。请使用 OpenAI 兼容模式，并填写服务器的 {path} URL。',
  'Check the address': '检查地址',
  'A 404 means a server answered at {url} but has nothing at that path: check host, port and path prefix.':
    '404 表示 {url} 处有服务器应答，但该路径下没有内容：请检查主机、端口和路径前缀。',
  'Pick a model that supports chat': '选择支持聊天的模型',
  'This model cannot do what was asked (for example an embedding model used for chat). Choose another model.':
    '此模型无法完成所请求的任务（例如把嵌入模型用于聊天）。请选择其他模型。',
  "The server rejected the request as invalid. Check the connection's and chat's parameters (max tokens, response format, images); the message above names the problem.":
    '服务器以无效为由拒绝了请求。请检查连接和聊天的参数（最大 token 数、响应格式、图片）；上面的消息指出了问题所在。',
  "{server} is limiting how fast requests may come. Retry in a moment, or check your plan's limits.":
    '{server} 正在限制请求频率。请稍后重试，或检查你的套餐限额。',
  "{server} is limiting how fast requests may come. The server asks to wait {seconds} s. Retry in a moment, or check your plan's limits.":
    '{server} 正在限制请求频率。服务器要求等待 {seconds} 秒。请稍后重试，或检查你的套餐限额。',
  "{server} is limiting how fast requests may come. The server asks to wait {retryAfter}. Retry in a moment, or check your plan's limits.":
    '{server} 正在限制请求频率。服务器要求等待：{retryAfter}。请稍后重试，或检查你的套餐限额。',
  'Wait and retry': '等待后重试',
  'Wait for the model to load, then retry': '等待模型加载完成，然后重试',
  '{server} is still loading the model into memory. This can take a minute for large models.':
    '{server} 仍在把模型加载到内存中。大模型可能需要一分钟。',
  'Use {url}': '使用 {url}',
  '{server} only accepts the host names {first} and {second} unless started with {option}.':
    '除非用 {option} 启动，否则 {server} 只接受主机名 {first} 和 {second}。',
  'Or start it with {option}': '或者用 {option} 启动它',
  'Then it accepts any host name (and listens on the network).': '这样它会接受任何主机名（并在网络上监听）。',
  'Start {server}': '启动 {server}',
  'Check the proxy and the server behind it': '检查代理及其后面的服务器',
  'HTTP {status} comes from a proxy or gateway that could not get an answer from {server} in time. Check that the server behind it is running.':
    'HTTP {status} 来自未能及时从 {server} 获得应答的代理或网关。请检查其后面的服务器是否在运行。',
  "Check {server}'s log": '查看 {server} 的日志',
  'The server failed while handling the request (HTTP {status}). Its console or log says why; out-of-memory while loading a model is a common cause.':
    '服务器在处理请求时出错（HTTP {status}）。它的控制台或日志会说明原因；加载模型时内存不足是常见原因。',
  'Use the address the server redirects to': '使用服务器重定向到的地址',
  "{app} never follows a redirect with an API key, so the key and the chat cannot be sent to an address you did not enter. Find where the server points (the {header} line of the command below), then put that address in the connection's base URL. Common causes: {http} redirected to {https}, a missing or extra {path}, a proxy or login page in front of the API.":
    '{app} 从不在带有 API 密钥时跟随重定向，因此密钥和聊天内容不会被发送到你未输入的地址。请找出服务器指向哪里（下方命令输出中的 {header} 行），然后把该地址填入连接的基础 URL。常见原因：{http} 被重定向到 {https}、缺少或多出 {path}、API 前面有代理或登录页面。',
  'Show the redirect': '显示重定向',
};
