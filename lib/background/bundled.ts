import type { BundledData } from './hazard-service';

/** Interim: replaced by the bundled default dataset. */
export function bundledData(): BundledData {
  return { records: [], dataAsOf: '2026-11-01' };
}
