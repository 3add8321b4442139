/** The two things the sync needs from the user's settings, read from extension storage. */
import { getSettings, settingsItem } from '../settings';

export async function syncIntervalHours(): Promise<number> {
  return (await getSettings()).syncIntervalHours;
}

export function watchSyncInterval(callback: () => Promise<void>): void {
  settingsItem.watch((next, previous) => {
    if (next?.syncIntervalHours !== previous?.syncIntervalHours) void callback();
  });
}
