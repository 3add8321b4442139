/**
 * The banner leads with the hazard, built from the record's structured fields in the UI language:
 * "DEHP (phthalate plasticiser) 270× the legal limit", else the substances found, else the specific risk
 * types ("Choking and strangulation"). The authority's own sentence is shown after it, labelled with its
 * language (record-facts.ts); it leads only when the record has no structured hazard at all.
 */
import type { Chemical, HazardRecord } from '../hazards/schema';
import { t, vocabularyKey, type Lang } from '../i18n';
import { substanceName } from '../i18n/substances';
import { pickText } from '../i18n/pick-text';
import { formatList, formatNumber, productNameOf } from './format';

/** measured / limit when both are known (one unit field covers both), else the stated multiple; only above 1. */
export function exceedanceRatio(chemical: Chemical): number | undefined {
  const { measured, limit, timesLimit } = chemical;
  const ratio = measured !== undefined && limit !== undefined && limit > 0 ? measured / limit : timesLimit;
  return ratio !== undefined && ratio > 1 ? ratio : undefined;
}

/** 270.0000001 → "270", 3.44 → "3.4": whole numbers from 10 up, one decimal below. */
export function formatRatio(ratio: number, lang: Lang): string {
  const rounded = ratio >= 10 ? Math.round(ratio) : Math.round(ratio * 10) / 10;
  return formatNumber(rounded, lang);
}

/** "DEHP (phthalate plasticiser)", "납": the substance's name in the UI language (lib/i18n/substances.ts). */
export function chemicalLabel(name: string, lang: Lang): string {
  return substanceName(name, lang);
}

function riskName(risk: string, lang: Lang): string {
  const key = vocabularyKey('risk', risk);
  return key ? t(lang, key) : risk;
}

export function riskNames(record: HazardRecord, lang: Lang): string[] {
  return record.riskTypes.map((risk) => riskName(risk, lang));
}

/** Risk types that name no specific hazard: they lead only when nothing better is known. */
const GENERIC_RISKS = new Set(['CHEMICAL', 'OTHER', 'HEALTH_RISK_OTHER', 'INJURIES']);

function chemicalHeadline(record: HazardRecord, lang: Lang): string | undefined {
  const exceeded = record.chemicals
    .map((chemical) => ({ chemical, ratio: exceedanceRatio(chemical) }))
    .filter((x): x is { chemical: Chemical; ratio: number } => x.ratio !== undefined)
    .sort((a, b) => b.ratio - a.ratio);
  const worst = exceeded[0];
  if (!worst) return substancesHeadline(record, lang);
  const text = t(lang, 'headlineRatio', {
    chemical: chemicalLabel(worst.chemical.name, lang),
    ratio: formatRatio(worst.ratio, lang),
  });
  return exceeded.length > 1 ? t(lang, 'headlineMoreSubstances', { text, count: exceeded.length - 1 }) : text;
}

/** Substances named without numbers: "DEHP (phthalate plasticiser) and lead found". */
function substancesHeadline(record: HazardRecord, lang: Lang): string | undefined {
  const names = [...new Set(record.chemicals.map((c) => chemicalLabel(c.name, lang)))];
  if (!names.length) return undefined;
  const text = t(lang, 'headlineSubstancesFound', { chemicals: formatList(names.slice(0, 2), lang) });
  return names.length > 2 ? t(lang, 'headlineMoreSubstances', { text, count: names.length - 2 }) : text;
}

/** The hazard part of the headline, without the product. */
export function hazardSummary(record: HazardRecord, lang: Lang): string {
  const fromChemicals = chemicalHeadline(record, lang);
  if (fromChemicals) return fromChemicals;
  const specific = record.riskTypes.filter((risk) => !GENERIC_RISKS.has(risk));
  if (specific.length) {
    // "Choking and strangulation": one phrase, so only its first word keeps the capital.
    const names = specific.map((risk, i) =>
      i > 0 && lang === 'en' ? riskName(risk, lang).toLowerCase() : riskName(risk, lang),
    );
    return formatList(names, lang);
  }
  const inLang = record.hazardText.find((x) => x.lang.toLowerCase().startsWith(lang));
  if (inLang) return inLang.text;
  if (record.riskTypes.length) return formatList(riskNames(record, lang), lang);
  return pickText(record.hazardText, lang)?.text ?? t(lang, 'headlineUnknownHazard');
}

export interface Headline {
  hazard: string;
  product: string;
  /** The source marks it as a children's product. */
  forChildren: boolean;
}

export function headlineOf(record: HazardRecord, lang: Lang): Headline {
  return {
    hazard: hazardSummary(record, lang),
    product: productNameOf(record, lang),
    forChildren: record.product.forChildren,
  };
}

/** One line, for screen-reader labels and collapsed views: "DEHP 270× the legal limit — hairband". */
export function headlineText(record: HazardRecord, lang: Lang): string {
  const { hazard, product } = headlineOf(record, lang);
  return product ? `${hazard} — ${product}` : hazard;
}
