// Simplified Chinese: text written below the UI (storage alerts, imports and restores, speech, statuses), part 1 of 2.
// Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libApp: Translations = {
  '{name} could not be read.': '无法读取 {name}。',
  '{count} messages': '{count} 条消息',
  '{count} comparisons updated from a newer copy.': '{count} 个对比已根据较新的副本更新。',
  '{count} connections': '{count} 个连接',
  '{count} new chats': '{count} 个新聊天',
  'Restored {connections} (with API keys) and {chats}.': '已恢复 {connections}（含 API 密钥）和 {chats}。',
  'Restored {connections} (without API keys) and {chats}.': '已恢复 {connections}（不含 API 密钥）和 {chats}。',
  'Restored {connections} (without API keys: stored keys were kept) and {chats}.':
    '已恢复 {connections}（不含 API 密钥：已保留存储的密钥）和 {chats}。',
  'Left unchanged because the file differs: {messages} and the title or settings of {count} chats.':
    '因文件内容不同而保持不变：{messages}，以及 {count} 个聊天的标题或设置。',
  'Left unchanged because the file differs: {messages}.': '因文件内容不同而保持不变：{messages}。',
  'Left unchanged because the file differs: the title or settings of {count} chats.':
    '因文件内容不同而保持不变：{count} 个聊天的标题或设置。',
  '{count} chats already here: {messages} added.': '{count} 个聊天已存在：添加了 {messages}。',
  'The key of {name} was not kept: its address changed to {origin}.': '{name} 的密钥未保留：其地址已改为 {origin}。',
  'This file could not be read. Nothing was changed.': '无法读取此文件。未做任何更改。',
  'Restoring failed and was undone: {problem} Nothing was changed.': '恢复失败，已撤销：{problem} 未做任何更改。',
  'That file is not JSON.': '该文件不是 JSON。',
  'That file is not a Switchboard comparison.': '该文件不是 Switchboard 对比。',
  'That comparison file cannot be read: {problem}': '无法读取该对比文件：{problem}',
  'Imported the comparison “{title}”.': '已导入对比“{title}”。',
  '{name} was added, but it did not answer yet ({problem}). Settings can test it.':
    '已添加 {name}，但它尚未响应（{problem}）。可以在设置中测试它。',
  'No enabled server offers the link’s model {model}; pick another below.':
    '没有已启用的服务器提供链接中的模型 {model}；请在下方选择其他模型。',
  'No enabled server offers the link’s model {model} on {server}; pick another below.':
    '在 {server} 上没有已启用的服务器提供链接中的模型 {model}；请在下方选择其他模型。',
  'Set at least one parameter for this chat first': '请先为此聊天设置至少一个参数',
  'This browser refused to store the preset': '此浏览器拒绝保存该预设',
  "The browser's voice failed ({error}).": '浏览器语音失败（{error}）。',
  'There is no text to read aloud here.': '这里没有可朗读的文本。',
  'This browser has no voice of its own; add a speech connection.': '此浏览器没有自带语音；请添加一个语音连接。',
  'The browser': '浏览器',
  "{server} refused the speech request (HTTP {status}): {said}. Check the connection's API key.":
    '{server} 拒绝了语音请求（HTTP {status}）：{said}。请检查该连接的 API 密钥。',
  "{server} refused the speech request (HTTP {status}). Check the connection's API key.":
    '{server} 拒绝了语音请求（HTTP {status}）。请检查该连接的 API 密钥。',
  '{server} has no such speech endpoint or model (HTTP 404): {said}.':
    '{server} 没有这个语音端点或模型（HTTP 404）：{said}。',
  '{server} has no such speech endpoint or model (HTTP 404).': '{server} 没有这个语音端点或模型（HTTP 404）。',
  '{server} could not make speech (HTTP {status}): {said}.': '{server} 无法生成语音（HTTP {status}）：{said}。',
  '{server} could not make speech (HTTP {status}).': '{server} 无法生成语音（HTTP {status}）。',
  'The browser blocked playback: click Read aloud again.': '浏览器阻止了播放：请再次点击“朗读”。',
  'This browser cannot play the audio {server} sent; try another format.':
    '此浏览器无法播放 {server} 发送的音频；请尝试其他格式。',
  'Reading aloud failed: {error}': '朗读失败：{error}',
  '{server} needs an API key to make speech.': '{server} 需要 API 密钥才能生成语音。',
  'Could not reach {server} for speech: it is not running, or it does not allow requests from this page (CORS).':
    '无法连接 {server} 生成语音：它未运行，或不允许来自此页面的请求（CORS）。',
  '{server} took too long to make speech.': '{server} 生成语音耗时过长。',
  '{server} sent something that is not audio.': '{server} 发送的内容不是音频。',
  'Reading aloud was stopped.': '朗读已停止。',
  'The server said: “{said}”': '服务器返回：“{said}”',
  'The server refused the audio format (HTTP {status}).{said} Try a file in a format it accepts (WAV or MP3 are the most widely accepted).':
    '服务器拒绝了该音频格式（HTTP {status}）。{said} 请尝试它接受的格式的文件（WAV 或 MP3 最广泛支持）。',
  'The audio is too large for the server (HTTP 413).{said} Record a shorter clip, or raise the server’s upload limit.':
    '音频对服务器来说太大（HTTP 413）。{said} 请录制更短的片段，或提高服务器的上传限制。',
  'The server has no speech-to-text endpoint at this address (HTTP {status}): this connection may not serve transcription, or the model is unknown.{said}':
    '服务器在此地址没有语音转文字端点（HTTP {status}）：此连接可能不提供转录，或模型未知。{said}',
  'The server refused the API key (HTTP {status}). Check the key in Settings.':
    '服务器拒绝了 API 密钥（HTTP {status}）。请在设置中检查密钥。',
  'The server did not finish the transcription in time.': '服务器未能及时完成转录。',
  'The transcription request did not reach the server (network error or blocked by CORS).':
    '转录请求未到达服务器（网络错误或被 CORS 阻止）。',
  'The server’s reply held no transcription.': '服务器的回复中没有转录内容。',
  'The server refused the transcription (HTTP {status}).{said}': '服务器拒绝了转录（HTTP {status}）。{said}',
  'Microphone permission was denied. Allow the microphone for this site in the browser (the icon beside the address), then press Record voice again.':
    '麦克风权限被拒绝。请在浏览器中允许此网站使用麦克风（地址旁的图标），然后再次按“录音”。',
  'No microphone was found. Connect one (or choose one in your system’s sound settings), then try again.':
    '未找到麦克风。请连接一个（或在系统声音设置中选择一个），然后重试。',
  'The microphone could not be started: another program may be using it.': '无法启动麦克风：可能有其他程序正在使用它。',
  'This browser cannot record audio on this page (recording needs https or localhost and MediaRecorder).':
    '此浏览器无法在此页面录制音频（录音需要 https 或 localhost 以及 MediaRecorder）。',
  'The recording could not be made or sent.': '无法完成或发送录音。',
  '{count} migration copies, {size}: records as they were before an upgrade rewrote them (deleting a chat or connection deletes its copies).':
    '{count} 个迁移副本，{size}：升级改写之前的记录原样（删除聊天或连接会同时删除其副本）。',
  'Failed: unexpected error': '失败：意外错误',
  'Unreachable · {count} models typed by hand': '无法访问 · {count} 个手动输入的模型',
  'Model list failed: {cause} · {count} models typed by hand': '模型列表失败：{cause} · {count} 个手动输入的模型',
  'Online · {count} models': '在线 · {count} 个模型',
  'this server needs an API key': '此服务器需要 API 密钥',
  'the server redirects elsewhere (not followed, to keep the API key safe)':
    '服务器重定向到别处（为保护 API 密钥而未跟随）',
  'the address is not a full {http} or {https} URL (nothing was sent)':
    '该地址不是完整的 {http} 或 {https} URL（未发送任何内容）',
  'no answer in time': '未及时响应',
  cancelled: '已取消',
  'could not connect (server down, or blocked by the browser)': '无法连接（服务器已关闭，或被浏览器阻止）',
  'unexpected answer (wrong mode or URL?)': '意外的响应（模式或 URL 错误？）',
  'HTTP error': 'HTTP 错误',
  'The server reported an error in the middle of the answer': '服务器在回答中途报告了错误',
  '{problem}. The text received so far is kept.': '{problem}。已保留目前收到的文本。',
  '{count} embedding models': '{count} 个嵌入模型',
  '{count} transcription models': '{count} 个转录模型',
  '{count} speech models': '{count} 个语音模型',
  chat: '聊天',
  'embedding (not for chat)': '嵌入（不用于聊天）',
  'speech to text (not for chat)': '语音转文字（不用于聊天）',
};
