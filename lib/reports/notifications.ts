/**
 * The local notification for a watched listing that a database update flagged. Its ID names the
 * listing, so a second alert for the same listing replaces the first instead of piling up.
 */
import { t, type Lang } from '../i18n';
import { hazardOf } from './payload';
import type { WatchAlert } from './watched';

export const WATCH_NOTIFICATION_PREFIX = 'hazard-check:watch:';

export interface WatchNotification {
  id: string;
  options: { type: 'basic'; title: string; message: string; contextMessage: string; iconUrl: string; priority: number };
}

export function watchNotification(alert: WatchAlert, lang: Lang, iconUrl: string): WatchNotification {
  const top = alert.records[0]!;
  const title = alert.listing.title ?? alert.listing.url;
  return {
    id: `${WATCH_NOTIFICATION_PREFIX}${alert.listing.listingKey}`,
    options: {
      type: 'basic',
      title: t(lang, 'watchNotifyTitle'),
      message: t(lang, 'watchNotifyBody', { title: shorten(title, 80), hazard: shorten(hazardOf(top.record), 120) }),
      contextMessage: t(lang, 'watchNotifyContext', { authority: shorten(top.record.authority, 60) }),
      iconUrl,
      priority: 1,
    },
  };
}

export function listingKeyOfNotification(id: string): string | undefined {
  return id.startsWith(WATCH_NOTIFICATION_PREFIX) ? id.slice(WATCH_NOTIFICATION_PREFIX.length) : undefined;
}

function shorten(value: string, limit: number): string {
  return value.length <= limit ? value : `${value.slice(0, limit - 1)}…`;
}

/** A 1×1 transparent PNG: Chrome requires an icon, and builds without icons must still notify. */
export const FALLBACK_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
