// Japanese: diagnosis texts (network failures, evidence, server defaults). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis1: Translations = {
  'Chromium-based (Chrome, Edge, Brave, Opera)': 'Chromium 系（Chrome、Edge、Brave、Opera）',
  'not recognised': '不明',
  'Page origin {origin} is a public site, served over {protocol} (a secure context)':
    'ページのオリジン {origin} は公開サイトで、{protocol} で配信されています（安全なコンテキスト）',
  'Page origin {origin} is on this computer, served over {protocol} (a secure context)':
    'ページのオリジン {origin} はこのコンピューター上にあり、{protocol} で配信されています（安全なコンテキスト）',
  'Page origin {origin} is on a private network, served over {protocol} (a secure context)':
    'ページのオリジン {origin} はプライベートネットワーク上にあり、{protocol} で配信されています（安全なコンテキスト）',
  'Page origin {origin} is a public site, served over {protocol} (not a secure context)':
    'ページのオリジン {origin} は公開サイトで、{protocol} で配信されています（安全なコンテキストではありません）',
  'Page origin {origin} is on this computer, served over {protocol} (not a secure context)':
    'ページのオリジン {origin} はこのコンピューター上にあり、{protocol} で配信されています（安全なコンテキストではありません）',
  'Page origin {origin} is on a private network, served over {protocol} (not a secure context)':
    'ページのオリジン {origin} はプライベートネットワーク上にあり、{protocol} で配信されています（安全なコンテキストではありません）',
  'Browser engine is {browser} and asks permission for local network access':
    'ブラウザーエンジンは {browser} で、ローカルネットワークへのアクセス許可を求めます',
  'Browser engine is {browser} and has no local network access permission':
    'ブラウザーエンジンは {browser} で、ローカルネットワークアクセスの許可はありません',
  'Server {origin} is on this computer (loopback), over {protocol}':
    'サーバー {origin} はこのコンピューター上（ループバック）にあり、{protocol} を使用しています',
  'Server {origin} is a private network address, over {protocol}':
    'サーバー {origin} はプライベートネットワークのアドレスで、{protocol} を使用しています',
  'Server {origin} is a public address or a host name, over {protocol}':
    'サーバー {origin} は公開アドレスまたはホスト名で、{protocol} を使用しています',
  'No-CORS probe of {url} got an answer in {ms} ms': '{url} への no-cors プローブは {ms} ms で応答を受け取りました',
  'No-CORS probe of {url} got no answer within {ms} ms':
    '{url} への no-cors プローブは {ms} ms 以内に応答がありませんでした',
  'No-CORS probe of {url} failed after {ms} ms without an answer':
    '{url} への no-cors プローブは {ms} ms 後に応答なしで失敗しました',
  'Simple CORS GET of {url} was readable (HTTP {status}), so this origin is allowed':
    '{url} へのシンプルな CORS GET は読み取れました（HTTP {status}）。このオリジンは許可されています',
  'Simple CORS GET of {url} got no answer within {ms} ms':
    '{url} へのシンプルな CORS GET は {ms} ms 以内に応答がありませんでした',
  'Simple CORS GET of {url} (no Authorization, no Content-Type) was blocked by the browser':
    '{url} へのシンプルな CORS GET（Authorization なし、Content-Type なし）はブラウザーにブロックされました',
  'Request to {url} with headers {headers} passed the preflight (HTTP {status})':
    'ヘッダー {headers} 付きの {url} へのリクエストはプリフライトを通過しました（HTTP {status}）',
  'Request to {url} with headers {headers} was blocked: the preflight was rejected':
    'ヘッダー {headers} 付きの {url} へのリクエストはブロックされました：プリフライトが拒否されました',
  'Request to {url} passed the preflight (HTTP {status})':
    '{url} へのリクエストはプリフライトを通過しました（HTTP {status}）',
  'Request to {url} was blocked: the preflight was rejected':
    '{url} へのリクエストはブロックされました：プリフライトが拒否されました',
  'The answer from {url} started, then stopped arriving before the time limit':
    '{url} からの回答は始まりましたが、制限時間内に届かなくなりました',
  '{method} {url} got no answer before the time limit': '{method} {url} は制限時間内に応答がありませんでした',
  'The server stopped sending': 'サーバーが送信を停止しました',
  'The server took too long to answer': 'サーバーの応答に時間がかかりすぎました',
  '{guess} (a guess from the port alone)': '{guess}（ポート番号のみからの推測）',
  '"{url}" is not a usable http(s) URL': '「{url}」は使用できる http(s) URL ではありません',
  'The request to {url} was cancelled': '{url} へのリクエストはキャンセルされました',
  'No problem found': '問題は見つかりませんでした',
  '{method} {url} failed before any answer could be read': '{method} {url} は応答を読み取る前に失敗しました',
  'The browser reported: {message} (the wording differs per browser and is not used)':
    'ブラウザーの報告：{message}（文言はブラウザーごとに異なるため使用しません）',
  'https to a local address or IP usually means a self-signed certificate, which the browser rejects silently':
    'ローカルアドレスや IP への https は通常、自己署名証明書を意味し、ブラウザーは黙って拒否します',
  'The certificate of {host} is probably not trusted': '{host} の証明書はおそらく信頼されていません',
  'Nothing answered at {host}': '{host} から応答がありません',
  'The connection dropped in the middle of the answer': '回答の途中で接続が切れました',
  'The status and headers had arrived before the failure': '失敗の前にステータスとヘッダーは届いていました',
  'The browser could not complete the request to {host}': 'ブラウザーは {host} へのリクエストを完了できませんでした',
  'No probes were run, so the cause is not yet known': 'プローブを実行していないため、原因はまだ不明です',
  'Run "Test connection"': '「接続をテスト」を実行',
  'It checks step by step whether the server answers, allows this page, and accepts our headers.':
    'サーバーが応答するか、このページを許可するか、こちらのヘッダーを受け付けるかを順に確認します。',
  'That probe got through, so local network access did not block it: the browser does not treat {host} as a public site':
    'このプローブは通ったので、ローカルネットワークアクセスによるブロックではありません：ブラウザーは {host} を公開サイトとして扱っていません',
  'Local network access permission is still "prompt": a dismissed prompt also blocks the request':
    'ローカルネットワークアクセスの許可はまだ「prompt」です：閉じたプロンプトもリクエストをブロックします',
  'Servers that leave CORS headers off error answers (e.g. 401 or 404) also land here':
    'エラー応答（401 や 404 など）に CORS ヘッダーを付けないサーバーもここに該当します',
  'The server does not allow requests from {origin}': 'サーバーは {origin} からのリクエストを許可していません',
  '{server} does not allow requests from {origin}': '{server} は {origin} からのリクエストを許可していません',
  'The server allows this page, but rejects the preflight for our request headers':
    'サーバーはこのページを許可していますが、こちらのリクエストヘッダーに対するプリフライトを拒否しています',
  '{host} answers and allows this page': '{host} は応答し、このページを許可しています',
  'The probes got through, but the request failed': 'プローブは通りましたが、リクエストは失敗しました',
  'Every probe reached the server, so CORS and reachability look fine':
    'すべてのプローブがサーバーに届いたので、CORS と到達性は問題なさそうです',
  'The failure may have been temporary (server restart, network change).':
    '一時的な失敗だった可能性があります（サーバーの再起動、ネットワークの切り替え）。',
  'Check extensions and proxies': '拡張機能とプロキシを確認',
  'An ad blocker, privacy extension or company proxy can block or cut requests, or a proxy may reject large bodies without CORS headers.':
    '広告ブロッカー、プライバシー拡張機能、社内プロキシがリクエストをブロック・切断することがあり、プロキシが大きな本文を CORS ヘッダーなしで拒否することもあります。',
  'Set {variable} and restart Ollama.': '{variable} を設定して Ollama を再起動してください。',
  'Developer tab → Server Settings → turn on "Serve on Local Network".':
    'Developer タブ → Server Settings →「Serve on Local Network」をオンにします。',
  'Start llama-server with {flag}.': 'llama-server を {flag} 付きで起動してください。',
  'vLLM listens on every interface unless {option} narrows it; start it with {flag}.':
    'vLLM は {option} で絞らない限りすべてのインターフェースで待ち受けます。{flag} を付けて起動してください。',
  'LocalAI listens on every interface by default ({port}); in Docker, publish the port with {flag}.':
    'LocalAI は既定ですべてのインターフェースで待ち受けます（{port}）。Docker では {flag} でポートを公開してください。',
  'Jan → Settings → Local API Server → set Server Host to {address}.':
    'Jan → Settings → Local API Server → Server Host を {address} に設定します。',
  'KoboldCpp listens on every interface unless {option} narrows it; drop {option} or use {flag}.':
    'KoboldCpp は {option} で絞らない限りすべてのインターフェースで待ち受けます。{option} を外すか {flag} を使ってください。',
  'Start text-generation-webui with {flag} (or {other}).':
    'text-generation-webui を {flag}（または {other}）付きで起動してください。',
  'LiteLLM listens on {address} by default; check that {option} does not narrow it.':
    'LiteLLM は既定で {address} で待ち受けます。{option} で絞られていないか確認してください。',
  '{server} listens on {address} by default; in Docker, publish the port with {flag}.':
    '{server} は既定で {address} で待ち受けます。Docker では {flag} でポートを公開してください。',
  'the server': 'サーバー',
  'Open the Osaurus app and start its server': 'Osaurus アプリを開いてサーバーを起動します',
  'Check that {server} is running': '{server} が起動しているか確認',
  'Nothing answered at {origin}. Start it with: {command}. Then try again.':
    '{origin} から応答がありません。次のコマンドで起動してください：{command}。その後、再試行してください。',
  'Nothing answered at {origin}. Then try again.':
    '{origin} から応答がありません。サーバーを起動してから再試行してください。',
  'Check from a terminal on this computer': 'このコンピューターのターミナルで確認',
  'Check the port ({server} uses {port} by default)': 'ポートを確認（{server} の既定は {port}）',
  "This URL uses port {port}; {server}'s default is {default}, unless you changed it.":
    'この URL はポート {port} を使っています。{server} の既定は {default} です（変更していなければ）。',
  'Make the server listen on the network, and open the firewall':
    'サーバーをネットワークで待ち受けさせ、ファイアウォールを開ける',
  'Many servers listen only on {address} by default, which other machines cannot reach. {advice} Then allow port {port} through the firewall of the machine running it. In Docker, publish the port ({flag}).':
    '多くのサーバーは既定で {address} でのみ待ち受けるため、他のマシンからは届きません。{advice} 次に、実行しているマシンのファイアウォールでポート {port} を許可してください。Docker ではポートを公開してください（{flag}）。',
  'Start it with {flag} (or its equivalent).': '{flag}（または同等のオプション）を付けて起動してください。',
  'Ollama, started by hand': '手動で起動した Ollama',
  'Is the server on this computer?': 'サーバーはこのコンピューター上にありますか？',
  "{host} always means the computer this browser runs on. If the server runs elsewhere, use that machine's address.":
    '{host} は常にこのブラウザーが動いているコンピューターを指します。サーバーが別の場所で動いている場合は、そのマシンのアドレスを使ってください。',
  'Open the server in a tab and accept its certificate': 'サーバーをタブで開いて証明書を受け入れる',
  'Open {url} in a new tab, accept the certificate warning, then come back and retry. The browser then trusts it for this session.':
    '新しいタブで {url} を開き、証明書の警告を受け入れてから戻って再試行してください。このセッション中はブラウザーが信頼します。',
  'Or give the server a trusted certificate': 'または、サーバーに信頼された証明書を設定する',
  '{tool} creates certificates your browsers trust on this computer:':
    '{tool} は、このコンピューターのブラウザーが信頼する証明書を作成します：',
  'Create a local CA and a certificate': 'ローカル CA と証明書を作成',
  'Or use plain http on this computer': 'または、このコンピューターでは通常の http を使う',
  'If the server runs on this computer, {url} needs no certificate (except from an https page in Safari).':
    'サーバーがこのコンピューター上で動いているなら、{url} に証明書は不要です（Safari の https ページからを除く）。',
  'Allow local network access when the browser asks':
    'ブラウザーに尋ねられたらローカルネットワークへのアクセスを許可する',
  'This browser lets https pages call private addresses like {host} over http once you allow local network access. Choose "Allow" in the prompt, or site settings → Local network access → Allow, then reload.':
    'このブラウザーでは、ローカルネットワークへのアクセスを許可すると、https ページから {host} のようなプライベートアドレスを http で呼び出せます。プロンプトで「許可」を選ぶか、サイトの設定 → ローカルネットワークへのアクセス → 許可 にしてから再読み込みしてください。',
  'If the server is on this computer, use {url}': 'サーバーがこのコンピューター上なら {url} を使う',
  'Browsers allow https pages to call {localhost} and {loopback}, but not other http addresses. Change the base URL to {url}.':
    'ブラウザーは https ページから {localhost} と {loopback} への呼び出しを許可しますが、ほかの http アドレスは許可しません。ベース URL を {url} に変更してください。',
  "Use the server's private IP address instead of its name": '名前ではなくサーバーのプライベート IP アドレスを使う',
  'Chrome lets https pages call private IP addresses (e.g. {example}) over http after you allow local network access, but not names like {host}.':
    'Chrome では、ローカルネットワークへのアクセスを許可すると https ページから http でプライベート IP アドレス（例：{example}）を呼び出せますが、{host} のような名前は不可です。',
  'Serve the model over https': 'モデルを https で提供する',
  'Put a reverse proxy with a trusted certificate in front of the server (Caddy makes one for localhost automatically), and use its https:// URL.':
    '信頼された証明書を持つリバースプロキシをサーバーの前に置き（Caddy は localhost 用の証明書を自動で作ります）、その https:// URL を使ってください。',
  'Caddy reverse proxy': 'Caddy リバースプロキシ',
  'Or open this app over http': 'または、このアプリを http で開く',
  'Mixed-content rules apply only because this page ({origin}) is https. A copy of Switchboard served over http, or from {url}, can call http servers.':
    '混在コンテンツのルールが適用されるのは、このページ（{origin}）が https だからです。http で、または {url} から配信される Switchboard なら http サーバーを呼び出せます。',
  'Open Switchboard over https': 'Switchboard を https で開く',
  'Chrome only lets secure pages reach your computer or local network. This page ({origin}) is plain http, so Chrome drops these requests without asking. Open the https version of this app.':
    'Chrome は安全なページにしかコンピューターやローカルネットワークへのアクセスを許しません。このページ（{origin}）は通常の http なので、Chrome は確認なしにリクエストを破棄します。このアプリの https 版を開いてください。',
  'Or run Switchboard locally': 'または、Switchboard をローカルで動かす',
  'A copy served from {url} counts as secure and is not public, so it can reach local servers.':
    '{url} から配信されるコピーは安全かつ非公開とみなされるため、ローカルサーバーに届きます。',
  'Allow local network access for this site': 'このサイトにローカルネットワークへのアクセスを許可する',
  '{origin} was denied access to your local network. Click the site-settings icon left of the address bar → Local network access → Allow, then reload the page.':
    '{origin} はローカルネットワークへのアクセスを拒否されました。アドレスバー左のサイト設定アイコン → ローカルネットワークへのアクセス → 許可 をクリックし、ページを再読み込みしてください。',
  'Choose "Allow" when the browser asks': 'ブラウザーに尋ねられたら「許可」を選ぶ',
  'The first request to a local server shows a prompt to let this site connect to devices on your local network. Allow it, or the request fails.':
    'ローカルサーバーへの最初のリクエストで、このサイトがローカルネットワーク上のデバイスに接続することを許可するか尋ねられます。許可しないとリクエストは失敗します。',
  "Use {url} (or the machine's IP) instead": '代わりに {url}（またはマシンの IP）を使う',
  '{host} means "every interface" when a server listens; it is not an address to connect to, and browsers block or special-case it. If the server is on this computer use localhost, otherwise its IP address.':
    '{host} はサーバーの待ち受けでは「すべてのインターフェース」を意味し、接続先のアドレスではありません。ブラウザーはブロックするか特別扱いします。サーバーがこのコンピューター上なら localhost を、そうでなければその IP アドレスを使ってください。',
  'Remove the user name and password from the URL': 'URL からユーザー名とパスワードを削除する',
  'Browsers refuse URLs with {example}. Put a key in the API key field instead.':
    'ブラウザーは {example} を含む URL を拒否します。代わりに API キー欄にキーを入力してください。',
  'Add {scheme} in front': '先頭に {scheme} を付ける',
  'Try {url}. A server URL starts with {http} or {https}.':
    '{url} を試してください。サーバー URL は {http} または {https} で始まります。',
  'Enter a full {http} or {https} URL': '完全な {http} または {https} の URL を入力',
  'For example {first} (Ollama) or {second} (LM Studio).': '例：{first}（Ollama）または {second}（LM Studio）。',
};
