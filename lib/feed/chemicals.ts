/**
 * Chemical findings from prose: which substance, the measured value and unit, the limit and the law.
 * Safety Gate writes them in English ("excessive concentration of DEHP (measured value: 2.8% by
 * weight) … REACH Regulation"), Korean sources in Korean ("납 기준치(100mg/kg)의 3.2배 검출").
 */
import type { Chemical } from '../hazards/schema';
import { SUBSTANCES } from '../i18n/substances';

const LAWS: [RegExp, string][] = [
  [/\bREACH\b/, 'REACH Regulation'],
  [/Toy Safety (?:Directive|Regulation)/i, 'Toy Safety Directive'],
  [/\bRoHS\b|restriction of the use of certain hazardous substances/i, 'RoHS Directive'],
  [/Cosmetic(?:s)? (?:Products )?Regulation/i, 'Cosmetic Products Regulation'],
  [/\bPOPs?\b Regulation|persistent organic pollutants/i, 'POPs Regulation'],
  [/\bEN 71-3\b/, 'EN 71-3'],
  [/어린이제품 ?안전 ?특별법/, '어린이제품 안전 특별법'],
  [/전기용품 및 생활용품 안전관리법|전안법/, '전기용품 및 생활용품 안전관리법'],
  [/CPSIA|Consumer Product Safety Improvement Act/i, 'CPSIA'],
];

const UNIT = String.raw`%(?:\s*by\s*weight)?|mg\s*\/\s*kg|[µμu]g\s*\/\s*cm(?:2|²)\s*\/\s*week|mg\s*\/\s*l|[µμu]g\s*\/\s*l|ppm|mg\s*\/\s*dm(?:2|²)|[µμu]g\s*\/\s*kg`;
const VALUE_WITH_UNIT = new RegExp(String.raw`(\d+(?:[ ,]\d{3})*(?:[.,]\d+)?)\s*(${UNIT})?`, 'gi');

function toNumber(raw: string): number | undefined {
  const normalised = raw.replace(/(\d)[ ,](?=\d{3}\b)/g, '$1').replace(',', '.');
  const value = Number(normalised);
  return Number.isFinite(value) ? value : undefined;
}

function normaliseUnit(raw: string | undefined, context: string): string | undefined {
  if (!raw) return undefined;
  const unit = raw.replace(/\s+/g, '').replace(/^u|^μ/, 'µ').replace('cm2', 'cm²').replace('dm2', 'dm²');
  if (unit.startsWith('%')) return /by\s*weight/i.test(unit) || /by\s*weight/i.test(context) ? '% by weight' : '%';
  return unit.replace(/\/l$/i, '/L');
}

function substancesIn(text: string): string[] {
  const hits: { name: string; at: number }[] = [];
  for (const { id, pattern } of SUBSTANCES) {
    const m = pattern.exec(text);
    if (m) hits.push({ name: id, at: m.index });
  }
  const specificPhthalate = hits.some((h) => /^D|^BBP/.test(h.name));
  return hits
    .filter((h) => !(h.name === 'phthalates' && specificPhthalate))
    .sort((a, b) => a.at - b.at)
    .map((h) => h.name);
}

function valuesIn(text: string): { value: number; unit?: string }[] {
  const values: { value: number; unit?: string }[] = [];
  for (const m of text.matchAll(VALUE_WITH_UNIT)) {
    const value = toNumber(m[1]!);
    if (value === undefined) continue;
    values.push({ value, unit: normaliseUnit(m[2], text) });
  }
  // "0.2% and 9.1% by weight": a value without a unit takes the next stated unit.
  let lastUnit: string | undefined;
  for (let i = values.length - 1; i >= 0; i--) {
    if (values[i]!.unit) lastUnit = values[i]!.unit;
    else values[i]!.unit = lastUnit;
  }
  return values;
}

/** "(measured value: 2.8% by weight)", "(measured values up to 78.8% and 0.14% by weight, respectively)". */
const MEASURED = /\(\s*measured values?(?:[^()]|\([^()]*\))*\)|measured values?[^.;()]*/gi;

function englishFindings(sentence: string): Chemical[] {
  const findings: Chemical[] = [];
  const limit =
    /(?:limit(?: value)?|maximum (?:permitted|allowed)|permitted)\s*(?:is|of|:)?\s*(\d+(?:[.,]\d+)?)\s*(%|mg\s*\/\s*kg|ppm)?/i.exec(
      sentence,
    );
  const limitValue = limit ? toNumber(limit[1]!) : undefined;
  let cursor = 0;
  // Substances named before each measured-value phrase get its values, in order.
  for (const measured of [...sentence.matchAll(MEASURED), null]) {
    const end = measured ? measured.index : sentence.length;
    const substances = substancesIn(sentence.slice(cursor, end));
    const values = measured ? valuesIn(measured[0]) : [];
    substances.forEach((name, i) => {
      const chemical: Chemical = { name };
      const value = values.length === substances.length ? values[i] : undefined;
      if (value) {
        chemical.measured = value.value;
        if (value.unit) chemical.unit = value.unit;
      }
      findings.push(chemical);
    });
    if (measured) cursor = measured.index + measured[0].length;
  }
  if (limitValue && limitValue > 0 && findings.length === 1) findings[0]!.limit = limitValue;
  // "at 9 times the limit", "9x the permitted level": the ratio alone, for the one substance named.
  const times =
    /(\d+(?:[.,]\d+)?)\s*(?:times|×|x)\s+(?:(?:the|above|over)\s+)*(?:legal\s+|permitted\s+|allowed\s+|maximum\s+)?(?:limit|level)/i.exec(
      sentence,
    );
  const timesValue = times ? toNumber(times[1]!) : undefined;
  if (timesValue && timesValue > 1 && findings.length === 1 && findings[0]!.measured === undefined)
    findings[0]!.timesLimit = timesValue;
  return findings;
}

function koreanFindings(clause: string): Chemical[] {
  const substances = substancesIn(clause);
  if (substances.length === 0) return [];
  const limitMatch = /기준(?:치|값)?\s*(?:\(|:)?\s*(\d+(?:[.,]\d+)?)\s*(%|mg\s*\/\s*kg|ppm)?/.exec(clause);
  const limit = limitMatch ? toNumber(limitMatch[1]!) : undefined;
  const limitUnit = normaliseUnit(limitMatch?.[2], clause);
  const times = /(\d+(?:[.,]\d+)?)\s*배/.exec(clause);
  const explicit = /(?:측정치|측정값|검출량|검출치|함량)\s*[:：]?\s*(\d+(?:[.,]\d+)?)\s*(%|mg\s*\/\s*kg|ppm)/.exec(
    clause,
  );
  let measured: number | undefined;
  let unit = limitUnit;
  if (explicit) {
    measured = toNumber(explicit[1]!);
    unit = normaliseUnit(explicit[2], clause);
  } else if (times && limit !== undefined) {
    measured = Math.round(toNumber(times[1]!)! * limit * 1e6) / 1e6;
  }
  // "기준치의 9배" without the limit's value: the ratio alone.
  const timesLimit = measured === undefined && times ? toNumber(times[1]!) : undefined;
  // A measurement belongs to one substance; with several named, only the first gets it.
  return substances.map((name, i) => ({
    name,
    ...(i === 0 && measured !== undefined && { measured }),
    ...(i === 0 && limit !== undefined && limit > 0 && { limit }),
    ...(i === 0 && unit && (measured !== undefined || limit !== undefined) && { unit }),
    ...(i === 0 && timesLimit !== undefined && timesLimit > 1 && { timesLimit }),
  }));
}

/** Every chemical a text names, with measured values and limits where the prose states them. */
export function extractChemicals(...texts: (string | undefined)[]): Chemical[] {
  const text = texts.filter(Boolean).join('\n');
  if (!text) return [];
  const law = LAWS.find(([pattern]) => pattern.test(text))?.[1];
  const korean = /[\uac00-\ud7a3]/.test(text);
  const pieces = korean ? text.split(/[\n;]|(?<=[.。])\s+|,\s+(?=[^\d])/) : text.split(/\n+|(?<=[.!?])\s+(?=[A-Z])/);
  const byName = new Map<string, Chemical>();
  for (const piece of pieces) {
    const findings = korean && /[\uac00-\ud7a3]/.test(piece) ? koreanFindings(piece) : englishFindings(piece);
    for (const finding of findings) {
      const known = byName.get(finding.name);
      // Keep the richest finding per substance (with a value beats a bare mention).
      if (!known || (known.measured === undefined && finding.measured !== undefined)) byName.set(finding.name, finding);
    }
  }
  if ([...byName.keys()].some((name) => /^(?:D|BBP)/.test(name))) byName.delete('phthalates');
  return [...byName.values()].map((chemical) => (law ? { ...chemical, law } : chemical));
}
