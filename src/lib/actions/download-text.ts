// How a model download's progress reads: "12 MB of 45 MB · 1.5 MB/s · 22 s left".
import type { DownloadProgress } from '../providers/index.ts';
import { formatBytes } from '../storage/storage-usage.ts';

export { formatBytes };

export function describeProgress(p: DownloadProgress): string {
  const parts = [p.total !== undefined ? `${formatBytes(p.loaded)} of ${formatBytes(p.total)}` : formatBytes(p.loaded)];
  if (p.bytesPerSecond !== undefined) parts.push(`${formatBytes(p.bytesPerSecond)}/s`);
  if (p.secondsLeft !== undefined) parts.push(`${formatDuration(p.secondsLeft)} left`);
  return parts.join(' · ');
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}
