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
};
