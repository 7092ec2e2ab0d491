// Simplified Chinese: text written below the UI — connections (validation, links, parameters). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libCore: Translations = {
  // connections: the form's validation
  'Give the connection a name': '请为连接命名',
  'A connection named "{name}" already exists': '名为“{name}”的连接已存在',
  'This server is already added as "{name}"': '此服务器已添加为“{name}”',
  'First-token timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    '首个令牌超时必须是 0 到 {max} 之间的秒数（0 = 不限制）',
  'Idle timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    '空闲超时必须是 0 到 {max} 之间的秒数（0 = 不限制）',
  'Embeddings timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    '嵌入超时必须是 0 到 {max} 之间的秒数（0 = 不限制）',
  'Speech to text timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    '语音转文字超时必须是 0 到 {max} 之间的秒数（0 = 不限制）',
  'Text to speech timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    '文字转语音超时必须是 0 到 {max} 之间的秒数（0 = 不限制）',
  'Extra parameters are not valid JSON ({error})': '额外参数不是有效的 JSON（{error}）',
  'Extra parameters must be a JSON object, e.g. {example}': '额外参数必须是 JSON 对象，例如 {example}',
  'Enter the server address, e.g. {example}': '请输入服务器地址，例如 {example}',
  '"{address}" is not a valid URL': '“{address}”不是有效的 URL',
  'Only {http} and {https} addresses work here, not {scheme}': '此处只能使用 {http} 和 {https} 地址，不能使用 {scheme}',
  'The address has no host name': '地址中没有主机名',
  '"{host}" is not a usable host name: use letters, digits, dots, hyphens and underscores, or an IP address':
    '“{host}”不是可用的主机名：请使用字母、数字、点、连字符和下划线，或 IP 地址',
  'Remove the user name or password from the address: put an API key in the API key field instead':
    '请从地址中删除用户名或密码：改为在“API 密钥”字段中填写 API 密钥',
  'Remove the query ({query}) and fragment ({fragment}) from the address: put an API key in the API key field instead':
    '请从地址中删除查询（{query}）和片段（{fragment}）：改为在“API 密钥”字段中填写 API 密钥',
  'The host name mixes Latin with Cyrillic or Greek letters, so it can imitate another name; the browser reaches it as {host}.':
    '主机名混用了拉丁字母与西里尔或希腊字母，可能冒充其他名称；浏览器以 {host} 访问它。',
  'The host name has letters outside plain ASCII and can imitate another name; the browser reaches it as {host}.':
    '主机名包含普通 ASCII 以外的字母，可能冒充其他名称；浏览器以 {host} 访问它。',
  // connections: links
  'The link names a server kind this app does not know: {kind}.': '链接指定了本应用不认识的服务器类型：{kind}。',
  'The link names an API mode this app does not know: {mode}.': '链接指定了本应用不认识的 API 模式：{mode}。',
  'The link gives no server address ({param}).': '链接未提供服务器地址（{param}）。',
  'The link’s server address must start with {http} or {https}.': '链接中的服务器地址必须以 {http} 或 {https} 开头。',
  'The link’s server address is refused: {reason}.': '链接中的服务器地址被拒绝：{reason}。',
  'The link’s name is longer than {max} characters.': '链接中的名称超过 {max} 个字符。',
  'This link’s API key or password was ignored: keys are never taken from links.':
    '已忽略此链接中的 API 密钥或密码：从不从链接中获取密钥。',
  'This link was refused, and nothing was stored. {reason}': '此链接被拒绝，未保存任何内容。{reason}',
  'The link is longer than {size} KB, so it was not read.': '链接超过 {size} KB，因此未读取。',
  'The link is not valid percent-encoding.': '链接不是有效的百分号编码。',
  'The link has a parameter this app does not know: {param}.': '链接包含本应用不认识的参数：{param}。',
  'The link gives {param} more than once.': '链接多次提供了 {param}。',
  "The link's {param} is longer than {max} characters.": '链接中的 {param} 超过 {max} 个字符。',
  "The link's {param} holds control characters.": '链接中的 {param} 包含控制字符。',
  // connections: parameters and presets
  Temperature: '温度',
  'Top P': 'Top P',
  'Top K': 'Top K',
  'Min P': 'Min P',
  'Repeat penalty': '重复惩罚',
  'Presence penalty': '存在惩罚',
  'Frequency penalty': '频率惩罚',
  'Max tokens': '最大令牌数',
  Seed: '随机种子',
  'Not part of the OpenAI API; llama.cpp, vLLM, LM Studio and others accept it, a server that does not may ignore or refuse it.':
    '不属于 OpenAI API；llama.cpp、vLLM、LM Studio 等接受它，不支持它的服务器可能会忽略或拒绝它。',
  'The OpenAI API has no such parameter, so it is not sent.': 'OpenAI API 没有此参数，因此不会发送。',
  '{label}: at most {max} (one per line)': '{label}：最多 {max} 个（每行一个）',
  '{label} must be a number': '{label}必须是数字',
  '{label} must be a whole number': '{label}必须是整数',
  '{label} must be between {min} and {max}': '{label}必须在 {min} 到 {max} 之间',
  'From this chat': '来自此聊天',
  'No limit set: the server decides': '未设置限制：由服务器决定',
  'From connection {name}: {value}': '来自连接 {name}：{value}',
  'From the connection: {value}': '来自连接：{value}',
  'Server default ({server}: {value})': '服务器默认值（{server}：{value}）',
  "Server default (the server's own)": '服务器默认值（服务器自身的）',
  'Give the preset a name': '请为预设命名',
  'Keep the name under {max} characters': '名称不得超过 {max} 个字符',
  'A preset named "{name}" already exists': '名为“{name}”的预设已存在',
  Other: '其他',
  'OpenAI-compatible': 'OpenAI 兼容',
};
