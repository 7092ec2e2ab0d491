// Simplified Chinese: the last texts chosen below the UI (record checks, browser models, Ollama warnings, presets). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libRest: Translations = {
  'The download ended at {loaded} of {total}.': '下载在 {loaded}/{total} 处结束。',
  'The download could not start: the host did not answer or does not allow downloads from this page ({cause}).':
    '下载无法开始：主机没有响应，或不允许从此页面下载（{cause}）。',
  'The server refused the resume ({status}); delete the download and start again.':
    '服务器拒绝了续传（{status}）；请删除该下载并重新开始。',
  'The server answered {status}.': '服务器返回了 {status}。',
  'The server sent no file.': '服务器没有发送文件。',
  'The connection broke after {loaded} of {total} ({cause}); {kept} are kept and Resume continues from there.':
    '连接在 {loaded}/{total} 后中断（{cause}）；已保留 {kept}，“继续”会从那里接着下载。',
  'The connection broke after {loaded} ({cause}); {kept} are kept and Resume continues from there.':
    '连接在 {loaded} 后中断（{cause}）；已保留 {kept}，“继续”会从那里接着下载。',
  'A downloaded part went missing; start the download again.': '一个已下载的部分丢失了；请重新开始下载。',
  'The file is {size}; a model in this browser must be one file of at most {max}.':
    '文件大小为 {size}；此浏览器中的模型必须是单个文件，且不超过 {max}。',
  'The file is {size} but this browser has only {left} of storage left for this site.':
    '文件大小为 {size}，但此浏览器为本站点只剩 {left} 的存储空间。',
  'The model needs about {size} of memory; this device reports {memory}, so a tab can safely hold {safe}.':
    '该模型大约需要 {size} 内存；此设备报告 {memory}，因此一个标签页可安全容纳 {safe}。',
  'This tab ran out of memory for the model. Close other tabs or choose a smaller model; the chat is kept.':
    '此标签页运行模型时内存不足。请关闭其他标签页或选择更小的模型；聊天已保留。',
  'The model in this browser failed: {reason}': '此浏览器中的模型出错：{reason}',
  "The engine's worker stopped: {reason}": '引擎的 worker 已停止：{reason}',
  "{key} is not supported by Ollama's {path} and was not sent": 'Ollama 的 {path} 不支持 {key}，因此未发送',
  'Ollama takes only inline ({kinds}) images; {count} images given by link were not sent':
    'Ollama 只接受内嵌（{kinds}）图片；{count} 张以链接给出的图片未发送',
  '{at} is not an object.': '{at} 不是对象。',
  '{at} has no {field}.': '{at} 没有 {field}。',
  '{field} is empty.': '{field} 为空。',
  '{field} must be one of {values}.': '{field} 必须是以下之一：{values}。',
  '{field} must be an {http} or {https} address without a user name or password (nor a query or fragment).':
    '{field} 必须是不含用户名或密码（也不含查询或片段）的 {http} 或 {https} 地址。',
  '{field} must be true or false.': '{field} 必须是 true 或 false。',
  '{at} needs {created} and {updated} times (numbers).': '{at} 需要 {created} 和 {updated} 时间（数字）。',
  '{field} must be a list of text.': '{field} 必须是文本列表。',
  '{field} must be text.': '{field} 必须是文本。',
  '{field} must be a whole number.': '{field} 必须是整数。',
  '{at} was saved by a newer Switchboard (schema {version}); update Switchboard to restore it.':
    '{at} 由较新版本的 Switchboard 保存（架构 {version}）；请更新 Switchboard 以恢复它。',
  '{field} must be an object of messages.': '{field} 必须是由消息组成的对象。',
  '{field} must be a list.': '{field} 必须是列表。',
  '{at} has neither {nodes} nor {messages}.': '{at} 既没有 {nodes} 也没有 {messages}。',
  '{at} could not be read as a conversation.': '{at} 无法作为对话读取。',
  'entry {n}': '第 {n} 项',
  '(unnamed)': '（未命名）',
  Precise: '精确',
  Balanced: '均衡',
  Creative: '创意',
  Person: '人物',
  'List of steps': '步骤列表',
  Sentiment: '情感',
  '{name} is not a GGUF file (its name should end in {extension}).':
    '{name} 不是 GGUF 文件（文件名应以 {extension} 结尾）。',
  '{field} must be {value}.': '{field} 必须是 {value}。',
  '{field} must name one of its columns.': '{field} 必须指向它的某一列。',
  '{field} must be a whole number from 1.': '{field} 必须是从 1 开始的整数。',
  '{field} must be an assistant message with an id.': '{field} 必须是带 id 的助手消息。',
  '{field} must be a time (number).': '{field} 必须是时间（数字）。',
  '{at} was saved by a newer Switchboard (schema {version}).': '{at} 由较新版本的 Switchboard 保存（架构 {version}）。',
  '{field} must be a list of 1 to {max} columns.': '{field} 必须是包含 1 到 {max} 列的列表。',
  '{field} must be an object of runs.': '{field} 必须是由运行组成的对象。',
  '{field} must be text or a list of texts.': '{field} 必须是文本或文本列表。',
  '{field} must be a number.': '{field} 必须是数字。',
  'its server is no longer in Settings': '它的服务器已不在设置中',
  'temperature {value}': '温度 {value}',
  'max tokens {value}': '最大令牌数 {value}',
  'own system prompt': '自己的系统提示词',
  '[part {n} of this message is missing]': '[此消息的第 {n} 部分缺失]',
};
