/**
 * The banner leads with the hazard: "DEHP 270× the legal limit", else the authority's hazard text in the
 * UI language, else the risk-type names. Then the product as recorded.
 */
import type { Chemical, HazardRecord } from '../hazards/schema';
import { t, vocabularyKey, type Lang } from '../i18n';
import { chemicalGroupOf } from './explanations';
import { formatList, formatNumber, pickText, productNameOf } from './format';

/** measured / limit, when both are known and the limit is exceeded (one unit field covers both). */
export function exceedanceRatio(chemical: Chemical): number | undefined {
  const { measured, limit } = chemical;
  if (measured === undefined || limit === undefined || limit <= 0) return undefined;
  const ratio = measured / limit;
  return ratio > 1 ? ratio : undefined;
}

/** 270.0000001 → "270", 3.44 → "3.4": whole numbers from 10 up, one decimal below. */
export function formatRatio(ratio: number, lang: Lang): string {
  const rounded = ratio >= 10 ? Math.round(ratio) : Math.round(ratio * 10) / 10;
  return formatNumber(rounded, lang);
}

/** "DEHP" stays as written; lead, cadmium … get their name in the UI language. */
export function chemicalLabel(name: string, lang: Lang): string {
  const group = chemicalGroupOf(name);
  if (!group || group === 'phthalates') return name;
  const key = vocabularyKey('chemName', group);
  return key ? t(lang, key) : name;
}

export function riskNames(record: HazardRecord, lang: Lang): string[] {
  return record.riskTypes.map((risk) => {
    const key = vocabularyKey('risk', risk);
    return key ? t(lang, key) : risk;
  });
}

function chemicalHeadline(record: HazardRecord, lang: Lang): string | undefined {
  const exceeded = record.chemicals
    .map((chemical) => ({ chemical, ratio: exceedanceRatio(chemical) }))
    .filter((x): x is { chemical: Chemical; ratio: number } => x.ratio !== undefined)
    .sort((a, b) => b.ratio - a.ratio);
  const worst = exceeded[0];
  if (!worst) return undefined;
  const text = t(lang, 'headlineRatio', {
    chemical: chemicalLabel(worst.chemical.name, lang),
    ratio: formatRatio(worst.ratio, lang),
  });
  return exceeded.length > 1 ? t(lang, 'headlineMoreSubstances', { text, count: exceeded.length - 1 }) : text;
}

/** The hazard part of the headline, without the product. */
export function hazardSummary(record: HazardRecord, lang: Lang): string {
  const fromChemicals = chemicalHeadline(record, lang);
  if (fromChemicals) return fromChemicals;
  const inLang = record.hazardText.find((x) => x.lang.toLowerCase().startsWith(lang));
  if (inLang) return inLang.text;
  if (record.riskTypes.length) return formatList(riskNames(record, lang), lang);
  return pickText(record.hazardText, lang)?.text ?? t(lang, 'headlineUnknownHazard');
}

export interface Headline {
  hazard: string;
  product: string;
}

export function headlineOf(record: HazardRecord, lang: Lang): Headline {
  return { hazard: hazardSummary(record, lang), product: productNameOf(record, lang) };
}

/** One line, for screen-reader labels and collapsed views: "DEHP 270× the legal limit — hairband". */
export function headlineText(record: HazardRecord, lang: Lang): string {
  const { hazard, product } = headlineOf(record, lang);
  return product ? `${hazard} — ${product}` : hazard;
}
