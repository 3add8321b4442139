/**
 * Official places to report a dangerous product, for users who prefer an authority to a volunteer
 * project. We cannot file these forms for the user: the report is copied as text and the channel's
 * page opens. The default follows the user's language and region, then the matched records.
 */
import { t, type Lang, type MessageKey } from '../i18n';
import type { OfficialChannelId, ReportPayload } from './types';

export interface OfficialChannel {
  id: OfficialChannelId;
  url: string;
  /** i18n key of the channel's name. */
  nameKey: MessageKey;
  jurisdictions: readonly string[];
}

const EU_MEMBERS = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
];
/** Safety Gate also covers the EEA countries. */
const SAFETY_GATE_COUNTRIES = ['EU', ...EU_MEMBERS, 'IS', 'LI', 'NO'];

export const OFFICIAL_CHANNELS: readonly OfficialChannel[] = [
  { id: 'kr-consumer24', url: 'https://www.consumer.go.kr', nameKey: 'reportChannelConsumer24', jurisdictions: ['KR'] },
  {
    id: 'eu-safety-gate',
    url: 'https://ec.europa.eu/safety-gate-alerts/screen/consumers',
    nameKey: 'reportChannelSafetyGate',
    jurisdictions: SAFETY_GATE_COUNTRIES,
  },
  { id: 'us-saferproducts', url: 'https://www.saferproducts.gov', nameKey: 'reportChannelSaferProducts', jurisdictions: ['US'] },
];

export function officialChannel(id: OfficialChannelId): OfficialChannel {
  const channel = OFFICIAL_CHANNELS.find((c) => c.id === id);
  if (!channel) throw new Error(`Unknown channel ${id}`);
  return channel;
}

function channelFor(jurisdiction: string): OfficialChannel | undefined {
  return OFFICIAL_CHANNELS.find((c) => c.jurisdictions.includes(jurisdiction.toUpperCase()));
}

/**
 * All channels, the best default first: the user's region (from the browser locale), Korean language,
 * then the jurisdictions of the records shown on the page; otherwise Safety Gate.
 */
export function officialChannelsFor(input: { lang: Lang; locale?: string; jurisdictions?: string[] }): OfficialChannel[] {
  const region = /[-_]([A-Za-z]{2})\b/.exec(input.locale ?? '')?.[1];
  const preferred =
    (region ? channelFor(region) : undefined) ??
    (input.lang === 'ko' ? officialChannel('kr-consumer24') : undefined) ??
    (input.jurisdictions ?? []).map(channelFor).find(Boolean) ??
    officialChannel('eu-safety-gate');
  return [preferred, ...OFFICIAL_CHANNELS.filter((c) => c !== preferred)];
}

/** The report as plain text to paste into an official form, labelled in the user's language. */
export function officialReportText(payload: ReportPayload, lang: Lang): string {
  const { listing, missedHazard, wrongMatch, listingChange } = payload;
  const line = (key: MessageKey, value: string | undefined) => (value ? `${t(lang, key)}: ${value}` : undefined);
  const kindKey: Record<ReportPayload['kind'], MessageKey> = {
    'missed-hazard': 'reportKindMissed',
    'wrong-match': 'reportKindWrong',
    'listing-changed': 'reportKindChanged',
  };
  return [
    line('reportFieldKind', t(lang, kindKey[payload.kind])),
    line('reportFieldListing', listing.url),
    line('reportFieldTitle', listing.title),
    line('reportFieldStore', listing.store?.name),
    line('reportFieldHazard', missedHazard?.hazard),
    line('reportFieldAuthority', missedHazard?.authority),
    line('reportFieldEvidence', missedHazard?.evidenceUrl),
    line('reportFieldRecords', wrongMatch?.recordRefs.join(', ')),
    line('reportFieldChange', listingChange && t(lang, listingChange.change === 'gone' ? 'reportChangeGone' : 'reportChangeChanged')),
    line('reportFieldNote', payload.note),
    line('reportFieldDate', payload.reportedOn),
  ]
    .filter((l): l is string => !!l)
    .join('\n');
}
