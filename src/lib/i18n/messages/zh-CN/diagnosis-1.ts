// Simplified Chinese: diagnosis texts (network failures, evidence, server defaults). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis1: Translations = {
  'Chromium-based (Chrome, Edge, Brave, Opera)': '基于 Chromium（Chrome、Edge、Brave、Opera）',
  'not recognised': '无法识别',
  'Page origin {origin} is a public site, served over {protocol} (a secure context)':
    '页面来源 {origin} 是公共网站，通过 {protocol} 提供（安全上下文）',
  'Page origin {origin} is on this computer, served over {protocol} (a secure context)':
    '页面来源 {origin} 位于本机，通过 {protocol} 提供（安全上下文）',
  'Page origin {origin} is on a private network, served over {protocol} (a secure context)':
    '页面来源 {origin} 位于私有网络，通过 {protocol} 提供（安全上下文）',
  'Page origin {origin} is a public site, served over {protocol} (not a secure context)':
    '页面来源 {origin} 是公共网站，通过 {protocol} 提供（非安全上下文）',
  'Page origin {origin} is on this computer, served over {protocol} (not a secure context)':
    '页面来源 {origin} 位于本机，通过 {protocol} 提供（非安全上下文）',
  'Page origin {origin} is on a private network, served over {protocol} (not a secure context)':
    '页面来源 {origin} 位于私有网络，通过 {protocol} 提供（非安全上下文）',
  'Browser engine is {browser} and asks permission for local network access':
    '浏览器引擎为 {browser}，会请求本地网络访问权限',
  'Browser engine is {browser} and has no local network access permission':
    '浏览器引擎为 {browser}，没有本地网络访问权限机制',
  'Server {origin} is on this computer (loopback), over {protocol}':
    '服务器 {origin} 位于本机（环回），使用 {protocol}',
  'Server {origin} is a private network address, over {protocol}': '服务器 {origin} 是私有网络地址，使用 {protocol}',
  'Server {origin} is a public address or a host name, over {protocol}':
    '服务器 {origin} 是公网地址或主机名，使用 {protocol}',
  'No-CORS probe of {url} got an answer in {ms} ms': '对 {url} 的 no-cors 探测在 {ms} 毫秒内收到了应答',
  'No-CORS probe of {url} got no answer within {ms} ms': '对 {url} 的 no-cors 探测在 {ms} 毫秒内没有收到应答',
  'No-CORS probe of {url} failed after {ms} ms without an answer':
    '对 {url} 的 no-cors 探测在 {ms} 毫秒后失败，没有应答',
  'Simple CORS GET of {url} was readable (HTTP {status}), so this origin is allowed':
    '对 {url} 的简单 CORS GET 可读取（HTTP {status}），因此此来源已被允许',
  'Simple CORS GET of {url} got no answer within {ms} ms': '对 {url} 的简单 CORS GET 在 {ms} 毫秒内没有收到应答',
  'Simple CORS GET of {url} (no Authorization, no Content-Type) was blocked by the browser':
    '对 {url} 的简单 CORS GET（无 Authorization、无 Content-Type）被浏览器拦截',
  'Request to {url} with headers {headers} passed the preflight (HTTP {status})':
    '带请求头 {headers} 的 {url} 请求通过了预检（HTTP {status}）',
  'Request to {url} with headers {headers} was blocked: the preflight was rejected':
    '带请求头 {headers} 的 {url} 请求被拦截：预检被拒绝',
  'Request to {url} passed the preflight (HTTP {status})': '对 {url} 的请求通过了预检（HTTP {status}）',
  'Request to {url} was blocked: the preflight was rejected': '对 {url} 的请求被拦截：预检被拒绝',
  'The answer from {url} started, then stopped arriving before the time limit':
    '来自 {url} 的回答已开始，但在时限内停止到达',
  '{method} {url} got no answer before the time limit': '{method} {url} 在时限内没有收到应答',
  'The server stopped sending': '服务器停止了发送',
  'The server took too long to answer': '服务器响应时间过长',
  '{guess} (a guess from the port alone)': '{guess}（仅根据端口推测）',
  'This is not a valid server URL': '这不是有效的服务器 URL',
  '"{url}" is not a usable http(s) URL': '“{url}”不是可用的 http(s) URL',
  'The request to {url} was cancelled': '对 {url} 的请求已取消',
  'No problem found': '未发现问题',
  '{method} {url} failed before any answer could be read': '{method} {url} 在能读取任何应答之前失败',
  'The browser reported: {message} (the wording differs per browser and is not used)':
    '浏览器报告：{message}（各浏览器措辞不同，不作判断依据）',
  'https to a local address or IP usually means a self-signed certificate, which the browser rejects silently':
    '对本地地址或 IP 使用 https 通常意味着自签名证书，浏览器会静默拒绝',
  'The certificate of {host} is probably not trusted': '{host} 的证书可能不受信任',
  'Nothing answered at {host}': '{host} 没有任何应答',
  'The connection dropped in the middle of the answer': '连接在回答中途断开',
  'The status and headers had arrived before the failure': '失败前状态码和响应头已到达',
  'The browser could not complete the request to {host}': '浏览器无法完成对 {host} 的请求',
  'No probes were run, so the cause is not yet known': '尚未运行探测，因此原因未知',
  'Run "Test connection"': '运行“测试连接”',
  'It checks step by step whether the server answers, allows this page, and accepts our headers.':
    '它会逐步检查服务器是否应答、是否允许此页面、是否接受我们的请求头。',
  'That probe got through, so local network access did not block it: the browser does not treat {host} as a public site':
    '该探测已通过，所以本地网络访问限制没有拦截它：浏览器并不把 {host} 视为公共网站',
  'Local network access permission is still "prompt": a dismissed prompt also blocks the request':
    '本地网络访问权限仍为“prompt”：被忽略的提示同样会拦截请求',
  'Servers that leave CORS headers off error answers (e.g. 401 or 404) also land here':
    '在错误应答（如 401 或 404）中不带 CORS 头的服务器也会出现这种情况',
  'The server does not allow requests from {origin}': '服务器不允许来自 {origin} 的请求',
  '{server} does not allow requests from {origin}': '{server} 不允许来自 {origin} 的请求',
  'The server allows this page, but rejects the preflight for our request headers':
    '服务器允许此页面，但拒绝了针对我们请求头的预检',
  '{host} answers and allows this page': '{host} 有应答并允许此页面',
  'The probes got through, but the request failed': '探测均已通过，但请求失败',
  'Every probe reached the server, so CORS and reachability look fine':
    '每个探测都到达了服务器，CORS 和可达性看起来都正常',
  'The failure may have been temporary (server restart, network change).': '失败可能是暂时的（服务器重启、网络切换）。',
  'Check extensions and proxies': '检查扩展和代理',
  'An ad blocker, privacy extension or company proxy can block or cut requests, or a proxy may reject large bodies without CORS headers.':
    '广告拦截器、隐私扩展或公司代理可能会拦截或中断请求，代理也可能在不带 CORS 头的情况下拒绝较大的请求体。',
  'Set {variable} and restart Ollama.': '设置 {variable} 并重启 Ollama。',
  'Developer tab → Server Settings → turn on "Serve on Local Network".':
    'Developer 标签页 → Server Settings → 打开“Serve on Local Network”。',
  'Start llama-server with {flag}.': '使用 {flag} 启动 llama-server。',
  'vLLM listens on every interface unless {option} narrows it; start it with {flag}.':
    '除非 {option} 加以限制，vLLM 会监听所有接口；请用 {flag} 启动它。',
  'LocalAI listens on every interface by default ({port}); in Docker, publish the port with {flag}.':
    'LocalAI 默认监听所有接口（{port}）；在 Docker 中请用 {flag} 发布端口。',
  'Jan → Settings → Local API Server → set Server Host to {address}.':
    'Jan → Settings → Local API Server → 将 Server Host 设为 {address}。',
  'KoboldCpp listens on every interface unless {option} narrows it; drop {option} or use {flag}.':
    '除非 {option} 加以限制，KoboldCpp 会监听所有接口；去掉 {option} 或使用 {flag}。',
  'Start text-generation-webui with {flag} (or {other}).': '使用 {flag}（或 {other}）启动 text-generation-webui。',
  'LiteLLM listens on {address} by default; check that {option} does not narrow it.':
    'LiteLLM 默认监听 {address}；请检查 {option} 没有加以限制。',
  '{server} listens on {address} by default; in Docker, publish the port with {flag}.':
    '{server} 默认监听 {address}；在 Docker 中请用 {flag} 发布端口。',
  'the server': '服务器',
  'Open the Osaurus app and start its server': '打开 Osaurus 应用并启动其服务器',
  'Check that {server} is running': '检查 {server} 是否正在运行',
  'Nothing answered at {origin}. Start it with: {command}. Then try again.':
    '{origin} 没有任何应答。用以下命令启动：{command}。然后重试。',
  'Nothing answered at {origin}. Then try again.': '{origin} 没有任何应答。启动服务器后重试。',
  'Check from a terminal on this computer': '在本机终端中检查',
  'Check the port ({server} uses {port} by default)': '检查端口（{server} 默认使用 {port}）',
  "This URL uses port {port}; {server}'s default is {default}, unless you changed it.":
    '此 URL 使用端口 {port}；{server} 默认使用 {default}，除非你改过。',
  'Make the server listen on the network, and open the firewall': '让服务器监听网络，并打开防火墙',
  'Many servers listen only on {address} by default, which other machines cannot reach. {advice} Then allow port {port} through the firewall of the machine running it. In Docker, publish the port ({flag}).':
    '许多服务器默认只监听 {address}，其他机器无法访问。{advice} 然后在运行它的机器的防火墙中放行端口 {port}。在 Docker 中请发布端口（{flag}）。',
  'Start it with {flag} (or its equivalent).': '使用 {flag}（或等效选项）启动它。',
  'Ollama, started by hand': '手动启动的 Ollama',
  'Is the server on this computer?': '服务器在这台电脑上吗？',
  "{host} always means the computer this browser runs on. If the server runs elsewhere, use that machine's address.":
    '{host} 始终指运行此浏览器的电脑。如果服务器在别处运行，请使用那台机器的地址。',
  'Open the server in a tab and accept its certificate': '在标签页中打开服务器并接受其证书',
  'Open {url} in a new tab, accept the certificate warning, then come back and retry. The browser then trusts it for this session.':
    '在新标签页中打开 {url}，接受证书警告，然后回来重试。浏览器会在本次会话中信任它。',
  'Or give the server a trusted certificate': '或者为服务器配置受信任的证书',
  '{tool} creates certificates your browsers trust on this computer:': '{tool} 可创建本机浏览器信任的证书：',
  'Create a local CA and a certificate': '创建本地 CA 和证书',
  'Or use plain http on this computer': '或者在本机使用普通 http',
  'If the server runs on this computer, {url} needs no certificate (except from an https page in Safari).':
    '如果服务器在本机运行，{url} 无需证书（Safari 中的 https 页面除外）。',
  'Allow local network access when the browser asks': '浏览器询问时允许本地网络访问',
  'This browser lets https pages call private addresses like {host} over http once you allow local network access. Choose "Allow" in the prompt, or site settings → Local network access → Allow, then reload.':
    '允许本地网络访问后，此浏览器允许 https 页面通过 http 调用 {host} 之类的私有地址。在提示中选择“允许”，或在网站设置 → 本地网络访问 → 允许，然后重新加载。',
  'If the server is on this computer, use {url}': '如果服务器在本机，请使用 {url}',
  'Browsers allow https pages to call {localhost} and {loopback}, but not other http addresses. Change the base URL to {url}.':
    '浏览器允许 https 页面调用 {localhost} 和 {loopback}，但不允许其他 http 地址。请把 Base URL 改为 {url}。',
  "Use the server's private IP address instead of its name": '使用服务器的私有 IP 地址而不是名称',
  'Chrome lets https pages call private IP addresses (e.g. {example}) over http after you allow local network access, but not names like {host}.':
    '允许本地网络访问后，Chrome 允许 https 页面通过 http 调用私有 IP 地址（如 {example}），但不允许 {host} 这样的名称。',
  'Serve the model over https': '通过 https 提供模型服务',
  'Put a reverse proxy with a trusted certificate in front of the server (Caddy makes one for localhost automatically), and use its https:// URL.':
    '在服务器前放置带受信任证书的反向代理（Caddy 会自动为 localhost 生成证书），然后使用它的 https:// URL。',
  'Caddy reverse proxy': 'Caddy 反向代理',
  'Or open this app over http': '或者通过 http 打开此应用',
  'Mixed-content rules apply only because this page ({origin}) is https. A copy of Switchboard served over http, or from {url}, can call http servers.':
    '混合内容规则之所以生效，只是因为此页面（{origin}）使用 https。通过 http 或从 {url} 提供的 Switchboard 副本可以调用 http 服务器。',
  'Open Switchboard over https': '通过 https 打开 Switchboard',
  'Chrome only lets secure pages reach your computer or local network. This page ({origin}) is plain http, so Chrome drops these requests without asking. Open the https version of this app.':
    'Chrome 只允许安全页面访问你的电脑或本地网络。此页面（{origin}）是普通 http，因此 Chrome 会不加询问地丢弃这些请求。请打开此应用的 https 版本。',
  'Or run Switchboard locally': '或者在本地运行 Switchboard',
  'A copy served from {url} counts as secure and is not public, so it can reach local servers.':
    '从 {url} 提供的副本被视为安全且非公开，因此可以访问本地服务器。',
  'Allow local network access for this site': '为此网站允许本地网络访问',
  '{origin} was denied access to your local network. Click the site-settings icon left of the address bar → Local network access → Allow, then reload the page.':
    '{origin} 被拒绝访问你的本地网络。点击地址栏左侧的网站设置图标 → 本地网络访问 → 允许，然后重新加载页面。',
  'Choose "Allow" when the browser asks': '浏览器询问时选择“允许”',
  'The first request to a local server shows a prompt to let this site connect to devices on your local network. Allow it, or the request fails.':
    '对本地服务器的首次请求会弹出提示，询问是否允许此网站连接本地网络中的设备。请允许，否则请求会失败。',
  "Use {url} (or the machine's IP) instead": '改用 {url}（或该机器的 IP）',
  '{host} means "every interface" when a server listens; it is not an address to connect to, and browsers block or special-case it. If the server is on this computer use localhost, otherwise its IP address.':
    '服务器监听时，{host} 表示“所有接口”；它不是可连接的地址，浏览器会拦截或特殊处理它。如果服务器在本机，请使用 localhost，否则使用其 IP 地址。',
  'Remove the user name and password from the URL': '从 URL 中删除用户名和密码',
  'Browsers refuse URLs with {example}. Put a key in the API key field instead.':
    '浏览器会拒绝带 {example} 的 URL。请改为在 API 密钥字段中填写密钥。',
  'Add {scheme} in front': '在前面加上 {scheme}',
  'Try {url}. A server URL starts with {http} or {https}.': '试试 {url}。服务器 URL 以 {http} 或 {https} 开头。',
  'Enter a full {http} or {https} URL': '输入完整的 {http} 或 {https} URL',
  'For example {first} (Ollama) or {second} (LM Studio).': '例如 {first}（Ollama）或 {second}（LM Studio）。',
};
