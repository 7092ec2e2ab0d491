// Classifies host names and IP literals into loopback / private / public address spaces, following the
// Local Network Access spec's table, and decides when a fetch must declare `targetAddressSpace`. Pure, no DNS.

export type HostSpace = 'loopback' | 'private' | 'public';
export type TargetAddressSpace = 'loopback' | 'local';

/** Lower-case, drop a trailing dot, and let the URL parser canonicalise IP forms (`127.1`, `[0::1]`). */
export function normalizeHostname(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.endsWith('.')) h = h.slice(0, -1);
  const wrapped = h.includes(':') && !h.startsWith('[') ? `[${h}]` : h;
  try {
    return new URL(`http://${wrapped}/`).hostname;
  } catch {
    return h;
  }
}

/** Four octets, or undefined. */
export function parseIpv4(h: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  if (!m) return undefined;
  const octets = m.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? octets : undefined;
}

/** Eight 16-bit groups, or undefined. Accepts `[::1]` and `::1`. */
export function parseIpv6(host: string): number[] | undefined {
  const h = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  if (!h.includes(':') || !/^[0-9a-f:.]+$/.test(h)) return undefined;
  let text = h;
  const lastColon = h.lastIndexOf(':');
  const v4 = parseIpv4(h.slice(lastColon + 1));
  if (v4) {
    const hex = (a = 0, b = 0) => ((a << 8) | b).toString(16);
    text = `${h.slice(0, lastColon + 1)}${hex(v4[0], v4[1])}:${hex(v4[2], v4[3])}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const toGroups = (s: string | undefined) => (s ? s.split(':').filter((g) => g !== '') : []);
  const head = toGroups(halves[0]);
  const rest = toGroups(halves[1]);
  if ([...head, ...rest].some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return undefined;
  const known = head.length + rest.length;
  if (halves.length === 1 && known !== 8) return undefined;
  if (known > 8) return undefined;
  const zeros = Array.from({ length: 8 - known }, () => 0);
  return [...head.map((g) => parseInt(g, 16)), ...zeros, ...rest.map((g) => parseInt(g, 16))];
}

function ipv4Space(o: number[]): HostSpace {
  const [a = 0, b = 0, c = 0, d = 0] = o;
  if (a === 127) return 'loopback';
  if (a === 0 && b === 0 && c === 0 && d === 0) return 'loopback';
  // The LNA table lists 198.18.0.0/15 (benchmarking) as loopback.
  if (a === 198 && (b === 18 || b === 19)) return 'loopback';
  if (a === 10 || a === 0) return 'private';
  if (a === 100 && b >= 64 && b <= 127) return 'private';
  if (a === 172 && b >= 16 && b <= 31) return 'private';
  if (a === 192 && b === 168) return 'private';
  if (a === 169 && b === 254) return 'private';
  return 'public';
}

function ipv6Space(g: number[]): HostSpace {
  const [g0 = 0, g1 = 0, , , , g5 = 0, g6 = 0, g7 = 0] = g;
  const firstFiveZero = g.slice(0, 5).every((x) => x === 0);
  if (firstFiveZero && g5 === 0 && g6 === 0 && (g7 === 1 || g7 === 0)) return 'loopback';
  if (firstFiveZero && g5 === 0xffff) return ipv4Space([g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff]);
  if ((g0 & 0xfe00) === 0xfc00) return 'private';
  if ((g0 & 0xffc0) === 0xfe80 || (g0 & 0xffc0) === 0xfec0) return 'private';
  if (g0 === 0x2001 && g1 === 0x0db8) return 'private';
  if (g0 === 0x3fff && (g1 & 0xf000) === 0) return 'private';
  return 'public';
}

export function isIpLiteral(host: string): boolean {
  const h = normalizeHostname(host);
  return parseIpv4(h) !== undefined || parseIpv6(h) !== undefined;
}

/** Address space from the name alone: IP literals by table, `localhost`/`*.localhost`, `*.local`; else public. */
export function classifyHost(host: string): HostSpace {
  const h = normalizeHostname(host);
  const v4 = parseIpv4(h);
  if (v4) return ipv4Space(v4);
  const v6 = parseIpv6(h);
  if (v6) return ipv6Space(v6);
  if (h === 'localhost' || h.endsWith('.localhost')) return 'loopback';
  if (h.endsWith('.local')) return 'private';
  return 'public';
}

const PRIVATE_NAME_SUFFIXES = ['.lan', '.home.arpa', '.internal', '.intranet', '.localdomain', '.home', '.corp'];

/**
 * The page's own address space, guessed from its host name. Unlike `classifyHost`, names that are almost
 * always served from a private network (single-label, `.lan`, `.home.arpa`, …) count as private, so we
 * don't blame Local Network Access for a page that isn't public.
 */
export function pageAddressSpace(pageHost: string): HostSpace {
  const space = classifyHost(pageHost);
  if (space !== 'public' || isIpLiteral(pageHost)) return space;
  const h = normalizeHostname(pageHost);
  if (!h.includes('.') || PRIVATE_NAME_SUFFIXES.some((s) => h.endsWith(s))) return 'private';
  return 'public';
}

/** The host's space for a URL string, or undefined when it does not parse. */
export function urlHostSpace(url: string | URL): HostSpace | undefined {
  try {
    return classifyHost(new URL(url).hostname);
  } catch {
    return undefined;
  }
}

/**
 * The `targetAddressSpace` fetch option for a request from this page, when LNA applies and the target's
 * space is known from its name: public page → loopback/local target, or private page → loopback target.
 */
export function targetAddressSpaceFor(pageHost: string, targetUrl: string | URL): TargetAddressSpace | undefined {
  const target = urlHostSpace(targetUrl);
  if (target === undefined || target === 'public') return undefined;
  const page = pageAddressSpace(pageHost);
  if (page === 'public') return target === 'loopback' ? 'loopback' : 'local';
  if (page === 'private' && target === 'loopback') return 'loopback';
  return undefined;
}
