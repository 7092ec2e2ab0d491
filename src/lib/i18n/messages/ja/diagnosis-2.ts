// Japanese: diagnosis texts (CORS and Ollama fixes). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis2: Translations = {
  'Check from a terminal: look for an {header} line in the answer':
    'ターミナルで確認：応答に {header} の行があるか見てください',
  'Allow {origin} on the server (CORS)': 'サーバーで {origin} を許可する（CORS）',
  'The server answered, but not with permission for this page to read it. It must send "{header}" (or "*") and answer OPTIONS preflights allowing the Authorization and Content-Type headers. Look for a CORS or "allowed origins" setting, or put a proxy in front that adds these headers.':
    'サーバーは応答しましたが、このページに読み取りを許可していません。「{header}」（または「*」）を送り、Authorization と Content-Type ヘッダーを許可する OPTIONS プリフライトに応答する必要があります。CORS や「allowed origins」の設定を探すか、これらのヘッダーを付けるプロキシを前に置いてください。',
  'Ollama already allows this origin: check what is answering':
    'Ollama はこのオリジンを既に許可しています：何が応答しているか確認してください',
  'Ollama allows {origin} without configuration, so the refusal probably comes from something else at {host}: a reverse proxy, another program on that port, or a browser extension.':
    'Ollama は設定なしで {origin} を許可するので、拒否はおそらく {host} の別のものから来ています：リバースプロキシ、そのポートの別のプログラム、またはブラウザー拡張機能です。',
  'Enable CORS in LM Studio': 'LM Studio で CORS を有効にする',
  'Developer tab → Server Settings → turn on "Enable CORS", then restart the server. From a terminal:':
    'Developer タブ → Server Settings →「Enable CORS」をオンにしてサーバーを再起動します。ターミナルからは：',
  'Restart the server with CORS on': 'CORS をオンにしてサーバーを再起動',
  'Allow {origin} in {server}': '{server} で {origin} を許可する',
  'llama-server allows every origin by default, but only localhost when {tools}, {agent} or MCP servers are configured. Start it with {flag} (or {variable}):':
    'llama-server は既定ですべてのオリジンを許可しますが、{tools}、{agent}、MCP サーバーを設定すると localhost のみになります。{flag}（または {variable}）を付けて起動してください：',
  'Add to your llama-server command': 'llama-server のコマンドに追加',
  'vLLM allows every origin unless {option} narrows it. Start it with:':
    'vLLM は {option} で絞らない限りすべてのオリジンを許可します。次のように起動してください：',
  'vLLM takes a JSON list': 'vLLM は JSON リストを受け取ります',
  'Turn CORS on with your origin. With API keys set, LocalAI may answer requests without a valid key before adding CORS headers, so also check the key.':
    'あなたのオリジンで CORS をオンにしてください。API キーを設定していると、LocalAI は CORS ヘッダーを付ける前に有効なキーのないリクエストに応答することがあるため、キーも確認してください。',
  'Start LocalAI with': 'LocalAI の起動方法',
  'Allow {origin} in the LiteLLM proxy': 'LiteLLM プロキシで {origin} を許可する',
  'Set the allowed origins and restart the proxy:': '許可するオリジンを設定し、プロキシを再起動してください：',
  'Start LiteLLM with': 'LiteLLM の起動方法',
  'Osaurus sends no CORS headers until you add origins: Settings → Allowed Origins → add {origin} (comma-separated; * allows all).':
    'Osaurus はオリジンを追加するまで CORS ヘッダーを送りません：Settings → Allowed Origins → {origin} を追加（カンマ区切り、* ですべて許可）。',
  "Check Jan's Local API Server settings": 'Jan の Local API Server の設定を確認',
  'Settings → Local API Server: turn on CORS, and add {host} to Trusted Hosts. Jan also needs an API key set there and in this connection.':
    'Settings → Local API Server：CORS をオンにし、{host} を Trusted Hosts に追加します。Jan ではそこと、この接続の両方に API キーを設定する必要もあります。',
  'Use localhost, or start text-generation-webui with {flag}':
    'localhost を使うか、text-generation-webui を {flag} 付きで起動する',
  'text-generation-webui allows every origin, but without {flag} it rejects any host name other than {hosts} ({error}, which the browser hides). Use {url}, or restart it with {flag}.':
    'text-generation-webui はすべてのオリジンを許可しますが、{flag} なしでは {hosts} 以外のホスト名を拒否します（{error}、ブラウザーには見えません）。{url} を使うか、{flag} を付けて再起動してください。',
  'KoboldCpp allows every origin: the cause is probably elsewhere':
    'KoboldCpp はすべてのオリジンを許可します：原因はおそらく別の所にあります',
  'KoboldCpp sends "{header}" on every answer. Check that this URL really reaches KoboldCpp (not a proxy or another program on that port), and that no browser extension blocks the request.':
    'KoboldCpp はすべての応答で「{header}」を送ります。この URL が本当に KoboldCpp に届いているか（プロキシやそのポートの別プログラムではないか）、ブラウザー拡張機能がリクエストをブロックしていないか確認してください。',
  '{server} allows browser calls: check the URL and extensions':
    '{server} はブラウザーからの呼び出しを許可しています：URL と拡張機能を確認してください',
  '{server} sends CORS headers on its normal answers, but some error answers (for example a wrong path) come without them. Check the base URL, and that no extension, VPN or company proxy blocks the request. For providers that refuse browser calls altogether, put a proxy such as LiteLLM in between.':
    '{server} は通常の応答には CORS ヘッダーを付けますが、一部のエラー応答（パスの誤りなど）には付きません。ベース URL を確認し、拡張機能、VPN、社内プロキシがリクエストをブロックしていないか確認してください。ブラウザーからの呼び出しを一切拒否するプロバイダーには、LiteLLM などのプロキシを間に入れてください。',
  'Or go through a proxy that allows browsers': 'または、ブラウザーを許可するプロキシを経由する',
  'If the server has no CORS setting, run a proxy such as LiteLLM in front of it and connect Switchboard to the proxy.':
    'サーバーに CORS の設定がない場合は、LiteLLM などのプロキシを前に置き、Switchboard をそのプロキシに接続してください。',
  'Remove the API key if this server does not need one': 'このサーバーに API キーが不要なら削除する',
  'Sending an API key adds the Authorization header, which needs a preflight. If the server has no key set, clear the key in this connection.':
    'API キーを送ると Authorization ヘッダーが付き、プリフライトが必要になります。サーバーにキーを設定していないなら、この接続のキーを消してください。',
  'Allow the request headers {headers} for {origin}': '{origin} に対してリクエストヘッダー {headers} を許可する',
  'llama-server narrows the allowed headers with {option}; include these:':
    'llama-server は {option} で許可するヘッダーを絞ります。次を含めてください：',
  'vLLM narrows the allowed headers and methods with {headers} / {methods}:':
    'vLLM は {headers} / {methods} で許可するヘッダーとメソッドを絞ります：',
  'vLLM takes JSON lists': 'vLLM は JSON リストを受け取ります',
  'Set {headers} and {methods}, then restart the proxy:':
    '{headers} と {methods} を設定してから、プロキシを再起動してください：',
  'Ollama accepts Authorization and Content-Type in preflights, so a proxy in front of it is probably rejecting the OPTIONS request; let OPTIONS through.':
    'Ollama はプリフライトで Authorization と Content-Type を受け付けるので、前段のプロキシが OPTIONS リクエストを拒否している可能性が高いです。OPTIONS を通してください。',
  'The server (or a proxy in front of it) must answer OPTIONS with a 2xx status, without a redirect, and with "{header}".':
    'サーバー（または前段のプロキシ）は OPTIONS に 2xx ステータスで、リダイレクトせず、「{header}」付きで応答する必要があります。',
  'Avoid redirects': 'リダイレクトを避ける',
  'A preflight that gets a redirect (http → https, or an added or removed trailing slash) always fails. Use the exact final URL as the base URL.':
    'リダイレクトを受けたプリフライト（http → https、末尾スラッシュの追加・削除）は必ず失敗します。最終的な URL をそのままベース URL にしてください。',
  'Allow {origin} in Ollama ({variable})': 'Ollama で {origin} を許可する（{variable}）',
  "Ollama only answers pages whose origin is on its list. Set {variable} to {origin} and restart Ollama. Copy the origin exactly: scheme, host and port, no trailing slash. Your entries are added to Ollama's defaults ({defaults}); to keep other origins you already set, list them all, separated by commas.":
    'Ollama はオリジンがリストにあるページにしか応答しません。{variable} を {origin} に設定して Ollama を再起動してください。オリジンは正確にコピーしてください：スキーム、ホスト、ポートで、末尾のスラッシュなし。入力した値は Ollama の既定値（{defaults}）に追加されます。既に設定した他のオリジンを残すには、すべてをカンマ区切りで並べてください。',
  'macOS app: set the variable, then quit and reopen Ollama (lasts until reboot)':
    'macOS アプリ：変数を設定し、Ollama を終了して開き直す（再起動まで有効）',
  'macOS app: restart Ollama': 'macOS アプリ：Ollama を再起動',
  'Linux (systemd): add an override and restart (same as {command})':
    'Linux（systemd）：オーバーライドを追加して再起動（{command} と同じ）',
  'Windows: quit Ollama from the tray, run this, then start Ollama from the Start menu':
    'Windows：タスクトレイから Ollama を終了し、これを実行してから、スタートメニューで Ollama を起動',
  'Docker: recreate the container with the variable': 'Docker：変数を付けてコンテナーを作り直す',
  'Started by hand: stop it, then': '手動で起動した場合：停止してから',
  'Use localhost or an IP address instead of {host}': '{host} の代わりに localhost か IP アドレスを使う',
  "When Ollama listens on {address} it refuses requests whose Host is a custom name like {host} (a guard against DNS rebinding). Use {url} or the machine's IP address, or make Ollama listen on all interfaces ({variable}), where this check does not apply.":
    'Ollama が {address} で待ち受けているとき、Host が {host} のような独自の名前のリクエストは拒否されます（DNS リバインディング対策）。{url} かマシンの IP アドレスを使うか、Ollama をすべてのインターフェースで待ち受けさせてください（{variable}）。その場合このチェックは行われません。',
};
