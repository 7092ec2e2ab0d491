// Japanese: the embeddings workbench. Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const embeddings: Translations = {
  'Run the texts first.': '先にテキストを実行してください。',
  'The query could not be embedded.': 'クエリを埋め込みにできませんでした。',
  'Texts, one per line': 'テキスト（1 行に 1 つ）',
  'Load a file': 'ファイルを読み込む',
  '{count} texts': '{count} 件のテキスト',
  'Embedding model': '埋め込みモデル',
  'Another model on {server}…': '{server} 上の別のモデル…',
  'Dimensions (optional)': '次元数（任意）',
  'Texts per request': '1 リクエストあたりのテキスト数',
  'No enabled connection: add one in Settings.': '有効な接続がありません。設定で追加してください。',
  Run: '実行',
  'Embedding progress': '埋め込みの進行状況',
  '{done} of {total} texts': '{done} / {total} 件のテキスト',
  'Cancelled: {done} of {total} texts were embedded before you cancelled; the results below are for those.':
    'キャンセルしました: キャンセル前に {total} 件中 {done} 件のテキストが埋め込まれました。下の結果はそれらについてのものです。',
  'The server said: {message}': 'サーバーの応答: {message}',
  '{count} texts were embedded before the failure.': '失敗の前に {count} 件のテキストが埋め込まれました。',
  'Diagnosis: {title}': '診断: {title}',
  Dimensions: '次元数',
  'Texts embedded': '埋め込んだテキスト',
  'Time per batch (median)': 'バッチあたりの時間（中央値）',
  '{time} over {count} batches': '{time}（{count} バッチ）',
  'Export JSON': 'JSON をエクスポート',
  'Export CSV': 'CSV をエクスポート',
  'Nearest to a query': 'クエリに最も近いもの',
  'Query text': 'クエリテキスト',
  'Searching…': '検索中…',
  'Find nearest': '最も近いものを探す',
  'Nearest texts': '最も近いテキスト',
  'Cosine similarity': 'コサイン類似度',
  'Heatmap of the cosine similarity of {count} texts': '{count} 件のテキストのコサイン類似度のヒートマップ',
  'Row and column i stand for text i (the first {count} of {total} texts); dark blue is 0 or less, bright yellow is 1 (the same text).':
    '行 i と列 i はテキスト i を表します（{total} 件中最初の {count} 件）。濃い青は 0 以下、明るい黄色は 1（同じテキスト）です。',
  'Row and column i stand for text i; dark blue is 0 or less, bright yellow is 1 (the same text).':
    '行 i と列 i はテキスト i を表します。濃い青は 0 以下、明るい黄色は 1（同じテキスト）です。',
  'Most similar: “{a}” and “{b}” ({score}). Least similar: “{c}” and “{d}” ({lowest}).':
    '最も類似:「{a}」と「{b}」（{score}）。最も類似しない:「{c}」と「{d}」（{lowest}）。',
  'Cosine similarity of each pair': '各ペアのコサイン類似度',
};
