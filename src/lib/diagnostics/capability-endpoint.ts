// Which non-chat capability a request URL asks for (speech to text, text to speech, embeddings), from its
// path alone, and the facts of an upload the diagnosis quotes: its size, and the limit a server names.
import type { JobCapability } from '../connections/capabilities.ts';
import type { RequestRecord } from '../providers/errors.ts';
import { activeLocale } from '../i18n/active-language.ts';

const ENDPOINTS: readonly [RegExp, JobCapability][] = [
  [/\/audio\/transcriptions$/, 'transcription'],
  [/\/audio\/translations$/, 'transcription'],
  [/\/audio\/speech$/, 'speech'],
  [/\/embeddings$/, 'embeddings'],
  [/\/api\/embed$/, 'embeddings'],
];

/** The capability the request's path belongs to; undefined for chat, model lists and anything else. */
export function endpointCapability(url: string): JobCapability | undefined {
  let path: string;
  try {
    path = new URL(url).pathname.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
  return ENDPOINTS.find(([re]) => re.test(path))?.[1];
}

/** The path as the diagnosis names it, e.g. "/audio/transcriptions". */
export function endpointPath(url: string): string {
  try {
    return new URL(url).pathname.replace(/^\/v1(?=\/)/, '');
  } catch {
    return url;
  }
}

/** Whether the request was sent as multipart/form-data (a file upload: its Content-Type needs no preflight). */
export function isMultipart(request: RequestRecord): boolean {
  return Object.entries(request.headers).some(
    ([name, value]) => name.toLowerCase() === 'content-type' && /^multipart\/form-data/i.test(value),
  );
}

/** Header names that make a cross-origin request need a preflight (anything not CORS-safelisted). */
export function preflightedHeaders(request: RequestRecord): string[] {
  return Object.entries(request.headers)
    .filter(([name, value]) => {
      const n = name.toLowerCase();
      if (n === 'accept' || n === 'accept-language' || n === 'content-language') return false;
      if (n === 'content-type')
        return !/^(multipart\/form-data|application\/x-www-form-urlencoded|text\/plain)/i.test(value);
      return true;
    })
    .map(([name]) => name);
}

const UNIT: Readonly<Record<string, number>> = {
  b: 1,
  byte: 1,
  bytes: 1,
  kb: 1000,
  kib: 1024,
  mb: 1000 ** 2,
  mib: 1024 ** 2,
  gb: 1000 ** 3,
  gib: 1024 ** 3,
};

/**
 * The largest upload a server's message names, in bytes: "Maximum content size limit (26214400) exceeded",
 * "File too large. Max size: 25 MB", "exceeds the maximum allowed size of 10MB".
 */
export function sizeLimitFrom(message: string | undefined): number | undefined {
  if (!message) return undefined;
  const withUnit =
    /(?:max(?:imum)?|limit|at most|up to|allowed)[^0-9]{0,40}(\d+(?:\.\d+)?)\s*(kib|kb|mib|mb|gib|gb|bytes?|b)\b/i.exec(
      message,
    );
  if (withUnit) return Math.round(Number(withUnit[1]) * (UNIT[withUnit[2]!.toLowerCase()] ?? 1));
  const bare = /(?:max(?:imum)?|limit)[^0-9]{0,40}\((\d{4,})\)/i.exec(message);
  return bare ? Number(bare[1]) : undefined;
}

/** The upload's size as the request record tells it (a Content-Length header), if it does. */
export function uploadSizeFrom(request: RequestRecord): number | undefined {
  const entry = Object.entries(request.headers).find(([name]) => name.toLowerCase() === 'content-length');
  const n = entry ? Number(entry[1]) : NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** "12.3 MB": decimal megabytes (as servers and file managers mostly say), written the active language's way. */
export function megabytes(bytes: number): string {
  const mb = bytes / 1000 ** 2;
  const rounded = mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10;
  return `${new Intl.NumberFormat(activeLocale(), { useGrouping: false }).format(rounded)} MB`;
}
