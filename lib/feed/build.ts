/**
 * The feed build: read every input with its adapter, merge rows of the same notice, link notices about
 * the same product, carry over sources that failed this time, keep records a source stops listing, and
 * write the next signed version. Bad rows and unreadable files are counted and reported, never fatal; a
 * source that listed much less than last time, or lost a sub-list, stops the build (source-health.ts).
 */
import type { KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { hazardRecordSchema, type HazardRecord, type SourceFamily, type SourceKind } from '../hazards/schema';
import { linkRecords, mergeById, type LinkableRecord, type LinkStats } from './link';
import type { FeedManifest, SourceHealth } from './format';
import { readFeedDir, readFeedHistory } from './read';
import { findShrinks, sourceHealth, SourceShrinkError } from './source-health';
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
  /** Largest share fewer records a source may list than in --previous (default 0.1). */
  maxShrink?: number;
  /** Source families whose shrink the publisher has checked and accepts. */
  acceptShrink?: readonly string[];
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
  /** Records of sources that were read this time but no longer list them: kept, per family. */
  kept: Partial<Record<SourceFamily, number>>;
  sourceHealth: Record<string, SourceHealth>;
  deltas: { from: number; upserts: number; deletes: number; bytes: number }[];
  snapshotBytes: number;
  written: WrittenFeed;
}

const BAD_SAMPLES = 5;

/** Appends one at a time: spreading a large input into push() overflows the call stack (~125k rows). */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

export function buildFeed(options: BuildOptions): BuildReport {
  const inputs: InputReport[] = [];
  const rows: LinkableRecord[] = [];
  for (const input of options.inputs) {
    const label = `${input.kind}=${input.path}`;
    let text: string;
    try {
      text = readFileSync(input.path, 'utf8');
    } catch (error) {
      inputs.push({
        label,
        kind: input.kind,
        records: 0,
        bad: 0,
        badSamples: [],
        skipped: {},
        fileError: (error as Error).message,
      });
      continue;
    }
    const result = runAdapter(adapterFor(input.kind, options.adapterOptions), text, label);
    appendAll(rows, result.rows);
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
  const kept: BuildReport['kept'] = {};
  const items = [...merged.records];
  if (previous) {
    const present = new Set(items.map((item) => item.record.source));
    const listed = new Set(items.map((item) => item.record.id));
    for (const record of previous.records) {
      if (listed.has(record.id)) continue;
      if (present.has(record.source)) {
        // No source input says a notice was withdrawn, so one it stops listing stays published.
        kept[record.source] = (kept[record.source] ?? 0) + 1;
      } else {
        if (options.dropMissingSources) continue;
        carriedOver[record.source] = (carriedOver[record.source] ?? 0) + 1;
      }
      // Earlier records keep their old links; they are relinked like everything else below.
      items.push({ record: { ...record, linkedIds: [] }, linkUrls: [] });
    }
  }

  const linked = linkRecords(items);
  const records: HazardRecord[] = linked.records.map((record) => hazardRecordSchema.parse(record));
  const sources: Record<string, number> = {};
  for (const record of records) sources[record.source] = (sources[record.source] ?? 0) + 1;
  const health = sourceHealth(
    merged.records.map((item) => item.record),
    records,
  );
  if (previous) {
    const problems = findShrinks(
      health,
      { ...previous.manifest, version: previous.version },
      {
        maxShrink: options.maxShrink,
        accepted: options.acceptShrink,
      },
    );
    if (problems.length > 0) throw new SourceShrinkError(problems);
  }
  const version = previous ? previous.version + 1 : 1;
  const written = writeFeedVersion({
    outDir: options.outDir,
    version,
    records,
    previous: previous?.history ?? [],
    privateKey: options.privateKey,
    sources,
    sourceHealth: health,
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
    kept,
    sourceHealth: health,
    deltas: written.deltaCounts.map((counts, i) => ({ ...counts, bytes: written.manifest.deltas[i]!.bytes })),
    snapshotBytes: written.manifest.snapshot.bytes,
    written,
  };
}

interface PreviousFeed {
  version: number;
  manifest: FeedManifest;
  records: HazardRecord[];
  history: { version: number; records: HazardRecord[] }[];
}

function loadPrevious(dir: string, publicKey?: string): PreviousFeed {
  if (!existsSync(dir)) throw new Error(`--previous ${dir} does not exist`);
  const { manifest, records } = readFeedDir(dir, publicKey ? { publicKey } : {});
  const older = readFeedHistory(dir).filter((h) => h.version < manifest.version);
  return { version: manifest.version, manifest, records, history: [{ version: manifest.version, records }, ...older] };
}

/** The human-readable build report the CLI prints. */
export function formatReport(report: BuildReport): string {
  const lines: string[] = [];
  lines.push(
    `Feed version ${report.version}${report.previousVersion ? ` (after ${report.previousVersion})` : ''}: ${report.recordCount} records, snapshot ${report.snapshotBytes} bytes`,
  );
  lines.push('Records per source (listed this time, sub-lists, content hash):');
  for (const [source, count] of Object.entries(report.sources).sort()) {
    const health = report.sourceHealth[source];
    const subLists = Object.entries(health?.subLists ?? {})
      .map(([name, n]) => `${name} ${n}`)
      .join(', ');
    lines.push(
      `  ${source.padEnd(18)} ${count}` +
        (health
          ? ` (listed ${health.listed}${subLists ? `; ${subLists}` : ''}; sha256 ${health.sha256.slice(0, 12)})`
          : ''),
    );
  }
  lines.push('Inputs:');
  for (const input of report.inputs) {
    const skipped = Object.values(input.skipped).reduce((a, b) => a + b, 0);
    lines.push(`  ${input.label}`);
    if (input.fileError) {
      lines.push(`    FILE NOT READ: ${input.fileError}`);
      continue;
    }
    lines.push(`    ${input.records} records, ${input.bad} bad rows${skipped ? `, ${skipped} skipped` : ''}`);
    for (const bad of input.badSamples)
      lines.push(`    bad row ${bad.row}${bad.ref ? ` (${bad.ref})` : ''}: ${bad.reason}`);
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
  for (const [family, count] of Object.entries(report.kept)) {
    lines.push(`Kept ${count} ${family} records the source no longer lists (not marked withdrawn by the source)`);
  }
  for (const delta of report.deltas)
    lines.push(
      `Delta ${delta.from}→${report.version}: ${delta.upserts} upserts, ${delta.deletes} deletes, ${delta.bytes} bytes`,
    );
  return lines.join('\n');
}
