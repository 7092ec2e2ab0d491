// Which hosts a secure page may reach over plain http, and which are listen addresses rather than
// destinations: checks only the diagnosis needs (apart from address-space.ts, which every request uses).
import { normalizeHostname, parseIpv4, parseIpv6 } from './address-space.ts';

/** Hosts a https page may call over plain http (secure-contexts "potentially trustworthy"). Not 0.0.0.0. */
export function isPotentiallyTrustworthyHost(host: string): boolean {
  const h = normalizeHostname(host);
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  const v4 = parseIpv4(h);
  if (v4) return v4[0] === 127;
  const v6 = parseIpv6(h);
  return v6 !== undefined && v6.slice(0, 7).every((x) => x === 0) && v6[7] === 1;
}

/** 0.0.0.0 and [::] are listen addresses, not destinations; browsers refuse or special-case them. */
export function isUnspecifiedAddress(host: string): boolean {
  const h = normalizeHostname(host);
  return h === '0.0.0.0' || h === '[::]';
}
