/**
 * Loads a built feed folder in Node (CLI tools, eval, tests): checks the manifest, the snapshot's size
 * and sha256, the records digest, every record against the schema, and, when a public key is given,
 * the manifest signature.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { HazardRecord } from '../hazards/schema';
import { decodeSnapshot, recordsDigest, sha256Hex } from './codec';
import { MANIFEST_FILE, SIGNATURE_FILE, manifestSchema, snapshotName, type FeedManifest } from './format';
import { verifyBytes } from './signing';

export interface ReadFeedOptions {
  /** Base64 raw Ed25519 public key; when given, a missing or bad signature throws. */
  publicKey?: string;
}

export interface LoadedFeed {
  manifest: FeedManifest;
  records: HazardRecord[];
}

export function readFeedDir(dir: string, options: ReadFeedOptions = {}): LoadedFeed {
  const manifestBytes = readFileSync(path.join(dir, MANIFEST_FILE));
  if (options.publicKey !== undefined) {
    const signaturePath = path.join(dir, SIGNATURE_FILE);
    if (!existsSync(signaturePath)) throw new Error(`${SIGNATURE_FILE} missing in ${dir}`);
    const signature = readFileSync(signaturePath, 'utf8');
    if (!verifyBytes(manifestBytes, signature, options.publicKey)) {
      throw new Error(`manifest signature does not verify with the given public key (${dir})`);
    }
  }
  const manifest = manifestSchema.parse(JSON.parse(manifestBytes.toString('utf8')));
  const snapshotBytes = readFileSync(path.join(dir, manifest.snapshot.name));
  if (snapshotBytes.length !== manifest.snapshot.bytes) {
    throw new Error(
      `${manifest.snapshot.name}: ${snapshotBytes.length} bytes, manifest says ${manifest.snapshot.bytes}`,
    );
  }
  if (sha256Hex(snapshotBytes) !== manifest.snapshot.sha256) {
    throw new Error(`${manifest.snapshot.name}: sha256 does not match the manifest`);
  }
  const records = decodeSnapshot(snapshotBytes);
  if (records.length !== manifest.recordCount) {
    throw new Error(`snapshot has ${records.length} records, manifest says ${manifest.recordCount}`);
  }
  if (recordsDigest(records.map((record) => record.id)) !== manifest.recordsDigest) {
    throw new Error('records digest does not match the manifest');
  }
  return { manifest, records };
}

export const HISTORY_DIR = 'history';
export const historySnapshotPath = (dir: string, version: number) => path.join(dir, HISTORY_DIR, snapshotName(version));

/**
 * Earlier versions kept beside a published feed (history/snapshot-<v>.ndjson.gz), newest first.
 * Unreadable history files are skipped: they only cost a delta, never the build.
 */
export function readFeedHistory(dir: string): { version: number; records: HazardRecord[] }[] {
  const historyDir = path.join(dir, HISTORY_DIR);
  if (!existsSync(historyDir)) return [];
  const versions = readdirSync(historyDir)
    .map((name) => /^snapshot-(\d+)\.ndjson\.gz$/.exec(name)?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number)
    .sort((a, b) => b - a);
  const history: { version: number; records: HazardRecord[] }[] = [];
  for (const version of versions) {
    try {
      history.push({ version, records: decodeSnapshot(readFileSync(historySnapshotPath(dir, version))) });
    } catch {
      // a damaged history file only means no delta from that version
    }
  }
  return history;
}
