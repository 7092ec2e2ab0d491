// Reads the browser's Local Network Access permission state, for the page facts the diagnosis starts from.
// Apart from probes.ts so the chat's first load carries only this, not the probes.
import type { TargetAddressSpace } from './address-space.ts';
import type { LnaPermission } from './page-context.ts';

export interface PermissionsLike {
  query(descriptor: { name: string }): Promise<{ state: string }>;
}

/** A permission's state; 'unknown' when the browser has no such permission or no Permissions API. */
export async function readPermission(permissions: PermissionsLike | undefined, name: string): Promise<LnaPermission> {
  if (!permissions) return 'unknown';
  try {
    const { state } = await permissions.query({ name });
    return state === 'granted' || state === 'denied' || state === 'prompt' ? state : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** LNA permission for a target space: the fine-grained name first, then Chromium's older alias. */
export async function readLnaPermission(
  permissions: PermissionsLike | undefined,
  space: TargetAddressSpace,
): Promise<LnaPermission> {
  const state = await readPermission(permissions, space === 'loopback' ? 'loopback-network' : 'local-network');
  return state !== 'unknown' ? state : readPermission(permissions, 'local-network-access');
}
