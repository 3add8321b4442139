/** The accountable facts of a record, in words: who reported it, when, where, what was done, and why. */
import type { Chemical, HazardRecord } from '../hazards/schema';
import { t, vocabularyKey, type Lang } from '../i18n';
import { substanceShortName } from '../i18n/substances';
import { hazardSummary } from './headline';
import { pickText } from '../i18n/pick-text';
import { formatDate, formatJurisdiction, formatList, formatNumber } from './format';

export interface RecordFacts {
  reportedBy: string;
  jurisdiction: string;
  actions?: string;
  noticeUrl?: string;
  noticeLabel: string;
  /** The link's text: "Official notice", or "Evidence" for a shoppers' report. */
  noticeText: string;
  /** For a community record whose wrong-match report was confirmed: why it is only a note. */
  demotedNote?: string;
  /** The authority's own hazard sentence when the headline shows something else, with its language named. */
  original?: { label: string; text: string; lang: string };
  measurements: string[];
}

/** Only http(s) links reach an href: feed data is not trusted to be a safe URL. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Units as the feed writes them, in the reader's language where they are words ("% by weight"). */
export function unitLabel(unit: string, lang: Lang): string {
  if (lang === 'ko' && /^%\s*by\s*weight$/i.test(unit)) return '%(중량 기준)';
  return unit;
}

function measurement(chemical: Chemical, lang: Lang): string | undefined {
  if (chemical.measured === undefined || chemical.limit === undefined) return undefined;
  const unit = chemical.unit ? ` ${unitLabel(chemical.unit, lang)}` : '';
  return t(lang, 'bannerMeasured', {
    chemical: substanceShortName(chemical.name, lang),
    measured: `${formatNumber(chemical.measured, lang)}${unit}`,
    limit: `${formatNumber(chemical.limit, lang)}${unit}`,
  });
}

/** "영어", "English": a BCP 47 code named in the UI language (the code itself if the browser cannot). */
export function languageName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function recordFacts(record: HazardRecord, lang: Lang): RecordFacts {
  const date = formatDate(record.publishedAt, lang);
  const actions = record.actions.map((a) => {
    const key = vocabularyKey('action', a);
    return key ? t(lang, key) : a;
  });
  const original = pickText(record.hazardText, lang);
  const community = communityFacts(record, lang);
  return {
    reportedBy:
      community?.reportedBy ??
      (date
        ? t(lang, 'bannerReportedBy', { authority: record.authority, date })
        : t(lang, 'bannerReportedByUndated', { authority: record.authority })),
    jurisdiction: t(lang, 'bannerJurisdiction', { jurisdiction: formatJurisdiction(record.jurisdiction, lang) }),
    actions: actions.length ? t(lang, 'bannerActions', { actions: formatList(actions, lang) }) : undefined,
    noticeUrl: safeUrl(record.url),
    noticeLabel: community?.noticeLabel ?? t(lang, 'bannerOfficialNoticeLabel', { authority: record.authority }),
    noticeText: t(lang, community ? 'communityEvidenceLink' : 'bannerOfficialNotice'),
    ...(community?.demotedNote && { demotedNote: community.demotedNote }),
    original:
      original && original.text !== hazardSummary(record, lang)
        ? {
            label: t(lang, 'bannerOriginalText', { language: languageName(original.lang, lang) }),
            text: original.text,
            lang: original.lang,
          }
        : undefined,
    measurements: record.chemicals.map((c) => measurement(c, lang)).filter((m): m is string => !!m),
  };
}

/**
 * A shoppers' report confirmed by the maintainers is worded as exactly that, with the evidence it cites;
 * it is never presented as the cited body's finding about this listing.
 */
function communityFacts(record: HazardRecord, lang: Lang) {
  const community = record.source === 'community' ? record.community : undefined;
  if (!community) return undefined;
  return {
    reportedBy: t(lang, 'communityReportedBy', {
      date: formatDate(community.confirmedOn, lang) || community.confirmedOn,
      evidence: community.evidenceAuthority,
    }),
    noticeLabel: t(lang, 'communityEvidenceLabel', { authority: community.evidenceAuthority }),
    demotedNote: community.wrongMatchOn
      ? t(lang, 'communityWrongMatch', { date: formatDate(community.wrongMatchOn, lang) || community.wrongMatchOn })
      : undefined,
  };
}
