/**
 * The feed build: read every input with its adapter, merge rows of the same notice, link notices about
 * the same product, carry over sources that failed this time, and write the next signed version.
 * Bad rows and unreadable files are counted and reported, never fatal.
 */
import type { KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { hazardRecordSchema, type HazardRecord, type SourceFamily, type SourceKind } from '../hazards/schema';
import { linkRecords, mergeById, type LinkableRecord, type LinkStats } from './link';
import { readFeedDir, readFeedHistory } from './read';
import { adapterFor, runAdapter, type AdapterOptions, type BadRow } from './sources';
import { writeFeedVersion, type WrittenFeed } from './write';

export interface FeedInput {
  kind: SourceKind;
  path: string;
}

export interface BuildOptions {
  inputs: FeedInput[];
  outDir: string;
  /** A published feed folder (manifest, snapshot, history/) this version follows. */
  previousDir?: string;
  /** When given, the previous manifest's signature must verify with it. */
  previousPublicKey?: string;
  privateKey: KeyObject;
  adapterOptions?: AdapterOptions;
  /** Publish a source family with zero records instead of carrying its previous records over. */
  dropMissingSources?: boolean;
  maxDeltas?: number;
  minWaitSeconds?: number;
  now?: Date;
}

export interface InputReport {
  label: string;
  kind: SourceKind;
  records: number;
  bad: number;
  /** The first few bad rows, with reasons. */
  badSamples: BadRow[];
  skipped: Record<string, number>;
  fileError?: string;
}

export interface BuildReport {
  version: number;
  previousVersion?: number;
  recordCount: number;
  sources: Record<string, number>;
  inputs: InputReport[];
  mergedDuplicates: number;
  links: LinkStats;
  /** Families that produced nothing this time and kept their previous records. */
  carriedOver: Partial<Record<SourceFamily, number>>;
  deltas: { from: number; upserts: number; deletes: number; bytes: number }[];
  snapshotBytes: number;
  written: WrittenFeed;
}

const BAD_SAMPLES = 5;

export function buildFeed(options: BuildOptions): BuildReport {
  const inputs: InputReport[] = [];
  const rows: LinkableRecord[] = [];
  for (const input of options.inputs) {
    const label = `${input.kind}=${input.path}`;
    let text: string;
    try {
      text = readFileSync(input.path, 'utf8');
    } catch (error) {
      inputs.push({ label, kind: input.kind, records: 0, bad: 0, badSamples: [], skipped: {}, fileError: (error as Error).message });
      continue;
    }
    const result = runAdapter(adapterFor(input.kind, options.adapterOptions), text, label);
    // One by one: spreading a source's rows into push() overflows the stack past ~125k rows.
    for (const row of result.rows) rows.push(row);
    inputs.push({
      label,
      kind: input.kind,
      records: result.rows.length,
      bad: result.bad.length,
      badSamples: result.bad.slice(0, BAD_SAMPLES),
      skipped: result.skipped,
      ...(result.fileError && { fileError: result.fileError }),
    });
  }

  const merged = mergeById(rows);
  const previous = options.previousDir ? loadPrevious(options.previousDir, options.previousPublicKey) : undefined;
  const carriedOver: BuildReport['carriedOver'] = {};
  const items = merged.records;
  if (previous && !options.dropMissingSources) {
    const present = new Set(items.map((item) => item.record.source));
    for (const record of previous.records) {
      if (present.has(record.source)) continue;
      carriedOver[record.source] = (carriedOver[record.source] ?? 0) + 1;
      // Carried-over records keep their old links; they are relinked like everything else below.
      items.push({ record: { ...record, linkedIds: [] }, linkUrls: [] });
    }
  }

  const linked = linkRecords(items);
  const records: HazardRecord[] = linked.records.map((record) => hazardRecordSchema.parse(record));
  const sources: Record<string, number> = {};
  for (const record of records) sources[record.source] = (sources[record.source] ?? 0) + 1;
  const version = previous ? previous.version + 1 : 1;
  const written = writeFeedVersion({
    outDir: options.outDir,
    version,
    records,
    previous: previous?.history ?? [],
    privateKey: options.privateKey,
    sources,
    created: options.now,
    maxDeltas: options.maxDeltas,
    minWaitSeconds: options.minWaitSeconds,
  });

  return {
    version,
    ...(previous && { previousVersion: previous.version }),
    recordCount: records.length,
    sources,
    inputs,
    mergedDuplicates: merged.mergedDuplicates,
    links: linked.stats,
    carriedOver,
    deltas: written.deltaCounts.map((counts, i) => ({ ...counts, bytes: written.manifest.deltas[i]!.bytes })),
    snapshotBytes: written.manifest.snapshot.bytes,
    written,
  };
}

interface PreviousFeed {
  version: number;
  records: HazardRecord[];
  history: { version: number; records: HazardRecord[] }[];
}

function loadPrevious(dir: string, publicKey?: string): PreviousFeed {
  if (!existsSync(dir)) throw new Error(`--previous ${dir} does not exist`);
  const { manifest, records } = readFeedDir(dir, publicKey ? { publicKey } : {});
  const older = readFeedHistory(dir).filter((h) => h.version < manifest.version);
  return { version: manifest.version, records, history: [{ version: manifest.version, records }, ...older] };
}

/** The human-readable build report the CLI prints. */
export function formatReport(report: BuildReport): string {
  const lines: string[] = [];
  lines.push(`Feed version ${report.version}${report.previousVersion ? ` (after ${report.previousVersion})` : ''}: ${report.recordCount} records, snapshot ${report.snapshotBytes} bytes`);
  lines.push('Records per source:');
  for (const [source, count] of Object.entries(report.sources).sort()) lines.push(`  ${source.padEnd(18)} ${count}`);
  lines.push('Inputs:');
  for (const input of report.inputs) {
    const skipped = Object.values(input.skipped).reduce((a, b) => a + b, 0);
    lines.push(`  ${input.label}`);
    if (input.fileError) {
      lines.push(`    FILE NOT READ: ${input.fileError}`);
      continue;
    }
    lines.push(`    ${input.records} records, ${input.bad} bad rows${skipped ? `, ${skipped} skipped` : ''}`);
    for (const bad of input.badSamples) lines.push(`    bad row ${bad.row}${bad.ref ? ` (${bad.ref})` : ''}: ${bad.reason}`);
    for (const [reason, count] of Object.entries(input.skipped)) lines.push(`    skipped ${count}: ${reason}`);
  }
  lines.push(`Merged duplicate rows (same notice in several inputs): ${report.mergedDuplicates}`);
  const { pairs } = report.links;
  lines.push(
    `Links: ${pairs.url + pairs.gtin + pairs.brandModel + pairs.brandName} pairs (notice URL ${pairs.url}, GTIN ${pairs.gtin}, ` +
      `brand+model ${pairs.brandModel}, brand+name ${pairs.brandName}); ` +
      `${report.links.linkedRecords} records linked, ${report.links.crossSourceRecords} across sources`,
  );
  for (const [family, count] of Object.entries(report.carriedOver)) {
    lines.push(`WARNING: no ${family} records this time; carried over ${count} from version ${report.previousVersion}`);
  }
  for (const delta of report.deltas) lines.push(`Delta ${delta.from}→${report.version}: ${delta.upserts} upserts, ${delta.deletes} deletes, ${delta.bytes} bytes`);
  return lines.join('\n');
}
