// How much the browser lets this origin store, in words, and asking once for persistent storage
// (so the browser does not evict chats under pressure). Pure: the StorageManager and the "already
// asked" memory are passed in. The words are in the active language.
import { activeLocale, tr } from '../i18n/active-language.ts';
import { formatSize } from '../i18n/format-size.ts';

export interface StorageEstimateLike {
  usage?: number;
  quota?: number;
}

export interface StorageManagerLike {
  estimate?: () => Promise<StorageEstimateLike>;
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

export interface AskedMemory {
  get(): boolean;
  set(): void;
}

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];

/** Decimal units (as browsers and disks report them): 1 kB = 1000 B. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return 'unknown';
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits).replace(/\.0+$|(\.\d*?)0+$/, '$1')} ${UNITS[unit]}`;
}

/** A size the active language's way ("1.2 MB", "1,2 MB"). */
export function sizeText(bytes: number): string {
  const locale = activeLocale();
  return locale === 'en' ? formatBytes(bytes) : formatSize(bytes, locale);
}

/** e.g. "Using 1.2 MB of 10 GB (0.01%)"; null when the browser gives no numbers. */
export function describeUsage(estimate: StorageEstimateLike | undefined): string | null {
  const usage = estimate?.usage;
  const quota = estimate?.quota;
  if (
    typeof usage !== 'number' ||
    typeof quota !== 'number' ||
    !Number.isFinite(usage) ||
    !Number.isFinite(quota) ||
    quota <= 0
  )
    return null;
  const share = (usage / quota) * 100;
  const params = { used: sizeText(usage), quota: sizeText(quota) };
  if (share > 0 && share < 0.01)
    return tr('Using {used} of {quota} (under {percent})', { ...params, percent: percentText(0.01) });
  return tr('Using {used} of {quota} ({percent})', { ...params, percent: percentText(share) });
}

/** e.g. "0.01%", "50%": two decimals under 10%, written the active language's way. */
function percentText(share: number): string {
  const digits = share === 0 || share >= 10 ? 0 : 2;
  const locale = activeLocale();
  if (locale === 'en') return `${share.toFixed(digits)}%`;
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(share / 100);
}

export type Persistence = 'persistent' | 'best-effort' | 'unsupported';

export async function persistenceOf(manager: StorageManagerLike | undefined): Promise<Persistence> {
  if (!manager?.persisted) return 'unsupported';
  try {
    return (await manager.persisted()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unsupported';
  }
}

/** Asks the browser for persistent storage. Never throws. */
export async function requestPersistence(manager: StorageManagerLike | undefined): Promise<Persistence> {
  if (!manager?.persist) return 'unsupported';
  try {
    return (await manager.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}

/** Asks at most once per browser (e.g. after the first saved chat); later calls only report. */
export async function requestPersistenceOnce(
  manager: StorageManagerLike | undefined,
  asked: AskedMemory,
): Promise<Persistence> {
  const now = await persistenceOf(manager);
  if (now !== 'best-effort' || asked.get()) return now;
  asked.set();
  return requestPersistence(manager);
}
