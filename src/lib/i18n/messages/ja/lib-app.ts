// Japanese: text written below the UI (storage alerts, imports and restores, speech, statuses), part 1 of 2.
// Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libApp: Translations = {
  '{name} could not be read.': '{name} を読み込めませんでした。',
  '{count} messages': '{count} 件のメッセージ',
  '{count} comparisons updated from a newer copy.': '{count} 件の比較を新しいコピーから更新しました。',
  '{count} connections': '{count} 件の接続',
  '{count} new chats': '{count} 件の新しいチャット',
  'Restored {connections} (with API keys) and {chats}.': '{connections}（API キーあり）と {chats} を復元しました。',
  'Restored {connections} (without API keys) and {chats}.': '{connections}（API キーなし）と {chats} を復元しました。',
  'Restored {connections} (without API keys: stored keys were kept) and {chats}.':
    '{connections}（API キーなし：保存済みのキーは保持）と {chats} を復元しました。',
  'Left unchanged because the file differs: {messages} and the title or settings of {count} chats.':
    'ファイルの内容が異なるため変更しませんでした：{messages}、および {count} 件のチャットのタイトルまたは設定。',
  'Left unchanged because the file differs: {messages}.': 'ファイルの内容が異なるため変更しませんでした：{messages}。',
  'Left unchanged because the file differs: the title or settings of {count} chats.':
    'ファイルの内容が異なるため変更しませんでした：{count} 件のチャットのタイトルまたは設定。',
  '{count} chats already here: {messages} added.': '{count} 件のチャットは既にあります：{messages} を追加しました。',
  'The key of {name} was not kept: its address changed to {origin}.':
    '{name} のキーは保持されませんでした：アドレスが {origin} に変わりました。',
  'This file could not be read. Nothing was changed.': 'このファイルを読み込めませんでした。何も変更されていません。',
  'Restoring failed and was undone: {problem} Nothing was changed.':
    '復元に失敗したため元に戻しました：{problem} 何も変更されていません。',
  'That file is not JSON.': 'そのファイルは JSON ではありません。',
  'That file is not a Switchboard comparison.': 'そのファイルは Switchboard の比較ではありません。',
  'That comparison file cannot be read: {problem}': 'その比較ファイルは読み込めません：{problem}',
  'Imported the comparison “{title}”.': '比較「{title}」をインポートしました。',
  '{name} was added, but it did not answer yet ({problem}). Settings can test it.':
    '{name} を追加しましたが、まだ応答がありません（{problem}）。設定でテストできます。',
  'No enabled server offers the link’s model {model}; pick another below.':
    'リンクのモデル {model} を提供する有効なサーバーがありません。下で別のモデルを選んでください。',
  'No enabled server offers the link’s model {model} on {server}; pick another below.':
    '{server} にリンクのモデル {model} を提供する有効なサーバーがありません。下で別のモデルを選んでください。',
  'Set at least one parameter for this chat first': 'まずこのチャットのパラメーターを 1 つ以上設定してください',
  'This browser refused to store the preset': 'このブラウザーはプリセットの保存を拒否しました',
  "The browser's voice failed ({error}).": 'ブラウザーの音声が失敗しました（{error}）。',
  'There is no text to read aloud here.': 'ここには読み上げるテキストがありません。',
  'This browser has no voice of its own; add a speech connection.':
    'このブラウザーには独自の音声がありません。音声の接続を追加してください。',
  'The browser': 'ブラウザー',
  "{server} refused the speech request (HTTP {status}): {said}. Check the connection's API key.":
    '{server} が音声リクエストを拒否しました（HTTP {status}）：{said}。接続の API キーを確認してください。',
  "{server} refused the speech request (HTTP {status}). Check the connection's API key.":
    '{server} が音声リクエストを拒否しました（HTTP {status}）。接続の API キーを確認してください。',
  '{server} has no such speech endpoint or model (HTTP 404): {said}.':
    '{server} にはその音声エンドポイントまたはモデルがありません（HTTP 404）：{said}。',
  '{server} has no such speech endpoint or model (HTTP 404).':
    '{server} にはその音声エンドポイントまたはモデルがありません（HTTP 404）。',
  '{server} could not make speech (HTTP {status}): {said}.':
    '{server} は音声を生成できませんでした（HTTP {status}）：{said}。',
  '{server} could not make speech (HTTP {status}).': '{server} は音声を生成できませんでした（HTTP {status}）。',
  'The browser blocked playback: click Read aloud again.':
    'ブラウザーが再生をブロックしました。もう一度「読み上げ」をクリックしてください。',
  'This browser cannot play the audio {server} sent; try another format.':
    'このブラウザーは {server} が送った音声を再生できません。別の形式を試してください。',
  'Reading aloud failed: {error}': '読み上げに失敗しました：{error}',
  '{server} needs an API key to make speech.': '{server} で音声を生成するには API キーが必要です。',
  'Could not reach {server} for speech: it is not running, or it does not allow requests from this page (CORS).':
    '音声のために {server} に接続できません：起動していないか、このページからのリクエストを許可していません（CORS）。',
  '{server} took too long to make speech.': '{server} の音声生成に時間がかかりすぎました。',
  '{server} sent something that is not audio.': '{server} が音声ではないものを送ってきました。',
  'Reading aloud was stopped.': '読み上げを停止しました。',
  'The server said: “{said}”': 'サーバーの応答：「{said}」',
  'The server refused the audio format (HTTP {status}).{said} Try a file in a format it accepts (WAV or MP3 are the most widely accepted).':
    'サーバーが音声形式を拒否しました（HTTP {status}）。{said} 受け付けられる形式のファイルを試してください（WAV か MP3 が最も広く対応しています）。',
  'The audio is too large for the server (HTTP 413).{said} Record a shorter clip, or raise the server’s upload limit.':
    '音声がサーバーには大きすぎます（HTTP 413）。{said} もっと短く録音するか、サーバーのアップロード上限を上げてください。',
  'The server has no speech-to-text endpoint at this address (HTTP {status}): this connection may not serve transcription, or the model is unknown.{said}':
    'サーバーのこのアドレスには音声認識のエンドポイントがありません（HTTP {status}）：この接続は文字起こしに対応していないか、モデルが不明です。{said}',
  'The server refused the API key (HTTP {status}). Check the key in Settings.':
    'サーバーが API キーを拒否しました（HTTP {status}）。設定でキーを確認してください。',
  'The server did not finish the transcription in time.': 'サーバーが時間内に文字起こしを終えませんでした。',
  'The transcription request did not reach the server (network error or blocked by CORS).':
    '文字起こしのリクエストがサーバーに届きませんでした（ネットワークエラーか CORS によるブロック）。',
  'The server’s reply held no transcription.': 'サーバーの応答に文字起こしが含まれていませんでした。',
  'The server refused the transcription (HTTP {status}).{said}':
    'サーバーが文字起こしを拒否しました（HTTP {status}）。{said}',
  'Microphone permission was denied. Allow the microphone for this site in the browser (the icon beside the address), then press Record voice again.':
    'マイクの使用が拒否されました。ブラウザーでこのサイトのマイクを許可して（アドレスの横のアイコン）、もう一度「音声を録音」を押してください。',
  'No microphone was found. Connect one (or choose one in your system’s sound settings), then try again.':
    'マイクが見つかりません。マイクを接続して（またはシステムのサウンド設定で選んで）、もう一度お試しください。',
  'The microphone could not be started: another program may be using it.':
    'マイクを開始できませんでした：別のプログラムが使用している可能性があります。',
  'This browser cannot record audio on this page (recording needs https or localhost and MediaRecorder).':
    'このブラウザーはこのページで音声を録音できません（録音には https か localhost と MediaRecorder が必要です）。',
  'The recording could not be made or sent.': '録音を作成または送信できませんでした。',
  '{count} migration copies, {size}: records as they were before an upgrade rewrote them (deleting a chat or connection deletes its copies).':
    '{count} 件の移行コピー、{size}：アップグレードで書き換えられる前のレコードです（チャットや接続を削除するとそのコピーも削除されます）。',
  'Failed: unexpected error': '失敗：予期しないエラー',
  'Unreachable · {count} models typed by hand': '到達不能 · 手入力したモデル {count} 件',
  'Model list failed: {cause} · {count} models typed by hand':
    'モデル一覧の取得に失敗：{cause} · 手入力したモデル {count} 件',
  'Online · {count} models': 'オンライン · モデル {count} 件',
  'this server needs an API key': 'このサーバーには API キーが必要です',
  'the server redirects elsewhere (not followed, to keep the API key safe)':
    'サーバーが別の場所へリダイレクトしています（API キーを守るため追従しません）',
  'the address is not a full {http} or {https} URL (nothing was sent)':
    'アドレスが完全な {http} または {https} の URL ではありません（何も送信していません）',
  'no answer in time': '時間内に応答がありません',
  cancelled: 'キャンセルしました',
  'could not connect (server down, or blocked by the browser)':
    '接続できません（サーバーが停止しているか、ブラウザーがブロックしました）',
  'unexpected answer (wrong mode or URL?)': '予期しない応答（モードか URL の誤り？）',
  'HTTP error': 'HTTP エラー',
  'The server reported an error in the middle of the answer': 'サーバーが回答の途中でエラーを報告しました',
  '{problem}. The text received so far is kept.': '{problem}。ここまでに受信したテキストは保持されます。',
  '{count} embedding models': '{count} 件の埋め込みモデル',
  '{count} transcription models': '{count} 件の文字起こしモデル',
  '{count} speech models': '{count} 件の音声モデル',
  chat: 'チャット',
  'embedding (not for chat)': '埋め込み（チャット用ではありません）',
  'speech to text (not for chat)': '音声認識（チャット用ではありません）',
};
