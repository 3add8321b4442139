/**
 * The bundled default dataset (assets/bundled/hazards.json): what the extension warns on before its
 * first feed sync. Written by the team from public notices; validated here so a bad edit fails loudly
 * in tests and at build time instead of silently dropping records. Browser-safe (no Node imports).
 */
import { z } from 'zod';
import bundled from '../../assets/bundled/hazards.json';
import { hazardRecordSchema, type HazardRecord } from '../hazards/schema';

const bundleSchema = z.object({
  dataAsOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  records: z.array(hazardRecordSchema),
});

let cache: z.infer<typeof bundleSchema> | undefined;
const parsed = () => (cache ??= bundleSchema.parse(bundled));

/** Every bundled record, validated against the one hazard record schema. */
export function loadBundledRecords(): HazardRecord[] {
  return parsed().records;
}

/** Date of the newest bundled notice: what "data as of" shows before the first sync. */
export function bundledDataAsOf(): string {
  return parsed().dataAsOf;
}
