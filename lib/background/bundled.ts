import { bundledDataAsOf, bundledGeneratedAt, bundledSources, loadBundledRecords } from '../feed/bundled';
import type { BundledData } from './hazard-service';

/** The dataset shipped inside the extension: what it warns on offline, before its first sync. */
export function bundledData(): BundledData {
  return {
    records: loadBundledRecords(),
    dataAsOf: bundledDataAsOf(),
    generatedAt: bundledGeneratedAt(),
    sources: bundledSources(),
  };
}
