// Simplified Chinese: diagnosis texts (CORS and Ollama fixes). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis2: Translations = {
  'Check from a terminal: look for an {header} line in the answer': '在终端中检查：在应答中查找 {header} 这一行',
  'Allow {origin} on the server (CORS)': '在服务器上允许 {origin}（CORS）',
  'The server answered, but not with permission for this page to read it. It must send "{header}" (or "*") and answer OPTIONS preflights allowing the Authorization and Content-Type headers. Look for a CORS or "allowed origins" setting, or put a proxy in front that adds these headers.':
    '服务器有应答，但没有允许此页面读取。它必须发送“{header}”（或“*”），并响应 OPTIONS 预检、允许 Authorization 和 Content-Type 请求头。请查找 CORS 或“allowed origins”设置，或在前面放一个添加这些头的代理。',
  'Ollama already allows this origin: check what is answering': 'Ollama 已允许此来源：检查是谁在应答',
  'Ollama allows {origin} without configuration, so the refusal probably comes from something else at {host}: a reverse proxy, another program on that port, or a browser extension.':
    'Ollama 无需配置即允许 {origin}，所以拒绝很可能来自 {host} 上的其他东西：反向代理、占用该端口的其他程序或浏览器扩展。',
  'Enable CORS in LM Studio': '在 LM Studio 中启用 CORS',
  'Developer tab → Server Settings → turn on "Enable CORS", then restart the server. From a terminal:':
    'Developer 标签页 → Server Settings → 打开“Enable CORS”，然后重启服务器。在终端中：',
  'Restart the server with CORS on': '开启 CORS 后重启服务器',
  'Allow {origin} in {server}': '在 {server} 中允许 {origin}',
  'llama-server allows every origin by default, but only localhost when {tools}, {agent} or MCP servers are configured. Start it with {flag} (or {variable}):':
    'llama-server 默认允许所有来源，但配置了 {tools}、{agent} 或 MCP 服务器时只允许 localhost。请用 {flag}（或 {variable}）启动：',
  'Add to your llama-server command': '添加到你的 llama-server 命令',
  'vLLM allows every origin unless {option} narrows it. Start it with:':
    '除非 {option} 加以限制，vLLM 允许所有来源。用以下命令启动：',
  'vLLM takes a JSON list': 'vLLM 接受 JSON 列表',
  'Turn CORS on with your origin. With API keys set, LocalAI may answer requests without a valid key before adding CORS headers, so also check the key.':
    '用你的来源开启 CORS。设置了 API 密钥时，LocalAI 可能在添加 CORS 头之前就应答无有效密钥的请求，所以也请检查密钥。',
  'Start LocalAI with': '用以下方式启动 LocalAI',
  'Allow {origin} in the LiteLLM proxy': '在 LiteLLM 代理中允许 {origin}',
  'Set the allowed origins and restart the proxy:': '设置允许的来源并重启代理：',
  'Start LiteLLM with': '用以下方式启动 LiteLLM',
  'Osaurus sends no CORS headers until you add origins: Settings → Allowed Origins → add {origin} (comma-separated; * allows all).':
    '在你添加来源之前，Osaurus 不发送 CORS 头：Settings → Allowed Origins → 添加 {origin}（以逗号分隔；* 表示全部允许）。',
  "Check Jan's Local API Server settings": '检查 Jan 的 Local API Server 设置',
  'Settings → Local API Server: turn on CORS, and add {host} to Trusted Hosts. Jan also needs an API key set there and in this connection.':
    'Settings → Local API Server：开启 CORS，并把 {host} 加入 Trusted Hosts。Jan 还需要在那里和此连接中设置 API 密钥。',
  'Use localhost, or start text-generation-webui with {flag}': '使用 localhost，或用 {flag} 启动 text-generation-webui',
  'text-generation-webui allows every origin, but without {flag} it rejects any host name other than {hosts} ({error}, which the browser hides). Use {url}, or restart it with {flag}.':
    'text-generation-webui 允许所有来源，但没有 {flag} 时会拒绝 {hosts} 以外的任何主机名（{error}，浏览器会隐藏它）。请使用 {url}，或用 {flag} 重启。',
  'KoboldCpp allows every origin: the cause is probably elsewhere': 'KoboldCpp 允许所有来源：原因可能在别处',
  'KoboldCpp sends "{header}" on every answer. Check that this URL really reaches KoboldCpp (not a proxy or another program on that port), and that no browser extension blocks the request.':
    'KoboldCpp 在每个应答中都发送“{header}”。请检查此 URL 是否真的到达 KoboldCpp（而不是代理或该端口上的其他程序），以及没有浏览器扩展拦截请求。',
  '{server} allows browser calls: check the URL and extensions': '{server} 允许浏览器调用：请检查 URL 和扩展',
  '{server} sends CORS headers on its normal answers, but some error answers (for example a wrong path) come without them. Check the base URL, and that no extension, VPN or company proxy blocks the request. For providers that refuse browser calls altogether, put a proxy such as LiteLLM in between.':
    '{server} 在正常应答中发送 CORS 头，但部分错误应答（例如路径错误）不带这些头。请检查 Base URL，并确认没有扩展、VPN 或公司代理拦截请求。对于完全拒绝浏览器调用的提供商，请在中间放置 LiteLLM 之类的代理。',
  'Or go through a proxy that allows browsers': '或者通过允许浏览器访问的代理',
  'If the server has no CORS setting, run a proxy such as LiteLLM in front of it and connect Switchboard to the proxy.':
    '如果服务器没有 CORS 设置，请在其前面运行 LiteLLM 之类的代理，并将 Switchboard 连接到该代理。',
  'Remove the API key if this server does not need one': '如果此服务器不需要 API 密钥，请删除它',
  'Sending an API key adds the Authorization header, which needs a preflight. If the server has no key set, clear the key in this connection.':
    '发送 API 密钥会添加 Authorization 请求头，这需要预检。如果服务器没有设置密钥，请清除此连接中的密钥。',
  'Allow the request headers {headers} for {origin}': '为 {origin} 允许请求头 {headers}',
  'llama-server narrows the allowed headers with {option}; include these:':
    'llama-server 通过 {option} 限制允许的请求头；请包含这些：',
  'vLLM narrows the allowed headers and methods with {headers} / {methods}:':
    'vLLM 通过 {headers} / {methods} 限制允许的请求头和方法：',
  'vLLM takes JSON lists': 'vLLM 接受 JSON 列表',
  'Set {headers} and {methods}, then restart the proxy:': '设置 {headers} 和 {methods}，然后重启代理：',
  'Ollama accepts Authorization and Content-Type in preflights, so a proxy in front of it is probably rejecting the OPTIONS request; let OPTIONS through.':
    'Ollama 在预检中接受 Authorization 和 Content-Type，所以很可能是它前面的代理拒绝了 OPTIONS 请求；请放行 OPTIONS。',
  'The server (or a proxy in front of it) must answer OPTIONS with a 2xx status, without a redirect, and with "{header}".':
    '服务器（或其前面的代理）必须以 2xx 状态、不重定向、并带“{header}”来响应 OPTIONS。',
  'Avoid redirects': '避免重定向',
  'A preflight that gets a redirect (http → https, or an added or removed trailing slash) always fails. Use the exact final URL as the base URL.':
    '收到重定向的预检（http → https，或增减末尾斜杠）总会失败。请把确切的最终 URL 用作 Base URL。',
  'Allow {origin} in Ollama ({variable})': '在 Ollama 中允许 {origin}（{variable}）',
  "Ollama only answers pages whose origin is on its list. Set {variable} to {origin} and restart Ollama. Copy the origin exactly: scheme, host and port, no trailing slash. Your entries are added to Ollama's defaults ({defaults}); to keep other origins you already set, list them all, separated by commas.":
    'Ollama 只应答来源在其列表中的页面。将 {variable} 设为 {origin} 并重启 Ollama。请准确复制来源：协议、主机和端口，末尾不带斜杠。你的条目会添加到 Ollama 的默认值（{defaults}）之外；要保留已设置的其他来源，请全部列出，用逗号分隔。',
  'macOS app: set the variable, then quit and reopen Ollama (lasts until reboot)':
    'macOS 应用：设置变量，然后退出并重新打开 Ollama（重启前有效）',
  'macOS app: restart Ollama': 'macOS 应用：重启 Ollama',
  'Linux (systemd): add an override and restart (same as {command})':
    'Linux（systemd）：添加覆盖配置并重启（等同于 {command}）',
  'Windows: quit Ollama from the tray, run this, then start Ollama from the Start menu':
    'Windows：从托盘退出 Ollama，运行此命令，然后从开始菜单启动 Ollama',
  'Docker: recreate the container with the variable': 'Docker：带上该变量重新创建容器',
  'Started by hand: stop it, then': '手动启动的：先停止，然后',
  'Use localhost or an IP address instead of {host}': '使用 localhost 或 IP 地址代替 {host}',
  "When Ollama listens on {address} it refuses requests whose Host is a custom name like {host} (a guard against DNS rebinding). Use {url} or the machine's IP address, or make Ollama listen on all interfaces ({variable}), where this check does not apply.":
    'Ollama 监听 {address} 时，会拒绝 Host 为 {host} 这类自定义名称的请求（防御 DNS 重绑定）。请使用 {url} 或该机器的 IP 地址，或让 Ollama 监听所有接口（{variable}），此时不做这项检查。',
};
