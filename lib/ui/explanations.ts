/**
 * Which plain-language explanations fit a record: the chemicals it names and the physical hazards its
 * risk types and texts describe (choking/small parts, magnets, button batteries, cords, water beads).
 */
import type { HazardRecord } from '../hazards/schema';
import type { MessageKey } from '../i18n';

export type ChemicalGroup = 'phthalates' | 'lead' | 'cadmium' | 'formaldehyde' | 'nickel' | 'boron';

const CHEMICAL_PATTERNS: [ChemicalGroup, RegExp][] = [
  ['phthalates', /phthalat|\b(DEHP|DBP|BBP|DINP|DIDP|DNOP|DIBP|DnOP)\b|프탈레이트/i],
  ['lead', /^\s*lead\b|\blead\s*\(pb\)|^pb$|\bPb\b|^납/i],
  ['cadmium', /cadmium|^cd$|\bCd\b|카드뮴/i],
  ['formaldehyde', /formaldehyde|폼알데하이드|포름알데히드/i],
  ['nickel', /nickel|^ni$|니켈/i],
  ['boron', /boron|boric|borax|붕소|붕산|붕사/i],
];

export function chemicalGroupOf(name: string): ChemicalGroup | undefined {
  return CHEMICAL_PATTERNS.find(([, pattern]) => pattern.test(name))?.[0];
}

type PhysicalHazard = 'magnets' | 'buttonBatteries' | 'waterBeads' | 'cords' | 'smallParts';

const PHYSICAL_PATTERNS: [PhysicalHazard, RegExp][] = [
  ['magnets', /magnet|자석/i],
  ['buttonBatteries', /(button|coin)[\s-]*(cell|batter)|단추형\s*전지|코인\s*(전지|배터리)|버튼\s*(전지|배터리)/i],
  ['waterBeads', /water[\s-]*beads?|gel[\s-]*beads?|orbeez|수정토|워터\s*비즈/i],
  ['cords', /\bcords?\b|drawstring|strangulat|\bloops?\b|끈|목\s*졸림/i],
  ['smallParts', /small parts?|detachable|작은\s*부품|탈락/i],
];

function recordText(record: HazardRecord): string {
  return (
    [...record.hazardText, ...record.product.names].map((t) => t.text).join(' \n ') + ` ${record.product.type ?? ''}`
  );
}

function physicalHazardsOf(record: HazardRecord): PhysicalHazard[] {
  const text = recordText(record);
  const found = PHYSICAL_PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind);
  if (record.riskTypes.includes('STRANGULATION') && !found.includes('cords')) found.push('cords');
  // Choking with no more specific cause named: the general small-parts explanation.
  const specific = found.some((k) => k === 'magnets' || k === 'buttonBatteries' || k === 'waterBeads');
  if (record.riskTypes.includes('CHOKING') && !specific && !found.includes('smallParts')) found.push('smallParts');
  return found;
}

/** Explanation keys, chemicals first, each at most once. */
export function explanationKeys(record: HazardRecord): MessageKey[] {
  const chemicals = record.chemicals.map((c) => chemicalGroupOf(c.name)).filter((g): g is ChemicalGroup => !!g);
  const keys = [
    ...chemicals.map((g) => `explain_${g}` as const),
    ...physicalHazardsOf(record).map((p) => `explain_${p}` as const),
  ];
  return [...new Set(keys)];
}
