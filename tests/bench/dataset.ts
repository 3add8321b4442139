/**
 * Scale datasets for the benchmark: real records (the feed built from ../shared/data, when present) or
 * hand-made seeds, varied into N records with new IDs, brands, model numbers, barcodes, listing IDs and
 * reworded names, plus listing queries that mix real titles, titles written from records, and noise.
 */
import { isValidGtin, type HazardRecord } from '../../lib/hazards/schema';
import type { ListingQuery } from '../../lib/matching/types';

/** Deterministic PRNG (mulberry32) so every run benchmarks the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'zu',
  're',
  'ta',
  'vo',
  'ne',
  'shi',
  'qua',
  'bri',
  'dex',
  'lu',
  'mon',
  'tor',
  'vel',
  'xi',
  'yo',
  'fen',
  'gar',
  'hul',
  'jin',
  'pra',
  'sol',
  'tik',
  'uv',
  'wen',
  'zor',
];
const WORDS = [
  'mini',
  'portable',
  'kids',
  'baby',
  'soft',
  'cute',
  'cartoon',
  'pink',
  'blue',
  'classic',
  'travel',
  'deluxe',
  'foldable',
  'wooden',
  'silicone',
  'metal',
  'glow',
  'smart',
  'magnetic',
  'musical',
  'rainbow',
  'star',
  'animal',
  'safari',
  'ocean',
  'space',
  'unicorn',
  'dino',
  'princess',
  'racing',
];
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

/** An invented brand of two or three syllables, as the generated records and feeds use. */
export function brandName(r: () => number): string {
  const n = 2 + Math.floor(r() * 2);
  const word = Array.from({ length: n }, () => pick(r, SYLLABLES)).join('');
  return r() < 0.3 ? word.toUpperCase() : word[0]!.toUpperCase() + word.slice(1);
}

function modelNumber(r: () => number): string {
  const letters = Array.from(
    { length: 1 + Math.floor(r() * 3) },
    () => LETTERS[Math.floor(r() * LETTERS.length)]!,
  ).join('');
  const digits = String(Math.floor(r() * 100000)).padStart(3 + Math.floor(r() * 3), '0');
  return r() < 0.5 ? `${letters}-${digits}` : `${letters}${digits}`;
}

function gtin13(r: () => number): string {
  for (;;) {
    const body = Array.from({ length: 12 }, () => String(Math.floor(r() * 10))).join('');
    for (let check = 0; check < 10; check++) if (isValidGtin(`${body}${check}`)) return `0${body}${check}`;
  }
}

function reword(text: string, r: () => number): string {
  const words = text.split(/\s+/);
  if (words.length > 1 && r() < 0.6) words[Math.floor(r() * words.length)] = pick(r, WORDS);
  if (r() < 0.5) words.splice(Math.floor(r() * (words.length + 1)), 0, pick(r, WORDS));
  return words.join(' ');
}

/** N records varied from the bases: every record gets its own ID, brand, models and wording. */
export function scaleRecords(bases: HazardRecord[], n: number, seed = 7): HazardRecord[] {
  const r = rng(seed);
  const out: HazardRecord[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const base = bases[i % bases.length]!;
    const variant = Math.floor(i / bases.length);
    if (variant === 0) {
      out[i] = base;
      continue;
    }
    const ref = `${base.ref}-v${variant}`;
    const product = base.product;
    const brand = brandName(r);
    out[i] = {
      ...base,
      id: `${base.source}:${ref}`,
      ref,
      refs: [],
      product: {
        ...product,
        names: product.names.map((name) => ({ ...name, text: reword(name.text, r) })),
        brands: product.brands.length > 0 || r() < 0.3 ? [brand] : [],
        models: product.models.length > 0 || r() < 0.3 ? [modelNumber(r)] : [],
        gtins: r() < 0.15 ? [gtin13(r)] : [],
        otherCodes: [],
        certNumbers:
          base.source === 'kr-safetykorea' && r() < 0.3 ? [`XU${Math.floor(r() * 1e6)}-${Math.floor(r() * 1e5)}`] : [],
      },
      marketplaces:
        r() < 0.05
          ? [{ platform: 'aliexpress', listingId: `1005${String(Math.floor(r() * 1e12)).padStart(12, '0')}` }]
          : r() < 0.05
            ? [{ platform: 'temu', listingId: `6010${String(Math.floor(r() * 1e11)).padStart(11, '0')}` }]
            : [],
      linkedIds: [],
    };
  }
  return out;
}

/** Listing queries: real titles when given, titles written from records (brand, words, model), noise. */
export function makeQueries(records: HazardRecord[], realTitles: string[], count: number, seed = 11): ListingQuery[] {
  const r = rng(seed);
  const queries: ListingQuery[] = [];
  for (let i = 0; i < count; i++) {
    const roll = r();
    if (roll < 0.5 && realTitles.length > 0) {
      queries.push({ site: 'aliexpress', itemId: `1005${Math.floor(r() * 1e12)}`, title: pick(r, realTitles) });
    } else if (roll < 0.8) {
      const rec = pick(r, records);
      const parts = [
        rec.product.brands[0] ?? '',
        rec.product.names[0]?.text ?? '',
        rec.product.models[0] ?? '',
        pick(r, WORDS),
        pick(r, WORDS),
      ];
      queries.push({
        site: 'temu',
        itemId: `6010${Math.floor(r() * 1e11)}`,
        title: parts.filter(Boolean).join(' ').slice(0, 120),
      });
    } else {
      const words = Array.from({ length: 6 + Math.floor(r() * 10) }, () => pick(r, WORDS));
      queries.push({
        site: 'aliexpress',
        itemId: `1005${Math.floor(r() * 1e12)}`,
        title: `${brandName(r)} ${words.join(' ')} ${modelNumber(r)}`,
      });
    }
  }
  return queries;
}
