/**
 * How the background builds its match engine: from the stored records, or — on a waking service worker —
 * from the serialized index saved for the same data version, which skips re-profiling every record.
 */
import { buildEngine, engineFromSerialized, type Engine } from '../matching/engine';
import { decodeIndex } from '../matching/index-codec';
import { INDEX_FORMAT_VERSION, type SerializedIndex } from '../matching/store';
export { isCurrentProfile, storedProfileOf as profileOf } from '../matching/stored-profile';

export const createEngine = buildEngine;

/** The saved index is used only when it was made from exactly this data version. */
export interface PersistedIndex {
  dataKey: string;
  index: SerializedIndex;
}

export function engineFromPersisted(saved: PersistedIndex | undefined, dataKey: string): Engine | null {
  if (!saved || saved.dataKey !== dataKey) return null;
  if (saved.index?.format !== 'hazard-check-index' || saved.index.version !== INDEX_FORMAT_VERSION) return null;
  try {
    return engineFromSerialized(saved.index);
  } catch {
    return null; // a damaged index is rebuilt from the records
  }
}

/**
 * The publisher's prebuilt index (chunk store), decoded or as its stored bytes; null when it was built by
 * another matcher version or is unreadable (the engine is then built from the records).
 */
export function engineFromIndex(index: unknown): Engine | null {
  try {
    const data = (index instanceof Uint8Array ? decodeIndex(index) : index) as SerializedIndex | undefined;
    if (data?.format !== 'hazard-check-index' || data.version !== INDEX_FORMAT_VERSION) return null;
    return engineFromSerialized(data);
  } catch {
    return null;
  }
}
