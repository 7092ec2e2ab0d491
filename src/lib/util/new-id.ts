// Random ids (UUID v4 form) for stored records. crypto.randomUUID exists only in secure contexts, so a
// copy of the app served over plain http on a LAN name needs the getRandomValues fallback.

type CryptoLike = Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string };

export function newId(source: CryptoLike = globalThis.crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const b = source.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40; // version 4
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
