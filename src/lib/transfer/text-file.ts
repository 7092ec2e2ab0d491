// Text files attached to a message: which files count as text, and the text put into the message box, a
// fenced code block headed by the file's name. Pure.
import { tr } from '../i18n/active-language.ts';

/** Larger text files are refused: a model's context would not hold them anyway. */
export const MAX_TEXT_FILE_BYTES = 200 * 1024;

/** File extension → the code block's language (empty: plain text). */
const LANGS: Record<string, string> = {
  txt: '',
  md: 'markdown',
  markdown: 'markdown',
  csv: 'csv',
  tsv: 'tsv',
  json: 'json',
  jsonl: 'json',
  log: '',
  ts: 'typescript',
  tsx: 'tsx',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'jsx',
  py: 'python',
  rb: 'ruby',
  go: 'go',
  rs: 'rust',
  java: 'java',
  kt: 'kotlin',
  c: 'c',
  h: 'c',
  cpp: 'cpp',
  hpp: 'cpp',
  cs: 'csharp',
  swift: 'swift',
  php: 'php',
  sh: 'bash',
  bash: 'bash',
  zsh: 'bash',
  ps1: 'powershell',
  sql: 'sql',
  html: 'html',
  css: 'css',
  scss: 'scss',
  svelte: 'svelte',
  vue: 'vue',
  xml: 'xml',
  yaml: 'yaml',
  yml: 'yaml',
  toml: 'toml',
  ini: 'ini',
  cfg: 'ini',
  conf: '',
  env: '',
  lua: 'lua',
  r: 'r',
  dart: 'dart',
  scala: 'scala',
  diff: 'diff',
  patch: 'diff',
  tex: 'latex',
  dockerfile: 'dockerfile',
  makefile: 'makefile',
};

function extension(name: string): string {
  const lower = name.toLowerCase();
  const dot = lower.lastIndexOf('.');
  return dot < 0 ? lower : lower.slice(dot + 1);
}

export type FileKind = 'image' | 'text' | 'pdf' | 'other';

export function fileKind(file: { name: string; type: string }): FileKind {
  if (file.type.startsWith('image/')) return 'image';
  if (file.type === 'application/pdf' || extension(file.name) === 'pdf') return 'pdf';
  if (file.type.startsWith('text/') || file.type === 'application/json' || extension(file.name) in LANGS) return 'text';
  return 'other';
}

/** What the user reads when a file cannot be attached (null: it can). */
export function refusal(file: { name: string; type: string; size: number }): string | null {
  const kind = fileKind(file);
  const name = file.name;
  if (kind === 'pdf')
    return tr('{name}: PDFs cannot be attached yet; copy its text into the message instead.', { name });
  if (kind === 'other')
    return tr('{name}: only images and text files (such as {examples} or source code) can be attached.', {
      name,
      examples: '.txt, .md, .csv, .json, .log',
    });
  if (kind === 'text' && file.size > MAX_TEXT_FILE_BYTES) {
    return tr('{name} is {size} KB; text files up to {limit} KB can be attached.', {
      name,
      size: Math.ceil(file.size / 1024),
      limit: MAX_TEXT_FILE_BYTES / 1024,
    });
  }

  return null;
}

/** The file as Markdown: its name, then its text in a fence longer than any run of backticks inside it. */
export function textFileBlock(name: string, text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return `**${name.replace(/([\\`*_[\]<>])/g, '\\$1')}**\n\n${fence}${LANGS[extension(name)] ?? ''}\n${body}${fence}\n`;
}
