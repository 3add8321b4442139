/**
 * The one definition of a hazard record. Every boundary (feed builder output, feed files read by the
 * extension, the bundled dataset, user-made listing rules) validates against these schemas, and the
 * TypeScript types are inferred from them so the two can never drift apart.
 */
import { z } from 'zod';
import { ACTIONS, CATEGORIES, PLATFORMS, RISK_TYPES, SOURCE_FAMILIES, SOURCE_KINDS, isValidGtin } from './vocabulary';

export * from './vocabulary';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, 'ISO date (YYYY-MM-DD…)');
const httpsUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'http(s) URL');

export const localizedTextSchema = z.object({
  lang: z.string().min(2).max(12),
  text: z.string().min(1).max(20_000),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const chemicalSchema = z.object({
  /** Canonical short name, e.g. `DEHP`, `lead`, `cadmium`, `formaldehyde`, `nickel`, `boron`. */
  name: z.string().min(1).max(200),
  cas: z.string().max(20).optional(),
  measured: z.number().nonnegative().optional(),
  limit: z.number().positive().optional(),
  unit: z.string().max(40).optional(),
  /** How many times the limit, when the source states only that ("9 times the limit", "기준치의 3.2배"). */
  timesLimit: z.number().positive().optional(),
  law: z.string().max(200).optional(),
});
export type Chemical = z.infer<typeof chemicalSchema>;

export const marketplaceRefSchema = z.object({
  platform: z.enum(PLATFORMS),
  /** The platform's own listing ID: AliExpress global `1005…`, Temu goods_id, ASIN… */
  listingId: z
    .string()
    .regex(/^[A-Za-z0-9]{4,32}$/)
    .optional(),
  url: httpsUrl.optional(),
  shopName: z.string().max(300).optional(),
  /** The platform's own store ID (AliExpress store number, Temu mall ID), when the source gives it. */
  shopId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/)
    .optional(),
  /** What the source wrote, before parsing. */
  raw: z.string().max(2000).optional(),
});
export type MarketplaceRef = z.infer<typeof marketplaceRefSchema>;

/** GTIN-14 with a valid GS1 check digit (shorter GTINs are left-padded with zeros). */
export const gtinSchema = z
  .string()
  .regex(/^\d{14}$/)
  .refine(isValidGtin, 'GTIN check digit');

export const hazardRecordSchema = z.object({
  /** `${source}:${ref}`, stable across feed versions, e.g. `eu-safety-gate:A12/00073/24`. */
  id: z.string().min(3).max(200),
  source: z.enum(SOURCE_FAMILIES),
  sourceKind: z.enum(SOURCE_KINDS),
  /** The source's native reference: EU alert number, CPSC recall number, HC NID, SafetyKorea UID, ACCC page slug, curatedId. */
  ref: z.string().min(1).max(100),
  /** Other references for the same notice (older alert number formats, RecallID, …). */
  refs: z.array(z.string().min(1).max(100)).max(20).default([]),
  /** The official notice. */
  url: httpsUrl.optional(),
  /** Who reported it, in words: "European Commission – Safety Gate", "Seoul Metropolitan Government". */
  authority: z.string().min(1).max(300),
  jurisdiction: z.string().regex(/^[A-Z]{2}$/),
  publishedAt: isoDate.optional(),
  updatedAt: isoDate.optional(),
  actions: z.array(z.enum(ACTIONS)).max(10).default([]),
  riskTypes: z.array(z.enum(RISK_TYPES)).max(22).default([]),
  riskLevel: z.enum(['serious', 'high', 'medium', 'low', 'unknown']).default('unknown'),
  chemicals: z.array(chemicalSchema).max(50).default([]),
  hazardText: z.array(localizedTextSchema).max(10).default([]),
  remedyText: z.array(localizedTextSchema).max(10).default([]),
  product: z.object({
    names: z.array(localizedTextSchema).min(1).max(20),
    /** Generic product type as the source wrote it ("Toy", "Hair dryer", "완구"). */
    type: z.string().max(300).optional(),
    category: z.enum(CATEGORIES).default('other'),
    categoryRaw: z.string().max(300).optional(),
    forChildren: z.boolean().default(false),
    brands: z.array(z.string().min(1).max(200)).max(20).default([]),
    models: z.array(z.string().min(1).max(200)).max(100).default([]),
    gtins: z.array(gtinSchema).max(100).default([]),
    otherCodes: z.array(z.string().min(1).max(200)).max(100).default([]),
    /** Korean KC certification numbers. */
    certNumbers: z.array(z.string().min(4).max(40)).max(50).default([]),
    images: z.array(httpsUrl).max(20).default([]),
    originCountry: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
  }),
  marketplaces: z.array(marketplaceRefSchema).max(100).default([]),
  /** IDs of records from other sources about the same product (linked, not duplicated). */
  linkedIds: z.array(z.string()).max(50).default([]),
  /**
   * Only for the `community` family: who confirmed the shoppers' report and when, and whose finding the
   * report cites as evidence (`authority` of such a record names the shoppers, not that body).
   */
  community: z
    .object({
      confirmedBy: z.string().min(1).max(100),
      confirmedOn: isoDate,
      evidenceAuthority: z.string().min(1).max(300),
      /** A wrong-match report was confirmed: the record no longer names the listing, it is a note. */
      wrongMatchOn: isoDate.optional(),
    })
    .optional(),
});
export type HazardRecord = z.infer<typeof hazardRecordSchema>;
/** What a feed producer writes before defaults are applied. */
export type HazardRecordInput = z.input<typeof hazardRecordSchema>;

export type RecordValidation = { ok: true; record: HazardRecord } | { ok: false; error: string };

export function validateRecord(input: unknown): RecordValidation {
  const parsed = hazardRecordSchema.safeParse(input);
  if (parsed.success) return { ok: true, record: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: `${issue?.path.join('.') || '(record)'}: ${issue?.message ?? 'invalid'}` };
}
