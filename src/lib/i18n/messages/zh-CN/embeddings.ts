// Simplified Chinese: the embeddings workbench. Machine-assisted: corrections by native speakers welcome.
import type { Translations } from '../../catalog.ts';

export const embeddings: Translations = {
  'Run the texts first.': '请先运行这些文本。',
  'The query could not be embedded.': '无法为查询生成嵌入。',
  'Texts, one per line': '文本，每行一条',
  'Load a file': '加载文件',
  '{count} texts': '{count} 条文本',
  'Embedding model': '嵌入模型',
  'Another model on {server}…': '{server} 上的其他模型…',
  'Dimensions (optional)': '维度（可选）',
  'Texts per request': '每个请求的文本数',
  'No enabled connection: add one in Settings.': '没有已启用的连接：请在设置中添加一个。',
  Run: '运行',
  'Embedding progress': '嵌入进度',
  '{done} of {total} texts': '{done} / {total} 条文本',
  'Cancelled: {done} of {total} texts were embedded before you cancelled; the results below are for those.':
    '已取消：在你取消前已为 {total} 条文本中的 {done} 条生成嵌入；下方结果针对这些文本。',
  'The server said: {message}': '服务器返回：{message}',
  '{count} texts were embedded before the failure.': '失败前已为 {count} 条文本生成嵌入。',
  'Diagnosis: {title}': '诊断：{title}',
  Dimensions: '维度',
  'Texts embedded': '已嵌入的文本',
  'Time per batch (median)': '每批耗时（中位数）',
  '{time} over {count} batches': '{time}，共 {count} 批',
  'Export JSON': '导出 JSON',
  'Export CSV': '导出 CSV',
  'Nearest to a query': '与查询最接近的文本',
  'Query text': '查询文本',
  'Searching…': '正在搜索…',
  'Find nearest': '查找最接近的',
  'Nearest texts': '最接近的文本',
  'Cosine similarity': '余弦相似度',
  'Heatmap of the cosine similarity of {count} texts': '{count} 条文本的余弦相似度热图',
  'Row and column i stand for text i (the first {count} of {total} texts); dark blue is 0 or less, bright yellow is 1 (the same text).':
    '第 i 行和第 i 列代表第 i 条文本（{total} 条文本中的前 {count} 条）；深蓝色表示 0 或更低，亮黄色表示 1（同一文本）。',
  'Row and column i stand for text i; dark blue is 0 or less, bright yellow is 1 (the same text).':
    '第 i 行和第 i 列代表第 i 条文本；深蓝色表示 0 或更低，亮黄色表示 1（同一文本）。',
  'Most similar: “{a}” and “{b}” ({score}). Least similar: “{c}” and “{d}” ({lowest}).':
    '最相似：“{a}”和“{b}”（{score}）。最不相似：“{c}”和“{d}”（{lowest}）。',
  'Cosine similarity of each pair': '每对文本的余弦相似度',
};
