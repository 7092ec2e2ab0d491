// Japanese: text written below the UI (storage alerts, imports and restores, speech, statuses), part 2 of 2.
// Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libApp2: Translations = {
  'text to speech (not for chat)': '音声合成（チャット用ではありません）',
  'Copy code': 'コードをコピー',
  'The text could not be read as JSON': 'テキストを JSON として読み込めませんでした',
  '(top level)': '（最上位）',
  '(schema)': '（スキーマ）',
  'The value does not match the schema.': '値がスキーマに一致しません。',
  'This is not allowed here.': 'ここでは許可されていません。',
  '[Part {number} of this answer could not be read.]': '[この回答のパート {number} を読み込めませんでした。]',
  'The browser has no room left to save your chats (storage quota exceeded).':
    'ブラウザーにチャットを保存する空き容量がありません（ストレージの割り当てを超過しました）。',
  'Download this chat now, then free space: delete old chats, export and remove large ones, or clear other sites’ data. Switchboard keeps retrying and saves as soon as there is room.':
    '今すぐこのチャットをダウンロードしてから空き容量を作ってください：古いチャットを削除する、大きなチャットをエクスポートして削除する、または他のサイトのデータを消去します。Switchboard は再試行を続け、空きができ次第保存します。',
  'This chat was saved by a newer version of Switchboard, so this version does not overwrite it.':
    'このチャットは新しいバージョンの Switchboard で保存されたため、このバージョンでは上書きしません。',
  'Reload the page to get the newer version, or download this chat to keep what is on screen.':
    'ページを再読み込みして新しいバージョンを取得するか、このチャットをダウンロードして画面の内容を保存してください。',
  'Another Switchboard tab is holding the database open with a different version, so saving is blocked.':
    '別の Switchboard タブが異なるバージョンでデータベースを開いているため、保存がブロックされています。',
  'Close or reload the other Switchboard tabs. Download this chat if you want to be safe; saving retries on its own.':
    '他の Switchboard タブを閉じるか再読み込みしてください。念のためこのチャットをダウンロードしてください。保存は自動的に再試行されます。',
  'This browser does not let Switchboard save anything (storage is off, e.g. a private window or blocked site data).':
    'このブラウザーは Switchboard に何も保存させません（ストレージが無効です。例：プライベートウィンドウやサイトデータのブロック）。',
  'Your chat works but lives only in this tab: download it before closing. To keep chats, allow site data for this page or use a normal window.':
    'チャットは使えますが、このタブの中にしかありません。閉じる前にダウンロードしてください。チャットを残すには、このページのサイトデータを許可するか、通常のウィンドウを使ってください。',
  'Saving your chat failed.': 'チャットの保存に失敗しました。',
  'Download this chat to keep it. Switchboard keeps retrying.':
    'このチャットを残すにはダウンロードしてください。Switchboard は再試行を続けます。',
  'Using {used} of {quota} (under {percent})': '{quota} 中 {used} を使用（{percent} 未満）',
  'Using {used} of {quota} ({percent})': '{quota} 中 {used} を使用（{percent}）',
  'This file is nested too deeply to be a Switchboard chat export. Nothing was imported.':
    'このファイルは入れ子が深すぎるため、Switchboard のチャットのエクスポートではありません。何もインポートしていません。',
  'This file is not JSON, so it cannot be a Switchboard chat export.':
    'このファイルは JSON ではないため、Switchboard のチャットのエクスポートではありません。',
  'This is not a Switchboard chat export (expected {field}).':
    'これは Switchboard のチャットのエクスポートではありません（{field} が必要です）。',
  'This export has no valid {field}.': 'このエクスポートには有効な {field} がありません。',
  'This export is version {version}, made by a newer Switchboard; this one reads version {supported}. Update Switchboard to import it.':
    'このエクスポートはバージョン {version} で、新しい Switchboard で作成されました。このバージョンが読めるのはバージョン {supported} です。インポートするには Switchboard を更新してください。',
  'This export has no {field} list.': 'このエクスポートには {field} リストがありません。',
  'None of the conversations in this export could be read: {reasons}.':
    'このエクスポートの会話はどれも読み込めませんでした：{reasons}。',
  "This backup's {field} is not a list.": 'このバックアップの {field} はリストではありません。',
  '{entry} has the same id as an earlier comparison.': '{entry} は前の比較と同じ id です。',
  'This file is nested too deeply to be a Switchboard connections file. Nothing was imported.':
    'このファイルは入れ子が深すぎるため、Switchboard の接続ファイルではありません。何もインポートしていません。',
  'This file is not JSON.': 'このファイルは JSON ではありません。',
  'This is not a Switchboard connections file (expected {field}).':
    'これは Switchboard の接続ファイルではありません（{field} が必要です）。',
  'This file comes from a newer Switchboard; update the app to import it.':
    'このファイルは新しい Switchboard のものです。インポートするにはアプリを更新してください。',
  '{field} is not an address Switchboard can use.': '{field} は Switchboard が使えるアドレスではありません。',
  'This image is not a PNG, JPEG, WebP, GIF or BMP image.':
    'この画像は PNG、JPEG、WebP、GIF、BMP のいずれの画像でもありません。',
  '{name} is not a PNG, JPEG, WebP, GIF or BMP image.':
    '{name} は PNG、JPEG、WebP、GIF、BMP のいずれの画像でもありません。',
  '{count} MB': '{count} MB',
  'This image is over {limit}; pick a smaller image.':
    'この画像は {limit} を超えています。もっと小さい画像を選んでください。',
  '{name} is over {limit}; pick a smaller image.':
    '{name} は {limit} を超えています。もっと小さい画像を選んでください。',
  'This image could not be read as an image.': 'この画像を画像として読み込めませんでした。',
  '{name} could not be read as an image.': '{name} を画像として読み込めませんでした。',
  'This image could not be resized (no canvas).': 'この画像を縮小できませんでした（canvas がありません）。',
  '{name} could not be resized (no canvas).': '{name} を縮小できませんでした（canvas がありません）。',
  'This image could not be resized.': 'この画像を縮小できませんでした。',
  '{name} could not be resized.': '{name} を縮小できませんでした。',
  'This file is empty, so it is not a Switchboard backup. Nothing was changed.':
    'このファイルは空なので、Switchboard のバックアップではありません。何も変更されていません。',
  'This file is {size}; backups over {limit} are not restored. Nothing was changed.':
    'このファイルは {size} です。{limit} を超えるバックアップは復元しません。何も変更されていません。',
  '{entry} has an API key, but the file says it includes none ({field}).':
    '{entry} には API キーがありますが、ファイルにはキーを含まないと書かれています（{field}）。',
  'Two connections share the id {id}.': '2 つの接続が同じ id {id} を使っています。',
  'Two conversations share the id {id}.': '2 つの会話が同じ id {id} を使っています。',
  'This file is not JSON, so it is not a Switchboard backup. Nothing was changed.':
    'このファイルは JSON ではないため、Switchboard のバックアップではありません。何も変更されていません。',
  '{problem} Nothing was changed.': '{problem} 何も変更されていません。',
  'This file is not a Switchboard backup (expected a JSON object).':
    'このファイルは Switchboard のバックアップではありません（JSON オブジェクトが必要です）。',
  'This is a chats export, not a full backup: import it with “Import” in the chat list.':
    'これはチャットのエクスポートで、完全なバックアップではありません。チャット一覧の「読み込む」でインポートしてください。',
  'This is a connections export, not a full backup: use “Import connections”.':
    'これは接続のエクスポートで、完全なバックアップではありません。「接続をインポート」を使ってください。',
  'This is not a Switchboard backup (expected {field}).':
    'これは Switchboard のバックアップではありません（{field} が必要です）。',
  'This backup has no valid {field}.': 'このバックアップには有効な {field} がありません。',
  'This backup is version {version}, made by a newer Switchboard; this one restores version {supported}. Update Switchboard to restore it.':
    'このバックアップはバージョン {version} で、新しい Switchboard で作成されました。このバージョンが復元できるのはバージョン {supported} です。復元するには Switchboard を更新してください。',
  'This backup has no {field} time.': 'このバックアップには {field} の時刻がありません。',
  'This backup does not say whether it includes API keys ({field}).':
    'このバックアップには API キーを含むかどうかが書かれていません（{field}）。',
  'This backup has no {field} list.': 'このバックアップには {field} リストがありません。',
  '{reasons}; and {count} more': '{reasons}、ほか {count} 件',
  '{count} were already here': '{count} 件は既にありました',
  '{count} were not valid ({reasons})': '{count} 件は無効でした（{reasons}）',
  'The file holds no chats.': 'ファイルにチャットがありません。',
  'The file holds no connections.': 'ファイルに接続がありません。',
  'The file holds no comparisons.': 'ファイルに比較がありません。',
  'Imported {count} chats.': '{count} 件のチャットをインポートしました。',
  'Imported {count} connections.': '{count} 件の接続をインポートしました。',
  'Imported {count} comparisons.': '{count} 件の比較をインポートしました。',
  'Imported {imported} of {count} chats: {details}.':
    '{count} 件中 {imported} 件のチャットをインポートしました：{details}。',
  'Imported {imported} of {count} connections: {details}.':
    '{count} 件中 {imported} 件の接続をインポートしました：{details}。',
  'Imported {imported} of {count} comparisons: {details}.':
    '{count} 件中 {imported} 件の比較をインポートしました：{details}。',
  '0 imported: {details}.': '0 件をインポート：{details}。',
  '{name}: PDFs cannot be attached yet; copy its text into the message instead.':
    '{name}：PDF はまだ添付できません。代わりにテキストをメッセージにコピーしてください。',
  '{name}: only images and text files (such as {examples} or source code) can be attached.':
    '{name}：添付できるのは画像とテキストファイル（{examples}、ソースコードなど）だけです。',
  '{name} is {size} KB; text files up to {limit} KB can be attached.':
    '{name} は {size} KB です。添付できるテキストファイルは {limit} KB までです。',
};
