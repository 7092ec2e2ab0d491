// Japanese: text written below the UI — providers and conversation (errors, failures, descriptions). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libCore2: Translations = {
  // conversation: the chat's output settings
  'The schema is not valid JSON: {error}': 'スキーマが有効な JSON ではありません: {error}',
  'The tool definitions are not valid JSON: {error}': 'ツール定義が有効な JSON ではありません: {error}',
  'The schema must be a JSON object, such as {example}.':
    'スキーマは {example} のような JSON オブジェクトにしてください。',
  '{field} must be one of {types} (found {found}).': '{field} は {types} のいずれかにしてください（実際: {found}）。',
  '{field} must be an object.': '{field} はオブジェクトにしてください。',
  '{field} must be a list of names.': '{field} は名前のリストにしてください。',
  'Paste or write a JSON schema, or pick an example.': 'JSON スキーマを貼り付けるか書くか、例を選んでください。',
  '{field} may hold only letters, digits, {underscore} and {hyphen} (at most {max}).':
    '{field} に使えるのは英字、数字、{underscore}、{hyphen} だけです（最大 {max} 文字）。',
  'Tool definitions must be a JSON list: {example}.': 'ツール定義は JSON のリストにしてください: {example}。',
  'Tool {n} needs {field}.': 'ツール {n} には {field} が必要です。',
  'Tool {n} needs a {field} object.': 'ツール {n} には {field} オブジェクトが必要です。',
  'Tool {n}: {field} must be letters, digits, {underscore} or {hyphen} (at most {max}).':
    'ツール {n}: {field} は英字、数字、{underscore} または {hyphen} にしてください（最大 {max} 文字）。',
  'Tool {n}: the name {name} is used twice.': 'ツール {n}: 名前 {name} が 2 回使われています。',
  'Tool {n}: {field} must be text.': 'ツール {n}: {field} はテキストにしてください。',
  'Tool {n}: {field} must be a JSON schema object.':
    'ツール {n}: {field} は JSON スキーマのオブジェクトにしてください。',
  // providers: this browser's engine and models
  'This browser offers a WebGPU adapter, so the model runs on the GPU.':
    'このブラウザーは WebGPU アダプターを提供しているため、モデルは GPU で動作します。',
  'No WebGPU; the page is cross-origin isolated, so WebAssembly runs on {count} threads.':
    'WebGPU はありません。ページはクロスオリジン分離されているため、WebAssembly は {count} スレッドで動作します。',
  'No WebGPU, and the page is not cross-origin isolated (its host does not send the {headers} headers), so threads are unavailable: WebAssembly runs on one thread.':
    'WebGPU がなく、ページもクロスオリジン分離されていない（ホストが {headers} ヘッダーを送っていない）ため、スレッドは使えません。WebAssembly は 1 スレッドで動作します。',
  'No WebGPU, and this device has too few cores for threads to help: WebAssembly runs on one thread.':
    'WebGPU がなく、このデバイスはスレッドが役立つほどコア数がありません。WebAssembly は 1 スレッドで動作します。',
  'WebAssembly, several threads': 'WebAssembly、複数スレッド',
  'WebAssembly, one thread': 'WebAssembly、1 スレッド',
  'Tiny and fast: short answers and simple rewrites, on any laptop.':
    '小さく高速: 短い回答や簡単な書き換えに。どのノート PC でも動きます。',
  'Small all-rounder for quick questions and summaries.': 'ちょっとした質問や要約向けの小さな万能モデル。',
  'Multilingual, follows instructions well for its size; some code.':
    '多言語対応で、サイズの割に指示によく従います。コードも少し書けます。',
  'The most capable here: better reasoning and writing, slower on the CPU.':
    'この中で最も高性能: 推論と文章がより優れていますが、CPU では遅くなります。',
  // providers: errors
  '{status} (the server sent an HTML page, not an API error)':
    '{status}（サーバーが API エラーではなく HTML ページを送りました）',
  '{status} (empty body)': '{status}（本文が空）',
  'The server reported an error without a message': 'サーバーがメッセージのないエラーを報告しました',
  'The request got no response': 'リクエストに応答がありませんでした',
  'The connection broke while the reply was streaming': '応答のストリーミング中に接続が切れました',
  'The request was cancelled': 'リクエストはキャンセルされました',
  'No response within {duration}': '{duration} 以内に応答がありませんでした',
  'This connection needs an API key; add one in its settings':
    'この接続には API キーが必要です。接続の設定で追加してください',
  'No data from {host} for {duration}; the stream was stopped. The text received so far is kept.':
    '{host} から {duration} データがありません。ストリームを停止しました。ここまでに受信したテキストは残ります。',
  'No data from {host} for {duration} while waiting for the first token; the request was stopped.':
    '最初のトークンを待つ間、{host} から {duration} データがありません。リクエストを停止しました。',
  'The server sent a line longer than {size} without a line break; the stream was stopped. The text received so far is kept.':
    'サーバーが改行のない {size} を超える行を送りました。ストリームを停止しました。ここまでに受信したテキストは残ります。',
  "The server's reply is larger than {size}; reading it was stopped.":
    'サーバーの応答が {size} を超えています。読み込みを停止しました。',
  'The server answered with a web page (HTML), not a chat stream. The base URL may point at a web UI, a login page or a proxy instead of the API.':
    'サーバーがチャットのストリームではなくウェブページ（HTML）で応答しました。ベース URL が API ではなく Web UI、ログインページ、またはプロキシを指している可能性があります。',
  'The server sent an empty reply ({status} with no content).':
    'サーバーが空の応答を送りました（{status}、内容なし）。',
  'the server': 'サーバー',
  'The embeddings reply is not a JSON object.': '埋め込みの応答が JSON オブジェクトではありません。',
  'The reply has no {field} list.': '応答に {field} のリストがありません。',
  'The reply has no {field} list of embeddings.': '応答に埋め込みの {field} リストがありません。',
  'The reply holds {vectors} vectors for {count} texts.':
    '応答には {count} 件のテキストに対して {vectors} 個のベクトルがあります。',
  'An embedding in the reply is not a list of numbers.': '応答内の埋め込みが数値のリストではありません。',
  'The vectors in the reply differ in length.': '応答内のベクトルの長さが揃っていません。',
  'The model list was not JSON': 'モデル一覧が JSON ではありませんでした',
  'The server sent a line that is not JSON; the stream was stopped. The text received so far is kept.':
    'サーバーが JSON ではない行を送りました。ストリームを停止しました。ここまでに受信したテキストは残ります。',
  'The reply was not a stream of JSON lines': '応答が JSON 行のストリームではありませんでした',
  'This looks like an OpenAI-style model list; use the OpenAI-compatible mode for this server':
    'OpenAI 形式のモデル一覧のようです。このサーバーには OpenAI 互換モードを使ってください',
  'The reply is not an Ollama model list (no {field} array)':
    '応答が Ollama のモデル一覧ではありません（{field} 配列がありません）',
  'The reply was not JSON': '応答が JSON ではありませんでした',
  'The reply was not a JSON object': '応答が JSON オブジェクトではありませんでした',
  'The reply is not an {endpoint} result (no {field})':
    '応答が {endpoint} の結果ではありません（{field} がありません）',
  'This looks like an Ollama model list ({endpoint}); use the Ollama mode for this server':
    'Ollama のモデル一覧（{endpoint}）のようです。このサーバーには Ollama モードを使ってください',
  'The reply is not an OpenAI-style model list (no {field} array)':
    '応答が OpenAI 形式のモデル一覧ではありません（{field} 配列がありません）',
  'The reply is not a chat completion (no {field})': '応答がチャット補完ではありません（{field} がありません）',
  'The server sent an event that is not JSON; the stream was stopped. The text received so far is kept.':
    'サーバーが JSON ではないイベントを送りました。ストリームを停止しました。ここまでに受信したテキストは残ります。',
  'The server sent an event that is not JSON': 'サーバーが JSON ではないイベントを送りました',
  'The reply was not an event stream': '応答がイベントストリームではありませんでした',
  "The server URL is not a full {http} or {https} address; the request was not sent. Edit the connection's base URL":
    'サーバー URL が完全な {http} または {https} のアドレスではありません。リクエストは送信されていません。接続のベース URL を編集してください',
  "Only {http} and {https} server URLs work; the request was not sent. Edit the connection's base URL":
    '使えるのは {http} と {https} のサーバー URL だけです。リクエストは送信されていません。接続のベース URL を編集してください',
  'The server URL contains a user name or password; the request was not sent. Remove them from the base URL and use the API key field':
    'サーバー URL にユーザー名またはパスワードが含まれています。リクエストは送信されていません。ベース URL から削除し、「API キー」欄を使ってください',
  'The server answered with a redirect ({status} to {location}); it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to':
    'サーバーがリダイレクトで応答しました（{status}、{location} へ）。リダイレクトには従っていないため、API キーはほかへ送られていません。ベース URL をリダイレクト先のアドレスにしてください',
  'The server answered with a redirect ({status}); it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to':
    'サーバーがリダイレクトで応答しました（{status}）。リダイレクトには従っていないため、API キーはほかへ送られていません。ベース URL をリダイレクト先のアドレスにしてください',
  'The server answered with a redirect to {location}; it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to':
    'サーバーが {location} へのリダイレクトで応答しました。リダイレクトには従っていないため、API キーはほかへ送られていません。ベース URL をリダイレクト先のアドレスにしてください',
  'The server answered with a redirect; it was not followed, so the API key went nowhere else. Set the base URL to the address the server redirects to':
    'サーバーがリダイレクトで応答しました。リダイレクトには従っていないため、API キーはほかへ送られていません。ベース URL をリダイレクト先のアドレスにしてください',
  'The reply is not a transcription (no {field})': '応答が文字起こしではありません（{field} がありません）',
};
