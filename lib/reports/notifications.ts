/**
 * The local notification for a watched listing that a database update flagged. Its ID names the
 * listing, so a second alert for the same listing replaces the first instead of piling up.
 */
import { t, type Lang } from '../i18n';
import { pickText } from '../i18n/pick-text';
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

export const BOUGHT_NOTIFICATION_PREFIX = 'hazard-check:bought:';
const SITE_NAMES = { aliexpress: 'AliExpress', temu: 'Temu' } as const;

/**
 * A bought item a database update flagged: one notification per item and record, so each record's advice is
 * read on its own. It says what was reported and by whom, the authority's advice (the record's remedy text),
 * and how to ask the marketplace for a refund; a click opens the order there.
 */
export function boughtNotifications(alert: WatchAlert, lang: Lang, iconUrl: string): WatchNotification[] {
  const { listing } = alert;
  const title = listing.title ?? listing.url;
  return alert.records.map(({ record }) => ({
    id: `${BOUGHT_NOTIFICATION_PREFIX}${listing.listingKey}|${record.id}`,
    options: {
      type: 'basic',
      title: t(lang, 'boughtNotifyTitle'),
      message: t(lang, 'boughtNotifyBody', {
        title: shorten(title, 70),
        // The template adds its own full stop.
        hazard: shorten((pickText(record.hazardText, lang)?.text ?? hazardOf(record)).replace(/[.。]\s*$/, ''), 100),
        authority: shorten(record.authority, 60),
        remedy: shorten(pickText(record.remedyText, lang)?.text ?? t(lang, 'boughtNotifyNoRemedy'), 160),
      }),
      contextMessage: t(lang, 'boughtNotifyRefund', { site: SITE_NAMES[listing.site] }),
      iconUrl,
      priority: 2,
    },
  }));
}

/** The listing key a bought-item notification is about. */
export function boughtKeyOfNotification(id: string): string | undefined {
  if (!id.startsWith(BOUGHT_NOTIFICATION_PREFIX)) return undefined;
  return id.slice(BOUGHT_NOTIFICATION_PREFIX.length).split('|')[0] || undefined;
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
