// Redaction for anything we record about a request: key-like headers and key-like URL query parameters.
// Keeps the auth scheme word ("Bearer") for debugging, never any character of the secret.

const SECRET_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'x-api-key',
  'api-key',
  'x-goog-api-key',
  'cookie',
]);
const SECRET_QUERY = new Set(['key', 'api_key', 'apikey', 'api-key', 'token', 'access_token']);

export const REDACTED = '[redacted]';

/** Whether any header carries a credential (an API key): such requests never follow redirects. */
export function carriesSecret(headers: Readonly<Record<string, string>>): boolean {
  return Object.keys(headers).some((name) => SECRET_HEADERS.has(name.toLowerCase()));
}

export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name] = SECRET_HEADERS.has(name.toLowerCase()) ? redactValue(value) : value;
  }
  return out;
}

function redactValue(value: string): string {
  const scheme = /^(Bearer|Basic|Token)\s/i.exec(value.trim());
  return scheme ? `${scheme[1]} ${REDACTED}` : REDACTED;
}

export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  let changed = false;
  for (const name of [...parsed.searchParams.keys()]) {
    if (SECRET_QUERY.has(name.toLowerCase())) {
      parsed.searchParams.set(name, REDACTED);
      changed = true;
    }
  }
  if (parsed.username !== '' || parsed.password !== '') {
    parsed.username = '';
    parsed.password = '';
    changed = true;
  }
  return changed ? parsed.toString() : url;
}
