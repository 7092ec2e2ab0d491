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
};
