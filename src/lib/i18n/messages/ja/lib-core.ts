// Japanese: text written below the UI — connections (validation, links, parameters). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const libCore: Translations = {
  // connections: the form's validation
  'Give the connection a name': '接続に名前を付けてください',
  'A connection named "{name}" already exists': '「{name}」という名前の接続はすでにあります',
  'This server is already added as "{name}"': 'このサーバーは「{name}」としてすでに追加されています',
  'First-token timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    '最初のトークンのタイムアウトは 0〜{max} の秒数にしてください（0 = 制限なし）',
  'Idle timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    'アイドルタイムアウトは 0〜{max} の秒数にしてください（0 = 制限なし）',
  'Embeddings timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    '埋め込みのタイムアウトは 0〜{max} の秒数にしてください（0 = 制限なし）',
  'Speech to text timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    '音声テキスト変換のタイムアウトは 0〜{max} の秒数にしてください（0 = 制限なし）',
  'Text to speech timeout must be a number of seconds from 0 to {max} (0 = no limit)':
    '音声合成のタイムアウトは 0〜{max} の秒数にしてください（0 = 制限なし）',
  'Extra parameters are not valid JSON ({error})': '追加パラメーターが有効な JSON ではありません（{error}）',
  'Extra parameters must be a JSON object, e.g. {example}':
    '追加パラメーターは JSON オブジェクトにしてください（例: {example}）',
  'Enter the server address, e.g. {example}': 'サーバーのアドレスを入力してください（例: {example}）',
  '"{address}" is not a valid URL': '「{address}」は有効な URL ではありません',
  'Only {http} and {https} addresses work here, not {scheme}':
    'ここで使えるのは {http} と {https} のアドレスだけです（{scheme} は使えません）',
  'The address has no host name': 'アドレスにホスト名がありません',
  '"{host}" is not a usable host name: use letters, digits, dots, hyphens and underscores, or an IP address':
    '「{host}」は使えるホスト名ではありません。英字、数字、ドット、ハイフン、アンダースコア、または IP アドレスを使ってください',
  'Remove the user name or password from the address: put an API key in the API key field instead':
    'アドレスからユーザー名またはパスワードを削除してください。代わりに API キーを「API キー」欄に入力してください',
  'Remove the query ({query}) and fragment ({fragment}) from the address: put an API key in the API key field instead':
    'アドレスからクエリ（{query}）とフラグメント（{fragment}）を削除してください。代わりに API キーを「API キー」欄に入力してください',
  'The host name mixes Latin with Cyrillic or Greek letters, so it can imitate another name; the browser reaches it as {host}.':
    'ホスト名にラテン文字とキリル文字またはギリシャ文字が混在しているため、別の名前を装える可能性があります。ブラウザーは {host} としてアクセスします。',
  'The host name has letters outside plain ASCII and can imitate another name; the browser reaches it as {host}.':
    'ホスト名に通常の ASCII 以外の文字が含まれているため、別の名前を装える可能性があります。ブラウザーは {host} としてアクセスします。',
  // connections: links
  'The link names a server kind this app does not know: {kind}.':
    'リンクに、このアプリが知らないサーバーの種類が指定されています: {kind}。',
  'The link names an API mode this app does not know: {mode}.':
    'リンクに、このアプリが知らない API モードが指定されています: {mode}。',
  'The link gives no server address ({param}).': 'リンクにサーバーのアドレス（{param}）がありません。',
  'The link’s server address must start with {http} or {https}.':
    'リンクのサーバーアドレスは {http} または {https} で始まる必要があります。',
  'The link’s server address is refused: {reason}.': 'リンクのサーバーアドレスは拒否されました: {reason}。',
  'The link’s name is longer than {max} characters.': 'リンクの名前が {max} 文字を超えています。',
  'This link’s API key or password was ignored: keys are never taken from links.':
    'このリンクの API キーまたはパスワードは無視されました。キーがリンクから取り込まれることはありません。',
  'This link was refused, and nothing was stored. {reason}': 'このリンクは拒否され、何も保存されていません。{reason}',
  'The link is longer than {size} KB, so it was not read.':
    'リンクが {size} KB を超えているため、読み込まれませんでした。',
  'The link is not valid percent-encoding.': 'リンクが有効なパーセントエンコーディングではありません。',
  'The link has a parameter this app does not know: {param}.':
    'リンクに、このアプリが知らないパラメーターがあります: {param}。',
  'The link gives {param} more than once.': 'リンクに {param} が複数回指定されています。',
  "The link's {param} is longer than {max} characters.": 'リンクの {param} が {max} 文字を超えています。',
  "The link's {param} holds control characters.": 'リンクの {param} に制御文字が含まれています。',
  // connections: parameters and presets
  Temperature: '温度',
  'Top P': 'Top P',
  'Top K': 'Top K',
  'Min P': 'Min P',
  'Repeat penalty': '繰り返しペナルティ',
  'Presence penalty': '存在ペナルティ',
  'Frequency penalty': '頻度ペナルティ',
  'Max tokens': '最大トークン数',
  Seed: 'シード',
  'Not part of the OpenAI API; llama.cpp, vLLM, LM Studio and others accept it, a server that does not may ignore or refuse it.':
    'OpenAI API にはありません。llama.cpp、vLLM、LM Studio などは受け付けますが、対応しないサーバーは無視または拒否することがあります。',
  'The OpenAI API has no such parameter, so it is not sent.':
    'OpenAI API にはこのパラメーターがないため、送信されません。',
  '{label}: at most {max} (one per line)': '{label}: 最大 {max} 個（1 行に 1 つ）',
  '{label} must be a number': '{label}は数値にしてください',
  '{label} must be a whole number': '{label}は整数にしてください',
  '{label} must be between {min} and {max}': '{label}は {min}〜{max} の範囲にしてください',
  'From this chat': 'このチャットの設定',
  'No limit set: the server decides': '制限なし: サーバーが決めます',
  'From connection {name}: {value}': '接続 {name} の設定: {value}',
  'From the connection: {value}': '接続の設定: {value}',
  'Server default ({server}: {value})': 'サーバーの既定値（{server}: {value}）',
  "Server default (the server's own)": 'サーバーの既定値（サーバー独自）',
  'Give the preset a name': 'プリセットに名前を付けてください',
  'Keep the name under {max} characters': '名前は {max} 文字未満にしてください',
  'A preset named "{name}" already exists': '「{name}」という名前のプリセットはすでにあります',
  Other: 'その他',
  'OpenAI-compatible': 'OpenAI 互換',
};
