// Simplified Chinese: text written below the UI (storage alerts, imports and restores, speech, statuses), part 2 of 2.
// Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libApp2: Translations = {
  'text to speech (not for chat)': '文字转语音（不用于聊天）',
  'Copy code': '复制代码',
  'The text could not be read as JSON': '无法将文本读取为 JSON',
  '(top level)': '（顶层）',
  '(schema)': '（schema）',
  'The value does not match the schema.': '该值不符合 schema。',
  'This is not allowed here.': '此处不允许这样。',
  '[Part {number} of this answer could not be read.]': '[无法读取此回答的第 {number} 部分。]',
  'The browser has no room left to save your chats (storage quota exceeded).':
    '浏览器没有空间保存你的聊天了（超出存储配额）。',
  'Download this chat now, then free space: delete old chats, export and remove large ones, or clear other sites’ data. Switchboard keeps retrying and saves as soon as there is room.':
    '请立即下载此聊天，然后释放空间：删除旧聊天，导出并移除大的聊天，或清除其他网站的数据。Switchboard 会持续重试，一有空间就保存。',
  'This chat was saved by a newer version of Switchboard, so this version does not overwrite it.':
    '此聊天由较新版本的 Switchboard 保存，因此此版本不会覆盖它。',
  'Reload the page to get the newer version, or download this chat to keep what is on screen.':
    '请重新加载页面以获取较新版本，或下载此聊天以保留屏幕上的内容。',
  'Another Switchboard tab is holding the database open with a different version, so saving is blocked.':
    '另一个 Switchboard 标签页以不同版本打开着数据库，因此保存被阻止。',
  'Close or reload the other Switchboard tabs. Download this chat if you want to be safe; saving retries on its own.':
    '请关闭或重新加载其他 Switchboard 标签页。为安全起见可下载此聊天；保存会自动重试。',
  'This browser does not let Switchboard save anything (storage is off, e.g. a private window or blocked site data).':
    '此浏览器不允许 Switchboard 保存任何内容（存储已关闭，例如隐私窗口或网站数据被阻止）。',
  'Your chat works but lives only in this tab: download it before closing. To keep chats, allow site data for this page or use a normal window.':
    '你的聊天可以使用，但只存在于此标签页中：关闭前请下载。若要保留聊天，请允许此页面的网站数据，或使用普通窗口。',
  'Saving your chat failed.': '保存聊天失败。',
  'Download this chat to keep it. Switchboard keeps retrying.': '请下载此聊天以保留它。Switchboard 会持续重试。',
  'Using {used} of {quota} (under {percent})': '已使用 {used}，共 {quota}（不到 {percent}）',
  'Using {used} of {quota} ({percent})': '已使用 {used}，共 {quota}（{percent}）',
  'This file is nested too deeply to be a Switchboard chat export. Nothing was imported.':
    '此文件嵌套过深，不可能是 Switchboard 聊天导出。未导入任何内容。',
  'This file is not JSON, so it cannot be a Switchboard chat export.':
    '此文件不是 JSON，因此不可能是 Switchboard 聊天导出。',
  'This is not a Switchboard chat export (expected {field}).': '这不是 Switchboard 聊天导出（应为 {field}）。',
  'This export has no valid {field}.': '此导出没有有效的 {field}。',
  'This export is version {version}, made by a newer Switchboard; this one reads version {supported}. Update Switchboard to import it.':
    '此导出为版本 {version}，由较新的 Switchboard 生成；此版本读取版本 {supported}。请更新 Switchboard 后再导入。',
  'This export has no {field} list.': '此导出没有 {field} 列表。',
  'None of the conversations in this export could be read: {reasons}.': '此导出中的对话都无法读取：{reasons}。',
  "This backup's {field} is not a list.": '此备份的 {field} 不是列表。',
  '{entry} has the same id as an earlier comparison.': '{entry} 与之前的一个对比 id 相同。',
  'This file is nested too deeply to be a Switchboard connections file. Nothing was imported.':
    '此文件嵌套过深，不可能是 Switchboard 连接文件。未导入任何内容。',
  'This file is not JSON.': '此文件不是 JSON。',
  'This is not a Switchboard connections file (expected {field}).': '这不是 Switchboard 连接文件（应为 {field}）。',
  'This file comes from a newer Switchboard; update the app to import it.':
    '此文件来自较新的 Switchboard；请更新应用后再导入。',
  '{field} is not an address Switchboard can use.': '{field} 不是 Switchboard 可用的地址。',
  'This image is not a PNG, JPEG, WebP, GIF or BMP image.': '此图片不是 PNG、JPEG、WebP、GIF 或 BMP 图片。',
  '{name} is not a PNG, JPEG, WebP, GIF or BMP image.': '{name} 不是 PNG、JPEG、WebP、GIF 或 BMP 图片。',
  '{count} MB': '{count} MB',
  'This image is over {limit}; pick a smaller image.': '此图片超过 {limit}；请选择更小的图片。',
  '{name} is over {limit}; pick a smaller image.': '{name} 超过 {limit}；请选择更小的图片。',
  'This image could not be read as an image.': '此图片无法作为图片读取。',
  '{name} could not be read as an image.': '{name} 无法作为图片读取。',
  'This image could not be resized (no canvas).': '此图片无法缩放（没有 canvas）。',
  '{name} could not be resized (no canvas).': '{name} 无法缩放（没有 canvas）。',
  'This image could not be resized.': '此图片无法缩放。',
  '{name} could not be resized.': '{name} 无法缩放。',
  'This file is empty, so it is not a Switchboard backup. Nothing was changed.':
    '此文件为空，因此不是 Switchboard 备份。未做任何更改。',
  'This file is {size}; backups over {limit} are not restored. Nothing was changed.':
    '此文件大小为 {size}；超过 {limit} 的备份不会恢复。未做任何更改。',
  '{entry} has an API key, but the file says it includes none ({field}).':
    '{entry} 带有 API 密钥，但文件声明不包含密钥（{field}）。',
  'Two connections share the id {id}.': '两个连接共用 id {id}。',
  'Two conversations share the id {id}.': '两个对话共用 id {id}。',
  'This file is not JSON, so it is not a Switchboard backup. Nothing was changed.':
    '此文件不是 JSON，因此不是 Switchboard 备份。未做任何更改。',
  '{problem} Nothing was changed.': '{problem} 未做任何更改。',
  'This file is not a Switchboard backup (expected a JSON object).': '此文件不是 Switchboard 备份（应为 JSON 对象）。',
  'This is a chats export, not a full backup: import it with “Import” in the chat list.':
    '这是聊天导出，不是完整备份：请在聊天列表中用“导入”导入它。',
  'This is a connections export, not a full backup: use “Import connections”.':
    '这是连接导出，不是完整备份：请使用“导入连接”。',
  'This is not a Switchboard backup (expected {field}).': '这不是 Switchboard 备份（应为 {field}）。',
  'This backup has no valid {field}.': '此备份没有有效的 {field}。',
  'This backup is version {version}, made by a newer Switchboard; this one restores version {supported}. Update Switchboard to restore it.':
    '此备份为版本 {version}，由较新的 Switchboard 生成；此版本恢复版本 {supported}。请更新 Switchboard 后再恢复。',
  'This backup has no {field} time.': '此备份没有 {field} 时间。',
  'This backup does not say whether it includes API keys ({field}).': '此备份未说明是否包含 API 密钥（{field}）。',
  'This backup has no {field} list.': '此备份没有 {field} 列表。',
  '{reasons}; and {count} more': '{reasons}；另有 {count} 个',
  '{count} were already here': '{count} 个已存在',
  '{count} were not valid ({reasons})': '{count} 个无效（{reasons}）',
  'The file holds no chats.': '该文件不含聊天。',
  'The file holds no connections.': '该文件不含连接。',
  'The file holds no comparisons.': '该文件不含对比。',
  'Imported {count} chats.': '已导入 {count} 个聊天。',
  'Imported {count} connections.': '已导入 {count} 个连接。',
  'Imported {count} comparisons.': '已导入 {count} 个对比。',
  'Imported {imported} of {count} chats: {details}.': '已导入 {imported} / {count} 个聊天：{details}。',
  'Imported {imported} of {count} connections: {details}.': '已导入 {imported} / {count} 个连接：{details}。',
  'Imported {imported} of {count} comparisons: {details}.': '已导入 {imported} / {count} 个对比：{details}。',
  '0 imported: {details}.': '已导入 0 个：{details}。',
  '{name}: PDFs cannot be attached yet; copy its text into the message instead.':
    '{name}：暂不能附加 PDF；请将其文本复制到消息中。',
  '{name}: only images and text files (such as {examples} or source code) can be attached.':
    '{name}：只能附加图片和文本文件（如 {examples} 或源代码）。',
  '{name} is {size} KB; text files up to {limit} KB can be attached.':
    '{name} 大小为 {size} KB；可附加不超过 {limit} KB 的文本文件。',
};
