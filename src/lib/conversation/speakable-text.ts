// An answer's markdown as text to be read aloud: code blocks (fenced and indented) left out, inline code
// kept as its words, links read as their text, images, raw URLs and HTML tags dropped, markdown marks
// removed. Block structure survives as line breaks, which the sentence splitter treats as boundaries.

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^\s*([-*+]|\d{1,9}[.)])\s+/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;

function inline(raw: string): string {
  // escaped characters are set aside first, so `\*` is never taken for emphasis
  const escaped: string[] = [];
  const text = raw.replace(
    /\\([\\`*_{}[\]()#+\-.!|>~])/g,
    (_m, char: string) => `\uE000${escaped.push(char) - 1}\uE001`,
  );
  return (
    text
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/<(?:https?|mailto|ftp):[^>\s]*>/gi, '')
      .replace(/<\/?[a-z][^>]*>/gi, '')
      .replace(/(`+)(.+?)\1/g, (_m, _ticks: string, code: string) => code.trim())
      .replace(/(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(/(^|[^\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, '$1$2')
      .replace(/(^|[^\w])_(?=\S)(.+?)(?<=\S)_(?!\w)/g, '$1$2')
      // table cells become a spoken list
      .replace(/^\s*\|/, '')
      .replace(/\|\s*$/, '')
      .replace(/\s*\|\s*/g, ', ')
      .replace(/\s+/g, ' ')
      .replace(/\uE000(\d+)\uE001/g, (_m, i: string) => escaped[Number(i)] ?? '')
      .trim()
  );
}

function blockLine(line: string): string {
  return inline(
    line
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/\s+#+\s*$/, '')
      .replace(/^(\s*>)+\s?/, '')
      .replace(LIST_ITEM, ''),
  );
}

export function speakableText(markdown: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  let previousBlank = true;
  let inList = false;
  let inIndentedCode = false;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (fence !== undefined) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close?.[1] && close[1][0] === fence[0] && close[1].length >= fence.length) fence = undefined;
      continue;
    }
    const open = FENCE_OPEN.exec(line);
    if (open?.[1]) {
      fence = open[1];
      continue;
    }
    if (line.trim() === '') {
      previousBlank = true;
      inIndentedCode = false;
      if (out.at(-1) !== '') out.push('');
      continue;
    }
    const indented = /^( {4}|\t)/.test(line);
    if (indented && !inList && (previousBlank || inIndentedCode)) {
      inIndentedCode = true;
      previousBlank = false;
      continue;
    }
    if (LIST_ITEM.test(line)) inList = true;
    else if (!indented && previousBlank) inList = false;
    previousBlank = false;
    if (RULE.test(line) || TABLE_SEPARATOR.test(line) || LINK_DEFINITION.test(line)) continue;
    const text = blockLine(line);
    if (text !== '') out.push(text);
  }
  return out.join('\n').trim();
}
