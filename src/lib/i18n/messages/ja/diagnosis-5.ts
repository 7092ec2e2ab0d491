// Japanese: diagnosis texts (guessing the server kind). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis5: Translations = {
  '{url} answered "{text}", which is what {server} does':
    '{url} は「{text}」と応答しました。これは {server} の応答です',
  '{url} answered with a version number, which is what {server} does':
    '{url} はバージョン番号で応答しました。これは {server} の応答です',
  '{url} sent "{header}", which is what {server} does': '{url} は「{header}」を送りました。これは {server} の応答です',
  "{url} answered KoboldCpp's unknown-endpoint text, which is what {server} does":
    '{url} は KoboldCpp の「不明なエンドポイント」の文言で応答しました。これは {server} の応答です',
  '{url} lists models owned by "{owner}", which is what {server} does':
    '{url} は所有者が「{owner}」のモデルを一覧にしています。これは {server} の応答です',
  '{url} returned both an Ollama and an OpenAI model list, which is what {server} does':
    '{url} は Ollama と OpenAI の両方の形式のモデル一覧を返しました。これは {server} の応答です',
  '{url} lists models with canonical slugs, which is what {server} does':
    '{url} は正規スラッグ付きのモデルを一覧にしています。これは {server} の応答です',
  "{host} is OpenAI's API host": '{host} は OpenAI の API ホストです',
  "{host} is OpenRouter's host": '{host} は OpenRouter のホストです',
  "Port {port} is {server}'s default port": 'ポート {port} は {server} の既定のポートです',
};
