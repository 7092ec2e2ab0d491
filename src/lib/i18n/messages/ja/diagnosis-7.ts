// Japanese: diagnosis texts (answers that are no answer, requests beyond chat, images, install guides).
// Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis7: Translations = {
  // fixes/answers.ts
  'Point the connection at the API, not the web page': '接続先を Web ページではなく API にする',
  "{url} returned a web page. Use the API's base URL, which usually ends in {path} ({server}'s API is usually on port {port}).":
    '{url} は Web ページを返しました。API のベース URL を使ってください。通常は {path} で終わります（{server} の API は通常ポート {port} です）。',
  "{url} returned a web page. Use the API's base URL, which usually ends in {path}.":
    '{url} は Web ページを返しました。API のベース URL を使ってください。通常は {path} で終わります。',
  'Switch this connection to {mode} mode': 'この接続を {mode} モードに切り替える',
  'The server answered in Ollama\'s native format. Use mode "{mode}" with base URL {url}, or keep {other} mode with {v1url}.':
    'サーバーは Ollama ネイティブ形式で応答しました。モード「{mode}」とベース URL {url} を使うか、{other} モードのまま {v1url} を使ってください。',
  'The server answered in OpenAI\'s format. Use mode "{mode}" with base URL {url}.':
    'サーバーは OpenAI 形式で応答しました。モード「{mode}」とベース URL {url} を使ってください。',
  'The server at {origin} says it is Ollama. Edit the connection: mode "{mode}", base URL {origin}. Ollama\'s native API works with every Ollama version.':
    '{origin} のサーバーは Ollama だと名乗っています。接続を編集してください：モード「{mode}」、ベース URL {origin}。Ollama のネイティブ API はすべての Ollama バージョンで動作します。',
  'Or keep {mode} mode with base URL {url}': 'または {mode} モードのままベース URL を {url} にする',
  'Ollama serves its OpenAI-compatible API under {path}, not at this path.':
    'Ollama の OpenAI 互換 API はこのパスではなく {path} の下にあります。',
  'Or update Ollama to keep {mode} mode': 'または Ollama を更新して {mode} モードを使い続ける',
  'This Ollama answers 404 at {url}: older Ollama versions have no OpenAI-compatible API (or not all of it), and some proxies forward only {prefix} paths. Check its version:':
    'この Ollama は {url} で 404 を返します。古い Ollama には OpenAI 互換 API がない（または一部しかない）うえ、{prefix} のパスしか転送しないプロキシもあります。バージョンを確認してください：',
  "Ollama's version": 'Ollama のバージョン',
  'Check the API mode and base URL': 'API モードとベース URL を確認する',
  'The server answered in an unexpected format. Make sure the mode (OpenAI vs Ollama native) matches the server and the base URL points at its API.':
    'サーバーが予期しない形式で応答しました。モード（OpenAI か Ollama ネイティブか）がサーバーに合っていて、ベース URL がその API を指していることを確認してください。',
  '{server} went silent mid-answer. It may be overloaded or out of memory; check its log and retry.':
    '{server} が回答の途中で応答しなくなりました。過負荷かメモリ不足の可能性があります。ログを確認して再試行してください。',
  'The server stopped sending': 'サーバーが送信を停止しました',
  'Retry: the first request may load the model': '再試行：最初のリクエストでモデルを読み込んでいる可能性があります',
  '{server} may be loading the model, which can take longer than the time limit. Retry once it has loaded.':
    '{server} がモデルを読み込んでいる可能性があり、制限時間より長くかかることがあります。読み込み後に再試行してください。',
  'Check the network path': 'ネットワーク経路を確認する',
  'A firewall that silently drops packets also looks like this. Run "{action}" to check.':
    'パケットを黙って破棄するファイアウォールでも同じように見えます。「{action}」を実行して確認してください。',
  'Retry; check the server and any proxy': '再試行し、サーバーとプロキシを確認する',
  'The answer had started, so this is not CORS or a wrong URL: the connection to {server} broke mid-stream (server crash or restart, proxy timeout, network change).':
    '回答は始まっていたので、CORS や URL の誤りではありません：{server} との接続がストリームの途中で切れました（サーバーのクラッシュや再起動、プロキシのタイムアウト、ネットワークの変化）。',
  'Download a model': 'モデルをダウンロードする',
  'Ollama has no models yet.': 'Ollama にはまだモデルがありません。',
  'For example': '例',
  'Load a model on the server, or type its id': 'サーバーでモデルを読み込むか、ID を入力する',
  '{server} listed no models. Load one on the server, or add model ids by hand in the connection.':
    '{server} はモデルを 1 つも一覧にしませんでした。サーバーでモデルを読み込むか、接続でモデル ID を手で追加してください。',
};
