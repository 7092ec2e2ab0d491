// Japanese: the last texts chosen below the UI (record checks, browser models, Ollama warnings, presets). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libRest: Translations = {
  'The download ended at {loaded} of {total}.': 'ダウンロードは {total} のうち {loaded} で終了しました。',
  'The download could not start: the host did not answer or does not allow downloads from this page ({cause}).':
    'ダウンロードを開始できませんでした：ホストが応答しないか、このページからのダウンロードを許可していません（{cause}）。',
  'The server refused the resume ({status}); delete the download and start again.':
    'サーバーが再開を拒否しました（{status}）。ダウンロードを削除して最初からやり直してください。',
  'The server answered {status}.': 'サーバーの応答は {status} でした。',
  'The server sent no file.': 'サーバーはファイルを送信しませんでした。',
  'The connection broke after {loaded} of {total} ({cause}); {kept} are kept and Resume continues from there.':
    '接続は {total} のうち {loaded} の時点で切れました（{cause}）。{kept} は保持され、「再開」でそこから続きます。',
  'The connection broke after {loaded} ({cause}); {kept} are kept and Resume continues from there.':
    '接続は {loaded} の時点で切れました（{cause}）。{kept} は保持され、「再開」でそこから続きます。',
  'A downloaded part went missing; start the download again.':
    'ダウンロード済みの一部が見つかりません。もう一度ダウンロードを開始してください。',
  'The file is {size}; a model in this browser must be one file of at most {max}.':
    'ファイルは {size} です。このブラウザーで使うモデルは {max} 以下の 1 ファイルである必要があります。',
  'The file is {size} but this browser has only {left} of storage left for this site.':
    'ファイルは {size} ですが、このブラウザーにはこのサイト用の空き容量が {left} しかありません。',
  'The model needs about {size} of memory; this device reports {memory}, so a tab can safely hold {safe}.':
    'このモデルには約 {size} のメモリが必要です。このデバイスの報告は {memory} なので、1 つのタブで安全に扱えるのは {safe} です。',
  'This tab ran out of memory for the model. Close other tabs or choose a smaller model; the chat is kept.':
    'このタブでモデル用のメモリが足りなくなりました。ほかのタブを閉じるか、より小さいモデルを選んでください。チャットは保持されます。',
  'The model in this browser failed: {reason}': 'このブラウザーのモデルでエラーが発生しました：{reason}',
  "The engine's worker stopped: {reason}": 'エンジンのワーカーが停止しました：{reason}',
  "{key} is not supported by Ollama's {path} and was not sent":
    '{key} は Ollama の {path} で対応していないため、送信しませんでした',
  'Ollama takes only inline ({kinds}) images; {count} images given by link were not sent':
    'Ollama が受け付けるのは埋め込み（{kinds}）画像だけです。リンクで指定された {count} 枚の画像は送信しませんでした',
  '{at} is not an object.': '{at} はオブジェクトではありません。',
  '{at} has no {field}.': '{at} に {field} がありません。',
  '{field} is empty.': '{field} が空です。',
  '{field} must be one of {values}.': '{field} は次のいずれかである必要があります：{values}。',
  '{field} must be an {http} or {https} address without a user name or password (nor a query or fragment).':
    '{field} はユーザー名やパスワード（クエリやフラグメントも）を含まない {http} または {https} のアドレスである必要があります。',
  '{field} must be true or false.': '{field} は true か false である必要があります。',
  '{at} needs {created} and {updated} times (numbers).': '{at} には {created} と {updated} の時刻（数値）が必要です。',
  '{field} must be a list of text.': '{field} はテキストのリストである必要があります。',
  '{field} must be text.': '{field} はテキストである必要があります。',
  '{field} must be a whole number.': '{field} は整数である必要があります。',
  '{at} was saved by a newer Switchboard (schema {version}); update Switchboard to restore it.':
    '{at} は新しい Switchboard で保存されています（スキーマ {version}）。復元するには Switchboard を更新してください。',
  '{field} must be an object of messages.': '{field} はメッセージのオブジェクトである必要があります。',
  '{field} must be a list.': '{field} はリストである必要があります。',
  '{at} has neither {nodes} nor {messages}.': '{at} には {nodes} も {messages} もありません。',
  '{at} could not be read as a conversation.': '{at} を会話として読み込めませんでした。',
  'entry {n}': '項目 {n}',
  '(unnamed)': '（名前なし）',
  Precise: '正確',
  Balanced: 'バランス',
  Creative: '創造的',
  Person: '人物',
  'List of steps': '手順のリスト',
  Sentiment: '感情',
  '{name} is not a GGUF file (its name should end in {extension}).':
    '{name} は GGUF ファイルではありません（名前は {extension} で終わる必要があります）。',
  '{field} must be {value}.': '{field} は {value} である必要があります。',
  '{field} must name one of its columns.': '{field} はその列のいずれかを指している必要があります。',
  '{field} must be a whole number from 1.': '{field} は 1 以上の整数である必要があります。',
  '{field} must be an assistant message with an id.':
    '{field} は id を持つアシスタントのメッセージである必要があります。',
  '{field} must be a time (number).': '{field} は時刻（数値）である必要があります。',
  '{at} was saved by a newer Switchboard (schema {version}).':
    '{at} は新しい Switchboard で保存されています（スキーマ {version}）。',
  '{field} must be a list of 1 to {max} columns.': '{field} は 1～{max} 個の列のリストである必要があります。',
  '{field} must be an object of runs.': '{field} は実行のオブジェクトである必要があります。',
  '{field} must be text or a list of texts.': '{field} はテキストかテキストのリストである必要があります。',
  '{field} must be a number.': '{field} は数値である必要があります。',
  'its server is no longer in Settings': 'そのサーバーは設定にもうありません',
  'temperature {value}': '温度 {value}',
  'max tokens {value}': '最大トークン数 {value}',
  'own system prompt': '独自のシステムプロンプト',
  '[part {n} of this message is missing]': '[このメッセージのパート {n} が見つかりません]',
};
