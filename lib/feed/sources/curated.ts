/**
 * Our own curated records (JSON Lines, or a JSON array): listings on AliExpress/Temu that a regulator
 * named, e.g. Korean lists of blocked listings. Each line needs curatedId, platform, listingId, title,
 * hazard, authority and date; url, brand, model, jurisdiction, actions, lang, shopName and shopId (the
 * store's own ID) are optional.
 *
 * A line whose `source` is "volunteer report, confirmed by <name>" (written by `npm run feed -- curate`)
 * is a shoppers' report, not a regulator's list: it becomes a `community` record that names the shoppers
 * as the reporter, keeps the cited body as evidence only, and needs `confirmedOn` and an evidence link
 * (`noticeUrl`). With `wrongMatchOn` (a confirmed wrong-match report) it no longer names the listing.
 */
import type { Action, HazardRecordInput, Platform } from '../../hazards/schema';
import { ACTIONS, FAMILY_OF_KIND, PLATFORMS, recordId, type SourceFamily } from '../../hazards/schema';
import { extractChemicals } from '../chemicals';
import { clean, guessLang, isRecordObject, parseDate } from '../text';
import { mapCategory, riskTypesFromText } from '../vocab';
import { brandList, httpUrl, identifiersFrom, requireText } from './common';
import { RowError, type BuiltRow, type SourceAdapter } from './types';

const LISTING_ID = { aliexpress: /^\d{8,20}$/, temu: /^\d{6,20}$/ } as const;
const VOLUNTEER_SOURCE = /^volunteer report, confirmed by (.+)$/;
/** What "reported by …" says for a community record, wherever a record's authority is shown. */
export const COMMUNITY_AUTHORITY = 'Shoppers (report confirmed by the maintainers)';

type CommunityInfo = NonNullable<HazardRecordInput['community']>;

/** The community part of a volunteer line, or undefined for a regulator's line. */
function communityOf(value: Record<string, unknown>, authority: string): CommunityInfo | undefined {
  const confirmedBy = VOLUNTEER_SOURCE.exec(clean(value.source) ?? '')?.[1]?.trim();
  if (!confirmedBy) {
    if (value.source !== undefined)
      throw new Error(`source "${String(value.source)}" is not "volunteer report, confirmed by <name>"`);
    return undefined;
  }
  const confirmedOn = parseDate(requireText(value.confirmedOn, 'confirmedOn'));
  if (!confirmedOn) throw new Error(`confirmedOn "${String(value.confirmedOn)}" is not a date`);
  if (!httpUrl(value.noticeUrl)) throw new Error('a volunteer report needs its evidence link (noticeUrl)');
  const wrongMatchOn = value.wrongMatchOn === undefined ? undefined : parseDate(String(value.wrongMatchOn));
  if (value.wrongMatchOn !== undefined && !wrongMatchOn)
    throw new Error(`wrongMatchOn "${String(value.wrongMatchOn)}" is not a date`);
  return {
    confirmedBy: confirmedBy.slice(0, 100),
    confirmedOn: confirmedOn.slice(0, 10),
    evidenceAuthority: authority,
    ...(wrongMatchOn && { wrongMatchOn: wrongMatchOn.slice(0, 10) }),
  };
}

function jurisdictionOf(authority: string): string {
  if (/korea|seoul|kats|\bkca\b|kftc|한국|서울|국가기술표준원|공정거래위원회|소비자원/i.test(authority)) return 'KR';
  if (/european|safety gate|\beu\b/i.test(authority)) return 'EU';
  if (/cpsc|united states|\bu\.?s\.?\b/i.test(authority)) return 'US';
  if (/canada/i.test(authority)) return 'CA';
  if (/accc|australia/i.test(authority)) return 'AU';
  return 'ZZ';
}

function toRecord(row: unknown): BuiltRow {
  const value = typeof row === 'string' ? JSON.parse(row) : row;
  if (!isRecordObject(value)) throw new RowError('line is not a JSON object');
  const curatedId = requireText(value.curatedId, 'curatedId');
  try {
    const platform = requireText(value.platform, 'platform').toLowerCase();
    if (!(PLATFORMS as readonly string[]).includes(platform)) throw new Error(`unknown platform "${platform}"`);
    const listingId = requireText(value.listingId, 'listingId');
    const pattern = LISTING_ID[platform as keyof typeof LISTING_ID];
    if (pattern && !pattern.test(listingId))
      throw new Error(`listingId "${listingId}" is not a valid ${platform} item ID`);
    const title = requireText(value.title, 'title');
    const hazard = requireText(value.hazard, 'hazard');
    const authority = requireText(value.authority, 'authority');
    const date = parseDate(requireText(value.date, 'date'));
    if (!date) throw new Error(`date "${String(value.date)}" is not a date`);
    const lang = clean(value.lang) ?? guessLang(title, 'en');
    const listingUrl = httpUrl(value.url);
    // The store's own ID (AliExpress store number, Temu mall ID): a re-listing by the store is matched on it.
    const shopId = clean(value.shopId);
    if (shopId && !/^[A-Za-z0-9_-]{1,40}$/.test(shopId)) throw new Error(`shopId "${shopId}" is not a store ID`);
    const ids = identifiersFrom({ modelFields: [value.model], prose: [title] });
    const { category, forChildren } = mapCategory({ names: [title], extra: hazard });
    const givenActions = Array.isArray(value.actions)
      ? value.actions.filter((a): a is Action => (ACTIONS as readonly string[]).includes(String(a)))
      : [];
    const community = communityOf(value, authority);
    const family: SourceFamily = community ? 'community' : FAMILY_OF_KIND.curated;
    const record: HazardRecordInput = {
      id: recordId(family, curatedId),
      source: family,
      sourceKind: 'curated',
      ref: curatedId,
      ...(httpUrl(value.noticeUrl) && { url: httpUrl(value.noticeUrl) }),
      // A shoppers' report is never attributed to the body whose finding it cites.
      authority: community ? COMMUNITY_AUTHORITY : authority,
      jurisdiction: clean(value.jurisdiction)?.toUpperCase() ?? jurisdictionOf(authority),
      publishedAt: date,
      ...(community && { updatedAt: community.confirmedOn, community }),
      // No platform acted on a shoppers' report: no action is claimed, and the risk level is not graded.
      actions: community ? givenActions : givenActions.length > 0 ? givenActions : ['platform_block'],
      riskTypes: riskTypesFromText(hazard),
      riskLevel: community ? 'unknown' : 'serious',
      chemicals: extractChemicals(hazard),
      hazardText: [{ lang: guessLang(hazard, 'en'), text: hazard }],
      product: {
        names: [{ lang, text: title }],
        category,
        forChildren: forChildren || /child|kid|toddler|baby|girls?|boys?|어린이|유아|아동/i.test(`${title} ${hazard}`),
        brands: brandList(value.brand),
        models: ids.models,
        gtins: ids.gtins,
        otherCodes: ids.otherCodes,
      },
      // A confirmed wrong match: the record stays as a note, but no longer names the listing.
      marketplaces: community?.wrongMatchOn
        ? []
        : [
            {
              platform: platform as Platform,
              listingId,
              ...(listingUrl && { url: listingUrl }),
              ...(clean(value.shopName) && { shopName: clean(value.shopName) }),
              ...(shopId && { shopId }),
              raw: title,
            },
          ],
    };
    return { record };
  } catch (error) {
    throw new RowError(error instanceof Error ? error.message : String(error), curatedId);
  }
}

export const curatedAdapter: SourceAdapter = {
  kind: 'curated',
  readRows(text) {
    const trimmed = text.trim();
    if (trimmed.startsWith('[')) return JSON.parse(trimmed) as unknown[];
    // Blank lines and `#` comments are allowed between records.
    return text.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  },
  toRecord,
};
