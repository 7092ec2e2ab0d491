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
  // fixes/capabilities.ts, classify-capability.ts, capability-texts.ts
  'Speaches (faster-whisper), LocalAI or vLLM with a Whisper model':
    'Speaches（faster-whisper）、LocalAI、または Whisper モデルを使う vLLM',
  'Speaches (Piper or Kokoro), Kokoro-FastAPI or LocalAI':
    'Speaches（Piper または Kokoro）、Kokoro-FastAPI、または LocalAI',
  'Ollama, LM Studio, llama.cpp started with {flag}, vLLM with an embedding model, or LocalAI':
    'Ollama、LM Studio、{flag} 付きで起動した llama.cpp、埋め込みモデルを使う vLLM、または LocalAI',
  'Run Speaches (speech to text and text to speech) on port {port}':
    'Speaches（音声認識と音声合成）をポート {port} で実行',
  'Run Kokoro-FastAPI (text to speech) on port {port}': 'Kokoro-FastAPI（音声合成）をポート {port} で実行',
  'Or pull an embedding model into Ollama': 'または埋め込みモデルを Ollama に取得する',
  'Install a model for embeddings in LocalAI': 'LocalAI に埋め込み用のモデルをインストールする',
  'Install a model for text to speech in LocalAI': 'LocalAI に音声合成用のモデルをインストールする',
  'Install a model for speech to text in LocalAI': 'LocalAI に音声認識用のモデルをインストールする',
  'Start llama-server with {flag}': 'llama-server を {flag} 付きで起動する',
  'llama-server answers {path} only when started with {flag} (and an embedding model works best).':
    'llama-server は {flag} 付きで起動したときだけ {path} に応答します（埋め込みモデルが最適です）。',
  'Start it with': '起動コマンド',
  'Update Ollama': 'Ollama を更新する',
  'Ollama before {version} has no {path} (nor {other}). Update it, then pull an embedding model.':
    '{version} より前の Ollama には {path} も {other} もありません。更新してから埋め込みモデルを取得してください。',
  Then: 'その後',
  'Serve an embedding model with vLLM': 'vLLM で埋め込みモデルを提供する',
  'Serve a Whisper model with vLLM': 'vLLM で Whisper モデルを提供する',
  'vLLM offers this endpoint only for a model that does it; one vLLM serves one model, so run a second one on another port and add it as its own connection.':
    'vLLM はこの処理ができるモデルに対してだけこのエンドポイントを提供します。1 つの vLLM は 1 つのモデルしか提供しないので、別のポートで 2 つ目を起動し、別の接続として追加してください。',
  'LocalAI has this endpoint, but answers 404 until a model with a backend for it is installed (from its gallery).':
    'LocalAI にはこのエンドポイントがありますが、対応するバックエンドを持つモデルを（ギャラリーから）インストールするまでは 404 を返します。',
  'Check the base URL ends in {path}': 'ベース URL が {path} で終わっているか確認する',
  '{server} serves this under {path} (e.g. {url}).': '{server} はこれを {path} の下で提供します（例：{url}）。',
  'Use a server that does embeddings': '埋め込みができるサーバーを使う',
  'Use a server that does text to speech': '音声合成ができるサーバーを使う',
  'Use a server that does speech to text': '音声認識ができるサーバーを使う',
  '{server} has no {path}. Servers that have it: {servers}. Run one beside your chat server and add it as its own connection ({where}; its kind sets what it does).':
    '{server} には {path} がありません。これがあるサーバー：{servers}。チャットサーバーと並べて起動し、別の接続として追加してください（{where}。種類によって何をするかが決まります）。',
  'This server': 'このサーバー',
  'Pick an embedding model': '埋め込みモデルを選ぶ',
  "Choose a model that does embeddings. {where} shows each model's kind; a chat model cannot do this work.":
    '埋め込みができるモデルを選んでください。{where} で各モデルの種類がわかります。チャットモデルではこの処理はできません。',
  'Pick a text-to-speech model': '音声合成モデルを選ぶ',
  "Choose a model that does text to speech. {where} shows each model's kind; a chat model cannot do this work.":
    '音声合成ができるモデルを選んでください。{where} で各モデルの種類がわかります。チャットモデルではこの処理はできません。',
  'Pick a speech-to-text (Whisper) model': '音声認識（Whisper）モデルを選ぶ',
  "Choose a model that does speech to text. {where} shows each model's kind; a chat model cannot do this work.":
    '音声認識ができるモデルを選んでください。{where} で各モデルの種類がわかります。チャットモデルではこの処理はできません。',
  'Record a shorter piece, or send a smaller file': 'もっと短く録音するか、小さいファイルを送る',
  'Split long recordings, or convert the audio to a compressed format (Opus, MP3) before sending.':
    '長い録音は分割するか、送信前に音声を圧縮形式（Opus、MP3）に変換してください。',
  "Raise the server's upload limit": 'サーバーのアップロード上限を上げる',
  'Servers behind a reverse proxy (nginx: {option}) refuse large uploads before the server sees them; raise the limit there or on the server.':
    'リバースプロキシ（nginx：{option}）の背後にあるサーバーは、サーバーに届く前に大きなアップロードを拒否します。プロキシかサーバーで上限を上げてください。',
  '{method} {url} answered HTTP {status}': '{method} {url} は HTTP {status} を返しました',
  'This server has embeddings turned off': 'このサーバーは埋め込みが無効になっています',
  "The upload's {header} ({type}) needs no preflight, but {names} does (it carries the API key)":
    'アップロードの {header}（{type}）にはプリフライトが不要ですが、{names} には必要です（API キーを運ぶため）',
  "The upload's {header} ({type}) needs no preflight, but {names} does":
    'アップロードの {header}（{type}）にはプリフライトが不要ですが、{names} には必要です',
  "The server rejects the preflight for the upload's {names} header":
    'サーバーはアップロードの {names} ヘッダーのプリフライトを拒否しています',
  'The upload carried only headers that need no preflight ({type}), so the answer itself lacks permission for this page':
    'アップロードにはプリフライト不要のヘッダー（{type}）しかなかったので、応答そのものにこのページへの許可がありません',
  'This request needs a preflight ({method}) for its {names} headers': {
    other: 'このリクエストは {names} ヘッダーのためにプリフライト（{method}）が必要です',
  },
  'Check that the server has {path}': 'サーバーに {path} があるか確認する',
  'A server without {path} may answer 404 without CORS headers, which the browser reports the same way. {advice}':
    '{path} のないサーバーは CORS ヘッダーなしで 404 を返すことがあり、ブラウザーはそれを同じように報告します。{advice}',
  'This model does no embeddings; pick an embedding model':
    'このモデルは埋め込みを行いません。埋め込みモデルを選んでください',
  '{model} is a chat model; pick an embedding model': '{model} はチャットモデルです。埋め込みモデルを選んでください',
  '{model} is a speech-to-text model; pick an embedding model':
    '{model} は音声認識モデルです。埋め込みモデルを選んでください',
  '{model} is a text-to-speech model; pick an embedding model':
    '{model} は音声合成モデルです。埋め込みモデルを選んでください',
  '{model} does no embeddings here; pick an embedding model':
    '{model} はここでは埋め込みを行いません。埋め込みモデルを選んでください',
  'This model does no text to speech; pick a text-to-speech model':
    'このモデルは音声合成を行いません。音声合成モデルを選んでください',
  '{model} is a chat model; pick a text-to-speech model':
    '{model} はチャットモデルです。音声合成モデルを選んでください',
  '{model} is a speech-to-text model; pick a text-to-speech model':
    '{model} は音声認識モデルです。音声合成モデルを選んでください',
  '{model} is an embedding model; pick a text-to-speech model':
    '{model} は埋め込みモデルです。音声合成モデルを選んでください',
  '{model} does no text to speech here; pick a text-to-speech model':
    '{model} はここでは音声合成を行いません。音声合成モデルを選んでください',
  'This model does no speech to text; pick a speech-to-text model':
    'このモデルは音声認識を行いません。音声認識モデルを選んでください',
  '{model} is a chat model; pick a speech-to-text model':
    '{model} はチャットモデルです。音声認識モデルを選んでください',
  '{model} is a text-to-speech model; pick a speech-to-text model':
    '{model} は音声合成モデルです。音声認識モデルを選んでください',
  '{model} is an embedding model; pick a speech-to-text model':
    '{model} は埋め込みモデルです。音声認識モデルを選んでください',
  '{model} does no speech to text here; pick a speech-to-text model':
    '{model} はここでは音声認識を行いません。音声認識モデルを選んでください',
  '{server} does not do embeddings (no {path})': '{server} は埋め込みに対応していません（{path} がありません）',
  '{server} does not do text to speech (no {path})': '{server} は音声合成に対応していません（{path} がありません）',
  '{server} does not do speech to text (no {path})': '{server} は音声認識に対応していません（{path} がありません）',
  'Servers that do embeddings answer at {path}': '埋め込みができるサーバーは {path} で応答します',
  'Servers that do text to speech answer at {path}': '音声合成ができるサーバーは {path} で応答します',
  'Servers that do speech to text answer at {path}': '音声認識ができるサーバーは {path} で応答します',
  'The file is {size}; the server takes at most {limit}':
    'ファイルは {size} です。サーバーが受け付けるのは最大 {limit} です',
  'The file is {size}; the server takes at most {limit}: record shorter or raise its limit':
    'ファイルは {size} です。サーバーが受け付けるのは最大 {limit} です：短く録音するか上限を上げてください',
  'The file is {size}': 'ファイルは {size} です',
  'The file is {size}: record shorter or raise its limit':
    'ファイルは {size} です：短く録音するかサーバーの上限を上げてください',
  'The file is too large for the server; the server takes at most {limit}':
    'ファイルがサーバーには大きすぎます。サーバーが受け付けるのは最大 {limit} です',
  'The file is too large for the server; the server takes at most {limit}: record shorter or raise its limit':
    'ファイルがサーバーには大きすぎます。サーバーが受け付けるのは最大 {limit} です：短く録音するか上限を上げてください',
  'The file is too large for the server': 'ファイルがサーバーには大きすぎます',
  'The file is too large for the server: record shorter or raise its limit':
    'ファイルがサーバーには大きすぎます：短く録音するかサーバーの上限を上げてください',
  // fixes/vision.ts, classify-vision.ts
  'Download a vision model into Ollama': 'Ollama にビジョンモデルをダウンロードする',
  'Models such as gemma3, qwen2.5vl or llava take images. Download one, then pick it for this chat.':
    'gemma3、qwen2.5vl、llava などのモデルは画像を受け付けます。1 つダウンロードして、このチャットで選んでください。',
  'Download a vision model': 'ビジョンモデルをダウンロード',
  'Start llama-server with the vision projector': 'ビジョンプロジェクター付きで llama-server を起動する',
  'llama-server reads images only when the model comes with its multimodal projector: add {option} (or load the model with {hf}, which fetches it).':
    'llama-server が画像を読めるのは、モデルにマルチモーダルプロジェクターが付いているときだけです：{option} を追加してください（または {hf} でモデルを読み込むと一緒に取得されます）。',
  'Serve a multimodal model': 'マルチモーダルモデルを提供する',
  'vLLM takes images only with a model built for them (for example a Qwen2.5-VL or Gemma 3 model).':
    'vLLM が画像を受け付けるのは、画像向けに作られたモデル（たとえば Qwen2.5-VL や Gemma 3 のモデル）のときだけです。',
  'Load a vision model in LM Studio': 'LM Studio でビジョンモデルを読み込む',
  'Models marked "Vision" in LM Studio take images (for example Gemma 3 or Qwen2.5-VL).':
    'LM Studio で「Vision」と表示されたモデルは画像を受け付けます（たとえば Gemma 3 や Qwen2.5-VL）。',
  '"{model}" does not take images. This server also lists {models} and {count} more, which can: pick one in the model picker and send again.':
    {
      other:
        '「{model}」は画像を受け付けません。このサーバーには画像を扱える {models} ほか {count} 個のモデルもあります：モデル選択で 1 つ選んで再送信してください。',
    },
  'This model does not take images. This server also lists {models} and {count} more, which can: pick one in the model picker and send again.':
    {
      other:
        'このモデルは画像を受け付けません。このサーバーには画像を扱える {models} ほか {count} 個のモデルもあります：モデル選択で 1 つ選んで再送信してください。',
    },
  '"{model}" does not take images. This server also lists {models}, which can: pick one in the model picker and send again.':
    '「{model}」は画像を受け付けません。このサーバーには画像を扱える {models} もあります：モデル選択で 1 つ選んで再送信してください。',
  'This model does not take images. This server also lists {models}, which can: pick one in the model picker and send again.':
    'このモデルは画像を受け付けません。このサーバーには画像を扱える {models} もあります：モデル選択で 1 つ選んで再送信してください。',
  'Use "{model}" or another model that can see': '「{model}」など画像を見られるモデルを使う',
  'Use a model that can see images': '画像を見られるモデルを使う',
  '"{model}" does not take images, and {server} lists no model known to. Load a vision model (names often say vision, VL or llava), then pick it.':
    '「{model}」は画像を受け付けず、{server} には画像を扱えると分かっているモデルがありません。ビジョンモデル（名前に vision、VL、llava が含まれることが多い）を読み込んで選んでください。',
  'This model does not take images, and {server} lists no model known to. Load a vision model (names often say vision, VL or llava), then pick it.':
    'このモデルは画像を受け付けず、{server} には画像を扱えると分かっているモデルがありません。ビジョンモデル（名前に vision、VL、llava が含まれることが多い）を読み込んで選んでください。',
  'Or send the message without the image': 'または画像なしでメッセージを送る',
  '"{model}" can still answer the text: edit the message and remove the image.':
    '「{model}」でもテキストには回答できます：メッセージを編集して画像を削除してください。',
  'This model can still answer the text: edit the message and remove the image.':
    'このモデルでもテキストには回答できます：メッセージを編集して画像を削除してください。',
  'The model cannot see images: {model}': 'モデルは画像を見られません：{model}',
  'The model cannot see images': 'モデルは画像を見られません',
  'The request carried an image, and the error is about image input':
    'リクエストに画像が含まれ、エラーは画像入力に関するものです',
  'The server also lists models that take images: {models}': 'サーバーには画像を受け付けるモデルもあります：{models}',
  'No other model on this server is known to take images (checked {count} listed models besides "{model}")': {
    other:
      'このサーバーに画像を受け付けると分かっている他のモデルはありません（「{model}」以外に一覧の {count} 個のモデルを確認）',
  },
  'No other model on this server is known to take images (checked {count} listed models besides the model)': {
    other:
      'このサーバーに画像を受け付けると分かっている他のモデルはありません（このモデル以外に一覧の {count} 個のモデルを確認）',
  },
  // install-guides.ts
  'Install {server}': '{server} をインストールする',
  'macOS: download the app from {site}, or with Homebrew': 'macOS：{site} からアプリをダウンロード、または Homebrew で',
  'Linux: the official install script': 'Linux：公式インストールスクリプト',
  'Windows: the installer from {site}, or with winget': 'Windows：{site} のインストーラー、または winget で',
  'Download a small model': '小さなモデルをダウンロードする',
  'The app starts the server itself; without the app, run "{command}" in another terminal first.':
    'アプリはサーバーを自動で起動します。アプリを使わない場合は、先に別のターミナルで「{command}」を実行してください。',
  'A small model (about {size} GB)': '小さなモデル（約 {size} GB）',
  'Allow this page ({origin})': 'このページを許可する（{origin}）',
  'Nothing to do: Ollama allows pages on {localhost} and {loopback} by default.':
    '作業は不要です：Ollama は既定で {localhost} と {loopback} のページを許可しています。',
  'Set {variable} to {origin} exactly (no trailing slash), then restart Ollama.':
    '{variable} を正確に {origin} に設定し（末尾のスラッシュなし）、Ollama を再起動してください。',
  'Started by hand instead: stop it, then': '手動で起動した場合：停止してから',
  'Download it from {site} (macOS, Windows, Linux), open it and download a model from its Discover tab.':
    '{site} からダウンロードし（macOS、Windows、Linux）、開いて Discover タブからモデルをダウンロードしてください。',
  'Start the server and allow this page ({origin})': 'サーバーを起動してこのページを許可する（{origin}）',
  'Developer tab → Server Settings → turn on "Enable CORS", then start the server; without it the browser keeps its answers from this page. From a terminal:':
    'Developer タブ → Server Settings →「Enable CORS」をオンにしてからサーバーを起動します。オフのままだとブラウザーはこのページに応答を渡しません。ターミナルからは：',
  'Start the server with CORS on': 'CORS をオンにしてサーバーを起動',
  'macOS: with Homebrew': 'macOS：Homebrew で',
  'Linux: with Homebrew, or a release build from its GitHub page':
    'Linux：Homebrew で、または GitHub ページのリリースビルド',
  'Windows: with winget': 'Windows：winget で',
  'Start llama-server with a small model, allowing this page ({origin})':
    '小さなモデルで llama-server を起動し、このページを許可する（{origin}）',
  'It downloads the model on first start. llama-server answers every page by default; {option} keeps this page allowed when tools or agents are turned on.':
    '初回起動時にモデルをダウンロードします。llama-server は既定ですべてのページに応答します。ツールやエージェントを有効にしたときも、{option} によってこのページは許可されたままになります。',
  'Start the server on port {port}': 'ポート {port} でサーバーを起動',
  // checklist-steps.ts, checklist.ts
  '"{title}" does not apply: {fact}, so the browser does not treat this page as public':
    '「{title}」は当てはまりません：{fact}。そのため、ブラウザーはこのページを公開サイトとして扱っていません',
  '{url} listed no models': '{url} はモデルを 1 つも一覧にしませんでした',
  '{server} has no models to offer': '{server} には提供できるモデルがありません',
  'a non-error value': 'エラーではない値',
  'no diagnosis given': '診断がありません',
};
