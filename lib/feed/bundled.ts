/**
 * The bundled default dataset (assets/bundled/hazards.json): what the extension warns on before its
 * first feed sync. Generated from a built feed by `npm run feed -- bundle` (lib/feed/bundle.ts), never
 * typed; validated here so a bad file fails loudly in tests and at build time instead of silently
 * dropping records. Browser-safe (no Node imports).
 */
import { z } from 'zod';
import bundled from '../../assets/bundled/hazards.json';
import { hazardRecordSchema, type HazardRecord } from '../hazards/schema';

const bundleSchema = z.object({
  dataAsOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** When the feed it was made from was built. */
  generatedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** Each source with its count, publisher and licence (the attribution the licences ask for). */
  sources: z
    .array(
      z.object({
        source: z.string(),
        count: z.number().int().nonnegative(),
        publisher: z.string(),
        licence: z.string(),
        url: z.string(),
      }),
    )
    .default([]),
  records: z.array(hazardRecordSchema),
});

let cache: z.infer<typeof bundleSchema> | undefined;
const parsed = () => (cache ??= bundleSchema.parse(bundled));

/** Every bundled record, validated against the one hazard record schema. */
export function loadBundledRecords(): HazardRecord[] {
  return parsed().records;
}

/** When the bundle was generated (the date of the feed it was selected from). */
export function bundledGeneratedAt(): string | undefined {
  return parsed().generatedAt;
}

/** The bundle's sources with their licences and attribution. */
export function bundledSources() {
  return parsed().sources;
}

/** Date of the newest bundled notice: what "data as of" shows before the first sync. */
export function bundledDataAsOf(): string {
  return parsed().dataAsOf;
}
