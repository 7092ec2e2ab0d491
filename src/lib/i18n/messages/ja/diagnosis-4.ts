// Japanese: diagnosis texts (the connection test checklist). Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const diagnosis4: Translations = {
  'The URL is well formed': 'URL の形式が正しい',
  'This page may call it (mixed content, local network access)':
    'このページから呼び出せる（混在コンテンツ、ローカルネットワークアクセス）',
  'The server answers': 'サーバーが応答する',
  'The server allows this page (CORS)': 'サーバーがこのページを許可している（CORS）',
  'The server accepts our request headers (preflight)':
    'サーバーがこちらのリクエストヘッダーを受け付ける（プリフライト）',
  'The model list can be read': 'モデル一覧を読み取れる',
  'A one-token chat works': '1 トークンのチャットが動作する',
  'The step failed unexpectedly ({error})': 'このステップは予期せず失敗しました（{error}）',
  'The test could not finish': 'テストを完了できませんでした',
  'Not run: an earlier step failed': '未実行：前のステップが失敗しました',
  'Test stopped': 'テストを停止しました',
  'Stopped before "{step}"': '「{step}」の前で停止しました',
  'Not run: the test was stopped': '未実行：テストは停止されました',
  'The connection works': '接続は正常です',
  'Warning: {warning}': '警告：{warning}',
  '{url} is a valid http(s) URL': '{url} は有効な http(s) URL です',
  'No mixed-content or local-network rule blocks this request':
    '混在コンテンツやローカルネットワークのルールでブロックされていません',
  'No valid URL': '有効な URL がありません',
  'No model-list function was given': 'モデル一覧の関数が渡されていません',
  'The server listed {count} models: {names}': { other: 'サーバーは {count} 個のモデルを一覧にしました：{names}' },
  'Chat test not requested': 'チャットテストは要求されていません',
  'No model to try': '試すモデルがありません',
  'A one-token chat with {model} got an answer': '{model} との 1 トークンのチャットに応答がありました',
};
