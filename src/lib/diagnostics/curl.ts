// "Copy as curl" for a recorded request. Keys stay redacted unless the caller passes the real one.
import type { RequestRecord } from '../providers/errors.ts';
import { isSecretHeader } from '../providers/index.ts';

/** POSIX-shell single quoting: safe for any text, including quotes and newlines. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export function toCurl(request: RequestRecord, reveal?: { apiKey: string }): string {
  const parts = ['curl', '-i', '-X', request.method, shellQuote(request.url)];
  for (const [name, value] of Object.entries(request.headers)) {
    let shown = value;
    if (isSecretHeader(name)) {
      if (reveal) shown = name.toLowerCase() === 'authorization' ? `Bearer ${reveal.apiKey}` : reveal.apiKey;
      else shown = name.toLowerCase() === 'authorization' ? 'Bearer $API_KEY' : '$API_KEY';
      parts.push(
        '-H',
        name.toLowerCase() === 'authorization' && !reveal ? `"${name}: ${shown}"` : shellQuote(`${name}: ${shown}`),
      );
      continue;
    }
    parts.push('-H', shellQuote(`${name}: ${shown}`));
  }
  if (request.body !== undefined && request.body !== '') parts.push('--data-raw', shellQuote(request.body));
  return parts.join(' ');
}
