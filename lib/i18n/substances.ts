/**
 * The substances the sources report, as data: a canonical id (what the feed builder writes in
 * `chemicals[].name`), how prose names it (English and Korean), and its name for the reader in each UI
 * language. Specific phthalates say what they are ("DEHP (phthalate plasticiser)"): the bare acronym
 * means nothing to most parents. The feed builder (lib/feed/chemicals.ts) reads prose with the same
 * patterns, so every substance it can find has a name here.
 */
import type { Lang } from './lang';

export interface Substance {
  id: string;
  /** Matches the substance in a sentence or in a name as a source wrote it. */
  pattern: RegExp;
  names: Record<Lang, string>;
  /** For lists of measurements, where the headline already said what it is ("DEHP"). */
  shortName?: string;
}

const phthalate = (id: string, pattern: RegExp): Substance => ({
  id,
  pattern,
  names: { en: `${id} (phthalate plasticiser)`, ko: `${id}(프탈레이트 가소제)` },
  shortName: id,
});

/** Order matters only for prose: specific names before the generic "phthalates". */
export const SUBSTANCES: readonly Substance[] = [
  phthalate('DEHP', /\bDEHP\b|bis ?\(2-ethylhexyl\) ?phthalate|di(?:ethylhexyl| ?\(2-ethylhexyl\)) phthalate/i),
  phthalate('DBP', /\bDBP\b|\bdi-?n?-?butyl phthalate/i),
  phthalate('BBP', /\bBBP\b|benzyl ?butyl phthalate/i),
  phthalate('DIBP', /\bDIBP\b|di-?isobutyl phthalate/i),
  phthalate('DINP', /\bDINP\b|di-?isononyl phthalate/i),
  phthalate('DIDP', /\bDIDP\b|di-?isodecyl phthalate/i),
  phthalate('DNOP', /\bDNOP\b|di-?n-?octyl phthalate/i),
  {
    id: 'lead',
    pattern: /\blead\b(?!\s+to\b)(?!-free)|(?<![수])납(?![품기부입])|^pb$/i,
    names: { en: 'Lead', ko: '납' },
  },
  { id: 'cadmium', pattern: /cadmium|카드뮴|^cd$/i, names: { en: 'Cadmium', ko: '카드뮴' } },
  { id: 'nickel', pattern: /\bnickel\b|니켈|^ni$/i, names: { en: 'Nickel', ko: '니켈' } },
  {
    id: 'formaldehyde',
    pattern: /formaldehyde|폼알데하이드|포름알데히드/i,
    names: { en: 'Formaldehyde', ko: '폼알데하이드' },
  },
  { id: 'boron', pattern: /\bboron\b|붕소/i, names: { en: 'Boron', ko: '붕소' } },
  {
    id: 'chromium VI',
    pattern: /chromium ?\(?VI\)?|hexavalent chromium|6가 ?크롬/i,
    names: { en: 'Chromium VI', ko: '6가 크롬' },
  },
  { id: 'mercury', pattern: /\bmercury\b|수은/i, names: { en: 'Mercury', ko: '수은' } },
  { id: 'arsenic', pattern: /\barsenic\b|비소/i, names: { en: 'Arsenic', ko: '비소' } },
  { id: 'antimony', pattern: /\bantimony\b|안티몬/i, names: { en: 'Antimony', ko: '안티몬' } },
  { id: 'barium', pattern: /\bbarium\b|바륨/i, names: { en: 'Barium', ko: '바륨' } },
  { id: 'aluminium', pattern: /\balumin(?:i)?um\b/i, names: { en: 'Aluminium', ko: '알루미늄' } },
  {
    id: 'PAH',
    pattern: /\bPAHs?\b|polycyclic aromatic hydrocarbons?|다환방향족/i,
    names: { en: 'PAHs (polycyclic aromatic hydrocarbons)', ko: '다환방향족탄화수소(PAH)' },
  },
  {
    id: 'SCCP',
    pattern: /\bSCCPs?\b|short[- ]chain chlorinated paraffins?|단쇄염화파라핀/i,
    names: { en: 'SCCPs (short-chain chlorinated paraffins)', ko: '단쇄염화파라핀(SCCP)' },
  },
  {
    id: 'methylisothiazolinone',
    pattern: /methylisothiazolinone|\(MI\)|\bMI\b(?=[,)]| and)|메틸이소티아졸리논/,
    names: { en: 'Methylisothiazolinone (MI, a preservative)', ko: '메틸이소티아졸리논(MIT, 보존제)' },
  },
  {
    id: 'methylchloroisothiazolinone',
    pattern: /methylchloroisothiazolinone|\(MCI\)|\bMCI\b(?=[,)]| and)|메틸클로로이소티아졸리논/,
    names: { en: 'Methylchloroisothiazolinone (MCI, a preservative)', ko: '메틸클로로이소티아졸리논(CMIT, 보존제)' },
  },
  {
    id: 'bisphenol A',
    pattern: /bisphenol A|\bBPA\b|비스페놀 ?A/i,
    names: { en: 'Bisphenol A (BPA)', ko: '비스페놀 A(BPA)' },
  },
  { id: 'N-nitrosamines', pattern: /nitrosamines?|니트로사민/i, names: { en: 'N-nitrosamines', ko: 'N-니트로사민' } },
  {
    id: 'aromatic amines',
    pattern: /aromatic amines?|방향족 ?아민/i,
    names: { en: 'Aromatic amines (from azo dyes)', ko: '방향족 아민(아조 염료 유래)' },
  },
  { id: 'benzene', pattern: /\bbenzene\b|벤젠/i, names: { en: 'Benzene', ko: '벤젠' } },
  {
    id: 'phthalates',
    pattern: /phthalates?|프탈레이트/i,
    names: { en: 'Phthalate plasticisers', ko: '프탈레이트 가소제' },
  },
];

const BY_ID = new Map(SUBSTANCES.map((s) => [s.id.toLowerCase(), s]));

/** The substance a record's chemical name stands for: its canonical id, else the first pattern that fits. */
export function substanceOf(name: string): Substance | undefined {
  const trimmed = name.trim();
  return BY_ID.get(trimmed.toLowerCase()) ?? SUBSTANCES.find((s) => s.pattern.test(trimmed));
}

/** "DEHP (phthalate plasticiser)", "납"; a substance we do not know keeps the source's own name. */
export function substanceName(name: string, lang: Lang): string {
  return substanceOf(name)?.names[lang] ?? name;
}

/** The short form for measurement lines: "DEHP", "납". */
export function substanceShortName(name: string, lang: Lang): string {
  const substance = substanceOf(name);
  return substance ? (substance.shortName ?? substance.names[lang]) : name;
}
