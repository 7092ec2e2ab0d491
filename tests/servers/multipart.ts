// Parses a multipart/form-data body (RFC 7578) byte for byte, as a real server would: the boundary from
// the Content-Type, each part's Content-Disposition name and filename, its Content-Type and its bytes.
// Binary parts stay Buffers; text fields are decoded as UTF-8. Returns a reason instead of throwing.

export interface MultipartFile {
  name: string;
  filename: string;
  /** the part's own Content-Type ('' when the part had none) */
  type: string;
  bytes: Buffer;
}

export interface MultipartForm {
  fields: Record<string, string>;
  files: MultipartFile[];
}

export type MultipartResult = { ok: true; form: MultipartForm } | { ok: false; reason: string };

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

/** The boundary parameter of a multipart/form-data Content-Type, unquoted; undefined for other types. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  if (contentType === undefined || !/^\s*multipart\/form-data\s*(;|$)/i.test(contentType)) return undefined;
  const match = /;\s*boundary=(?:"([^"]*)"|([^;\s]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  return boundary === '' ? undefined : boundary;
}

/** A header parameter such as name="file" (quoted or bare), with \" unescaped. */
function headerParam(header: string, key: string): string | undefined {
  const match = new RegExp(`;\\s*${key}="((?:[^"\\\\]|\\\\.)*)"|;\\s*${key}=([^;\\s]*)`, 'i').exec(header);
  if (!match) return undefined;
  return match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2];
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

export function parseMultipart(contentType: string | undefined, body: Buffer): MultipartResult {
  const boundary = boundaryOf(contentType);
  if (boundary === undefined) return { ok: false, reason: 'Content-Type is not multipart/form-data with a boundary' };
  const delimiter = Buffer.from(`--${boundary}`);
  const between = Buffer.concat([CRLF, delimiter]);
  const form: MultipartForm = { fields: {}, files: [] };
  let at = body.indexOf(delimiter);
  if (at < 0) return { ok: false, reason: 'the boundary never occurs in the body' };
  at += delimiter.length;
  for (;;) {
    if (body.subarray(at, at + 2).toString('latin1') === '--') return { ok: true, form };
    if (!body.subarray(at, at + 2).equals(CRLF)) return { ok: false, reason: 'a boundary is not followed by CRLF' };
    const headerEnd = body.indexOf(HEADER_END, at + 2);
    if (headerEnd < 0) return { ok: false, reason: 'a part has no end of headers' };
    const headers = parseHeaders(body.subarray(at + 2, headerEnd).toString('utf8'));
    const contentStart = headerEnd + HEADER_END.length;
    const next = body.indexOf(between, contentStart);
    if (next < 0) return { ok: false, reason: 'the body ends without the closing boundary' };
    const disposition = headers['content-disposition'] ?? '';
    const name = headerParam(disposition, 'name');
    if (!/^form-data\b/i.test(disposition) || name === undefined) {
      return { ok: false, reason: 'a part has no Content-Disposition: form-data with a name' };
    }
    const bytes = body.subarray(contentStart, next);
    const filename = headerParam(disposition, 'filename');
    if (filename !== undefined) form.files.push({ name, filename, type: headers['content-type'] ?? '', bytes });
    else form.fields[name] = bytes.toString('utf8');
    at = next + between.length;
  }
}
