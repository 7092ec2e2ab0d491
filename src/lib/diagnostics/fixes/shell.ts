// Small helpers for building copyable shell commands from an origin or URL.

/**
 * Quotes a value for a shell. Double quotes work in POSIX shells and Windows cmd alike and keep IPv6
 * brackets away from zsh globbing; values with characters a POSIX shell expands get single quotes.
 */
export function quote(value: string): string {
  if (!/["$`\\!]/.test(value)) return `"${value}"`;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** `host:port` of a URL, with the default port filled in. */
export function hostAndPort(url: URL): string {
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return `${url.hostname}:${port}`;
}

/** The port a URL uses, or the given fallback when it leaves it out. */
export function portOr(url: URL, fallback: number): number {
  return url.port ? Number(url.port) : fallback;
}
