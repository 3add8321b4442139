/**
 * Korea's Consumer24 (소비자24, Fair Trade Commission) recall OpenAPI:
 * `openapi/recall/contents/index.do?serviceKey=…&pageNo=…&cntPerPage=…&cntntsId=<menu>`, XML with one
 * `<content>` element per recall and the text in CDATA. The portal republishes notices of other
 * agencies (KATS, MFDS, the environment ministry, …), so the authority is the originating agency.
 *
 * Household-chemical notices of the environment ministry name the listing that was sold
 * ("※ https://ko.aliexpress.com/item/….html" in `shrtcomCn`) and the seller ("ㅇ 제조: … ㅇ판매: …"
 * in `makr`); both become the record's marketplaces.
 */
import type { HazardRecordInput, MarketplaceRef } from '../../hazards/schema';
import { FAMILY_OF_KIND, recordId } from '../../hazards/schema';
import { extractChemicals } from '../chemicals';
import { extractKcNumbers, parseListingReference } from '../identifiers';
import {
  clean,
  cleanMultiline,
  hasHangul,
  isPlaceholderBrand,
  isRecordObject,
  parseDate,
  uniqueStrings,
} from '../text';
import { actionsFromText, mapCategory, riskTypesFromText } from '../vocab';
import { brandList, httpUrl, identifiersFrom, nameList } from './common';
import { RowError, type BuiltRow, type SourceAdapter } from './types';
import { readXmlRecords } from './xml-elements';

export const CONSUMER24_PORTAL = 'Consumer24';
export const CONSUMER24_HOME = 'https://www.consumer.go.kr/';

/** The recall menus (`cntntsId`) by their Korean names, as the portal labels them. */
export const CONSUMER24_MENUS: Record<string, string> = {
  '0101': '공산품',
  '0201': '식품',
  '0203': '축산물',
  '0204': '의약품',
  '0205': '의약외품',
  '0206': '화장품',
  '0207': '의료기기',
  '0208': '농수산물',
  '0301': '자동차',
  '0401': '생활화학제품',
  '0403': '살생물제품',
  '0405': '생활방사선제품',
  '0501': '해외리콜',
};

/** The API's result codes. `30` (no data) is an empty page, not a failure. */
export const CONSUMER24_RESULT_CODES: Record<string, string> = {
  '00': 'OK',
  '30': 'no data',
  '40': 'bad request (a required parameter is missing)',
  '41': 'bad request (a parameter has a wrong value)',
  '50': 'service key not registered',
  '51': 'service key not authorised for this API',
};

/** Why a result code means failure, or undefined for 00/30. */
export function consumer24Failure(code: string | undefined, message?: string): string | undefined {
  if (code === undefined || code === '00' || code === '30') return undefined;
  const meaning = CONSUMER24_RESULT_CODES[code] ?? 'unknown result code';
  const hint = code === '50' || code === '51' ? ': check CONSUMER24_SERVICE_KEY' : '';
  return `Consumer24 error ${code}, ${meaning}${message ? ` ("${message}")` : ''}${hint}`;
}

/** The envelope's result code under the names the API's clients report. */
export function consumer24ResultCode(envelope: Record<string, string>): { code?: string; message?: string } {
  return {
    code: envelope.code ?? envelope.resultCode ?? envelope.returnCode,
    message: envelope.codeMsg ?? envelope.resultMsg ?? envelope.returnMsg,
  };
}

const SELLER = /판매\s*(?:자|처|사)?\s*[:：]\s*(.+?)(?=\s*ㅇ\s*\S+\s*[:：]|\s*$)/;
const MAKER = /제조\s*(?:자|사|원)?\s*[:：]\s*(.+?)(?=\s*ㅇ\s*\S+\s*[:：]|\s*$)/;
const NOTE_URL = /※\s*((?:https?:\/\/|www\.)\S+)/g;
const ANY_URL = /\b(?:https?:\/\/|www\.)[^\s"'<>]+/g;
const BRAND_NOTE = /브랜드(?:명)?\s*[:：]\s*([^,;\n]+)/;

/** "ㅇ 제조: Example Factory ㅇ판매: Example Store" → maker and seller; a plain name is the maker. */
export function makerAndSeller(makr: string | undefined): { maker?: string; seller?: string } {
  if (!makr) return {};
  const seller = clean(SELLER.exec(makr)?.[1]);
  const maker = clean(MAKER.exec(makr)?.[1]);
  if (seller || maker) return { maker, seller };
  return { maker: clean(makr.replace(/^\s*ㅇ\s*/, '')) };
}

/** Listing URLs a notice names: "※ <url>" notes first, then any other marketplace URL; never *.go.kr. */
export function listingUrls(...texts: (string | undefined)[]): string[] {
  const urls: string[] = [];
  for (const text of texts) {
    if (!text) continue;
    for (const m of text.matchAll(NOTE_URL)) urls.push(m[1]!);
    for (const m of text.matchAll(ANY_URL)) urls.push(m[0]);
  }
  return uniqueStrings(urls.map((u) => u.replace(/[.,;:)\]]+$/, ''))).filter((u) => {
    try {
      return !/(?:^|\.)go\.kr$/i.test(new URL(/^www\./i.test(u) ? `https://${u}` : u).hostname);
    } catch {
      return false;
    }
  });
}

function marketplacesOf(urls: string[], seller: string | undefined): MarketplaceRef[] {
  const refs: MarketplaceRef[] = [];
  for (const url of urls) {
    const ref = parseListingReference(url);
    if (!ref) continue;
    refs.push({ ...ref, ...(seller && { shopName: seller }) });
  }
  return refs;
}

/** The notice text without the "※ <url>" lines, which are kept as marketplaces instead. */
function withoutUrlNotes(text: string | undefined): string | undefined {
  return cleanMultiline(text?.replace(/※\s*(?:https?:\/\/|www\.)\S+/g, ''));
}

function toRecord(row: unknown): BuiltRow {
  if (!isRecordObject(row)) throw new RowError('row is not an object');
  const text = (key: string) => clean(row[key]);
  const ref = text('recallSn');
  if (!ref) throw new RowError('missing recallSn');
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(ref)) throw new RowError(`recallSn "${ref}" is not a Consumer24 serial`, ref);
  const productName = text('productNm');
  const model = text('modlNmInfo');
  if (!productName && !model) throw new RowError('no product name or model', ref);

  const menu = text('cntntsId');
  const menuName = menu ? CONSUMER24_MENUS[menu] : undefined;
  const { maker, seller } = makerAndSeller(text('makr') ?? text('bsnmNm'));
  const business = text('bsnmNm');
  const defect = typeof row.shrtcomCn === 'string' ? row.shrtcomCn : undefined;
  const injury = text('injryCauseResult');
  const etc = text('etcInfo');
  const process = text('recallProcssInfo');
  const tips = cleanMultiline(row.cnsmrGhvrTips);
  const agency = text('infoOriginInstt');

  // "1.Example toothpaste": the notice numbers its products.
  const name = productName?.replace(/^\d{1,2}\.\s*(?=\S)/, '');
  const names = nameList([name && hasHangul(name) ? 'ko' : 'und', name]);
  if (names.length === 0) names.push({ lang: hasHangul(model!) ? 'ko' : 'und', text: model! });
  // The household-chemical notices copy the product name into the model field: not a model number.
  const modelField = model && model !== productName && model !== name ? model : undefined;
  const ids = identifiersFrom({ modelFields: [modelField], codeFields: [row.stdBrcd, row.mnfcturNoInfo] });
  const brandNote = etc ? clean(BRAND_NOTE.exec(etc)?.[1]) : undefined;
  const brands = brandList(brandNote);
  const firm = maker ?? business;
  // A maker is the brand unless the notice also names a seller: then it is often a factory, and
  // only a maker the product name repeats ("ㅇ 제조: Lumo ㅇ판매: …" for "Lumo Air Freshener") is one.
  const nameText = names.map((n) => n.text.toLowerCase()).join(' ');
  if (brands.length === 0 && firm && !isPlaceholderBrand(firm) && (!seller || nameText.includes(firm.toLowerCase()))) {
    brands.push(...brandList(firm));
  }
  const mapped = mapCategory({ rawCategory: menuName, names: names.map((n) => n.text) });
  const hazard = withoutUrlNotes(defect);
  const urls = listingUrls(defect, etc, tips, process, text('recallEntrpsInfo'));
  const actions = actionsFromText(text('recallSe'), hazard);
  const images = (text('recallImgUrls') ?? '')
    .split(',')
    .map((u) => httpUrl(u))
    .filter((u): u is string => !!u);

  const record: HazardRecordInput = {
    id: recordId(FAMILY_OF_KIND.consumer24, ref),
    source: FAMILY_OF_KIND.consumer24,
    sourceKind: 'consumer24',
    ref,
    // The API gives no per-notice page: the originating agency's site, or the portal.
    url: httpUrl(row.infoOriginInsttUrl) ?? CONSUMER24_HOME,
    authority: agency ? `${agency} via ${CONSUMER24_PORTAL}` : `${CONSUMER24_PORTAL} (Korea Fair Trade Commission)`,
    jurisdiction: 'KR',
    publishedAt: parseDate(row.recallPublictBgnde) ?? parseDate(row.recallBgnde),
    actions: actions.length > 0 ? actions : ['recall'],
    riskTypes: riskTypesFromText(hazard, injury),
    riskLevel: text('recallSe') === '명령리콜' ? 'serious' : 'unknown',
    chemicals: extractChemicals(hazard),
    hazardText: uniqueStrings([hazard, injury]).map((t) => ({ lang: hasHangul(t) ? 'ko' : 'und', text: t })),
    remedyText: uniqueStrings([tips, process]).map((t) => ({ lang: hasHangul(t) ? 'ko' : 'und', text: t })),
    product: {
      names,
      ...(menuName && { categoryRaw: menuName }),
      category: mapped.category,
      forChildren: mapped.forChildren,
      brands,
      models: ids.models,
      gtins: ids.gtins,
      otherCodes: ids.otherCodes,
      certNumbers: uniqueStrings([
        ...extractKcNumbers(process ? `KC ${process.replace(/^.*?인증\s*번호\s*[:：]\s*/, '')}` : undefined),
        ...extractKcNumbers(etc),
      ]),
      images,
    },
    marketplaces: marketplacesOf(urls, seller),
  };
  return { record };
}

function readRows(text: string): unknown[] {
  const { records, envelope } = readXmlRecords(text, 'content');
  const { code, message } = consumer24ResultCode(envelope);
  const failure = consumer24Failure(code, message);
  if (failure) throw new Error(failure);
  if (
    records.length === 0 &&
    code === undefined &&
    !/<\s*(?:\w+:)?(?:\w*response|return|channel|consumer24Pages)\b/i.test(text)
  ) {
    throw new Error('not a Consumer24 response (no <content> elements and no result code)');
  }
  return records;
}

export const consumer24Adapter: SourceAdapter = { kind: 'consumer24', readRows, toRecord };
