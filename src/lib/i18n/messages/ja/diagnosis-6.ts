// Japanese: diagnosis texts (HTTP errors, answers in the wrong format, and their fixes). Machine-assisted:
// corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis6: Translations = {
  '{method} {url} answered HTTP {status}': '{method} {url} は HTTP {status} を返しました',
  '{method} {url} was not sent: this connection has no API key and the server needs one':
    '{method} {url} は送信されませんでした: この接続には API キーがありませんが、サーバーはキーを必要としています',
  'This connection needs an API key': 'この接続には API キーが必要です',
  '{method} {url} was not sent: it is not a full {http} or {https} address without a user name or password':
    '{method} {url} は送信されませんでした: ユーザー名やパスワードを含まない完全な {http} または {https} のアドレスではありません',
  'This is not a valid server URL': 'これは有効なサーバー URL ではありません',
  '{method} {url} was answered with a redirect to another address':
    '{method} {url} への応答は別のアドレスへのリダイレクトでした',
  'The request carried an API key, so the redirect was not followed: nothing was sent to the other address':
    'リクエストに API キーが含まれていたため、リダイレクトには従いませんでした: 別のアドレスには何も送信していません',
  'The server redirects this request elsewhere': 'サーバーはこのリクエストを別の場所へリダイレクトしています',
  '{method} {url} answered HTTP {status}, then reported an error in the middle of the answer':
    '{method} {url} は HTTP {status} を返した後、応答の途中でエラーを報告しました',
  '{method} {url} answered HTTP {status}, then reported an error in its body':
    '{method} {url} は HTTP {status} を返した後、本文でエラーを報告しました',
  'The server said: "{message}"': 'サーバーの応答:「{message}」',
  'The answer carried no error message': '応答にはエラーメッセージがありませんでした',
  'The request carried an API key': 'リクエストには API キーが含まれていました',
  'The request carried no API key': 'リクエストには API キーが含まれていませんでした',
  'The server wants a valid API key': 'サーバーは有効な API キーを求めています',
  'The server refused access (403)': 'サーバーがアクセスを拒否しました（403）',
  'The account is out of credit or quota': 'アカウントのクレジットまたはクォータが不足しています',
  'Too many requests: the server is rate limiting': 'リクエストが多すぎます: サーバーがレート制限をしています',
  'The server has no model "{model}"': 'サーバーにモデル「{model}」はありません',
  'The server does not know this model': 'サーバーはこのモデルを認識していません',
  'The request URL contains {path}': 'リクエスト URL に {path} が含まれています',
  'The 404 answer is an HTML page': '404 の応答は HTML ページです',
  'The URL has {path} twice': 'URL に {path} が二重に含まれています',
  'Nothing at this path on the server (HTTP {status})': 'サーバーのこのパスには何もありません（HTTP {status}）',
  'The server rejected the host name in the URL': 'サーバーが URL のホスト名を拒否しました',
  'The model is still loading': 'モデルはまだ読み込み中です',
  'The request is too large for the server': 'リクエストがサーバーにとって大きすぎます',
  'The server rejected the request': 'サーバーがリクエストを拒否しました',
  'The server reported an error': 'サーバーがエラーを報告しました',
  "Read the server's message": 'サーバーのメッセージを読む',
  "The message above says what went wrong. Check the server's log, then retry.":
    '上のメッセージに問題の内容が書かれています。サーバーのログを確認してから再試行してください。',
  "It gave no details. Check the server's log, then retry.":
    '詳細は示されませんでした。サーバーのログを確認してから再試行してください。',
  'The server failed (HTTP {status})': 'サーバーで障害が発生しました（HTTP {status}）',
  'The server answered HTTP {status}': 'サーバーは HTTP {status} を返しました',
  'This status is unusual for an LLM API; the message above says more.':
    'このステータスは LLM API としては珍しいものです。詳しくは上のメッセージを参照してください。',
  'This server is {server}: use {server} mode': 'このサーバーは {server} です: {server} モードを使ってください',
  '{method} {url} answered HTTP {status}, but not in the expected format':
    '{method} {url} は HTTP {status} を返しましたが、想定した形式ではありません',
  '{method} {url} answered, but not in the expected format':
    '{method} {url} は応答しましたが、想定した形式ではありません',
  'The answer is an HTML page': '応答は HTML ページです',
  'This URL is a web page, not the API': 'この URL は Web ページで、API ではありません',
  'The body is an {server} model list ({shape})': '本文は {server} のモデル一覧です（{shape}）',
  "The body is in {server}'s native format": '本文は {server} のネイティブ形式です',
  'The server speaks the {server} API, but this connection uses {mode} mode':
    'サーバーは {server} API を話しますが、この接続は {mode} モードを使っています',
  "The body is in {server}'s format": '本文は {server} の形式です',
  'The body was empty': '本文は空でした',
  'The body looks like {shape}': '本文は {shape} のように見えます',
  'The server answered in an unexpected format': 'サーバーは想定外の形式で応答しました',
  '{server} requires an API key: set one in {place} and enter the same key here.':
    '{server} には API キーが必要です: {place} で設定し、同じキーをここに入力してください。',
  '{server} checks keys only when started with {option}; enter that key here.':
    '{server} は {option} 付きで起動したときだけキーを確認します。そのキーをここに入力してください。',
  '{server} checks keys only when started with {option} (or {variable}); enter that key here.':
    '{server} は {option}（または {variable}）付きで起動したときだけキーを確認します。そのキーをここに入力してください。',
  '{server} checks keys when {variables} is set; enter one of those keys here.':
    '{variables} が設定されていると {server} はキーを確認します。そのいずれかのキーをここに入力してください。',
  '{server} checks keys only when "{setting}" is on in the server settings.':
    '{server} は、サーバー設定で「{setting}」がオンのときだけキーを確認します。',
  'The {server} proxy expects its master key or a virtual key created from it.':
    '{server} プロキシは、マスターキーまたはそこから作成した仮想キーを求めます。',
  '{server} checks the key only when started with {option}; enter that password as the key.':
    '{server} は {option} 付きで起動したときだけキーを確認します。そのパスワードをキーとして入力してください。',
  'Create a key at {place}, and check the project has access to this model.':
    '{place} でキーを作成し、プロジェクトがこのモデルにアクセスできるか確認してください。',
  'Create a key at {place}.': '{place} でキーを作成してください。',
  '{server} checks keys only when started with {option}.':
    '{server} は {option} 付きで起動したときだけキーを確認します。',
  'Check the API key': 'API キーを確認する',
  'Add an API key': 'API キーを追加する',
  'The server refused the key this connection sent (HTTP {status}). Copy it again, without spaces, or create a new one.':
    'サーバーはこの接続が送ったキーを拒否しました（HTTP {status}）。空白を含めずにもう一度コピーするか、新しいキーを作成してください。',
  'The server wants an API key and this connection sends none (HTTP {status}). Enter the key in the connection settings.':
    'サーバーは API キーを求めていますが、この接続はキーを送っていません（HTTP {status}）。接続設定でキーを入力してください。',
  '{server} and API keys': '{server} と API キー',
  "Add this host to {server}'s {setting}": 'このホストを {server} の {setting} に追加する',
  'A proxy may be answering for {server}': '{server} の代わりにプロキシが応答しているかもしれません',
  "{server}'s own 403 (origin or host refused) has no CORS headers, so the page could never read it. A readable 403 comes from something else, such as a reverse proxy with its own access rules.":
    '{server} 自身の 403（オリジンまたはホストの拒否）には CORS ヘッダーがないため、ページはそれを読めません。読める 403 は、独自のアクセス規則を持つリバースプロキシなど、別のものから来ています。',
  'Add credit or raise the limit': 'クレジットを追加するか上限を引き上げる',
  '{server} says the account is out of credit or quota. Check billing and usage limits in its dashboard.':
    '{server} によると、アカウントのクレジットまたはクォータが不足しています。ダッシュボードで請求と利用上限を確認してください。',
  'Pick a model the server lists': 'サーバーが一覧に出しているモデルを選ぶ',
  'Refresh the model list for this connection and choose one of its models.':
    'この接続のモデル一覧を更新し、その中からモデルを選んでください。',
  'Download {model} into {server}': '{model} を {server} にダウンロードする',
  '{server} has no model called {model}. Download it (names are like {example} or {other}), or pick an installed one.':
    '{server} には {model} という名前のモデルがありません。ダウンロードする（名前は {example} や {other} のような形式です）か、インストール済みのモデルを選んでください。',
  'Download the model': 'モデルをダウンロードする',
  'List installed models': 'インストール済みのモデルを一覧表示する',
  'Load {model} in {server}': '{server} で {model} を読み込む',
  'Download it in {server}, or load it from a terminal:':
    '{server} でダウンロードするか、ターミナルから読み込んでください:',
  'Load the model': 'モデルを読み込む',
  'Use the name {server} serves': '{server} が提供している名前を使う',
  '{server} serves one model, under {option} if set, else its path. Use exactly that name.':
    '{server} は 1 つのモデルを、{option} が設定されていればその名前で、なければそのパスで提供します。その名前をそのまま使ってください。',
  'Check access': 'アクセス権を確認する',
  'The model id may be misspelled, retired, or not enabled for this key at {host}.':
    'モデル ID の綴りが間違っているか、提供終了しているか、{host} でこのキーに対して有効になっていない可能性があります。',
  'Remove the doubled {path}': '重複した {path} を削除する',
  'The request URL contains {doubled}. Set the base URL to {url}.':
    'リクエスト URL に {doubled} が含まれています。ベース URL を {url} に設定してください。',
  'Try the base URL {url}': 'ベース URL {url} を試す',
  "{server}'s native API lives at the server root (e.g. {example}), not under {path}. Try {suggestions}.":
    '{server} のネイティブ API はサーバーのルート（例: {example}）にあり、{path} の下ではありません。{suggestions} を試してください。',
  'OpenAI-compatible servers usually serve the API under {path} (e.g. {example}); a few also answer at the root. Try {suggestions}.':
    'OpenAI 互換サーバーは通常 {path} の下で API を提供します（例: {example}）。ルートで応答するものも一部あります。{suggestions} を試してください。',
  'Or switch this connection to OpenAI-compatible mode': 'または、この接続を OpenAI 互換モードに切り替える',
  "If {url} is not {server}, its {paths} paths won't exist. Use OpenAI-compatible mode with the server's {path} URL.":
    '{url} が {server} でなければ、{paths} のパスは存在しません。OpenAI 互換モードで、サーバーの {path} の URL を使ってください。',
  'Check the address': 'アドレスを確認する',
  'A 404 means a server answered at {url} but has nothing at that path: check host, port and path prefix.':
    '404 は、{url} でサーバーが応答したもののそのパスには何もないことを意味します。ホスト、ポート、パスの接頭辞を確認してください。',
  'Pick a model that supports chat': 'チャットに対応したモデルを選ぶ',
  'This model cannot do what was asked (for example an embedding model used for chat). Choose another model.':
    'このモデルでは求められた処理ができません（たとえば埋め込みモデルをチャットに使った場合）。別のモデルを選んでください。',
  "The server rejected the request as invalid. Check the connection's and chat's parameters (max tokens, response format, images); the message above names the problem.":
    'サーバーはリクエストを無効として拒否しました。接続とチャットのパラメーター（最大トークン数、応答形式、画像）を確認してください。問題は上のメッセージに書かれています。',
  "{server} is limiting how fast requests may come. Retry in a moment, or check your plan's limits.":
    '{server} はリクエストの頻度を制限しています。少し待ってから再試行するか、プランの上限を確認してください。',
  "{server} is limiting how fast requests may come. The server asks to wait {seconds} s. Retry in a moment, or check your plan's limits.":
    '{server} はリクエストの頻度を制限しています。サーバーは {seconds} 秒待つよう求めています。少し待ってから再試行するか、プランの上限を確認してください。',
  "{server} is limiting how fast requests may come. The server asks to wait {retryAfter}. Retry in a moment, or check your plan's limits.":
    '{server} はリクエストの頻度を制限しています。サーバーは待機を求めています: {retryAfter}。少し待ってから再試行するか、プランの上限を確認してください。',
  'Wait and retry': '待ってから再試行する',
  'Wait for the model to load, then retry': 'モデルの読み込みを待ってから再試行する',
  '{server} is still loading the model into memory. This can take a minute for large models.':
    '{server} はまだモデルをメモリーに読み込んでいます。大きなモデルでは 1 分ほどかかることがあります。',
  'Use {url}': '{url} を使う',
  '{server} only accepts the host names {first} and {second} unless started with {option}.':
    '{server} は、{option} 付きで起動しない限り、ホスト名 {first} と {second} しか受け付けません。',
  'Or start it with {option}': 'または {option} 付きで起動する',
  'Then it accepts any host name (and listens on the network).':
    'そうすると任意のホスト名を受け付けます（ネットワーク上でも待ち受けます）。',
  'Start {server}': '{server} を起動する',
  'Check the proxy and the server behind it': 'プロキシとその背後のサーバーを確認する',
  'HTTP {status} comes from a proxy or gateway that could not get an answer from {server} in time. Check that the server behind it is running.':
    'HTTP {status} は、{server} から時間内に応答を得られなかったプロキシまたはゲートウェイが返したものです。背後のサーバーが動いているか確認してください。',
  "Check {server}'s log": '{server} のログを確認する',
  'The server failed while handling the request (HTTP {status}). Its console or log says why; out-of-memory while loading a model is a common cause.':
    'サーバーはリクエストの処理中に失敗しました（HTTP {status}）。理由はコンソールまたはログに出ています。モデル読み込み時のメモリー不足がよくある原因です。',
  'Use the address the server redirects to': 'サーバーのリダイレクト先のアドレスを使う',
  "{app} never follows a redirect with an API key, so the key and the chat cannot be sent to an address you did not enter. Find where the server points (the {header} line of the command below), then put that address in the connection's base URL. Common causes: {http} redirected to {https}, a missing or extra {path}, a proxy or login page in front of the API.":
    '{app} は API キー付きのリクエストでリダイレクトに従うことはないため、キーやチャットが入力していないアドレスへ送られることはありません。サーバーの転送先（下のコマンドの {header} 行）を調べ、そのアドレスを接続のベース URL に設定してください。よくある原因: {http} から {https} へのリダイレクト、{path} の欠落または余分、API の前にあるプロキシやログインページ。',
  'Show the redirect': 'リダイレクトを表示する',
};
