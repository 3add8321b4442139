/** The contract every source adapter follows, and what running one over a file produces. */
import type { HazardRecord, HazardRecordInput, SourceKind } from '../../hazards/schema';

/** A record built from one source row, plus URLs that name the same product at another authority. */
export interface BuiltRow {
  record: HazardRecordInput;
  /** CPSC `Inconjunctions`, SafetyKorea foreign `recallUrl`: used for cross-source linking only. */
  linkUrls?: string[];
}

/** A row the adapter deliberately leaves out (e.g. a medical device in Health Canada's file). */
export interface SkippedRow {
  skip: string;
}

export interface SourceAdapter {
  kind: SourceKind;
  /** Splits the file into rows; throws only when the file as a whole cannot be read. */
  readRows(text: string): unknown[];
  /** Builds one record; throws (with a reason) for a bad row. */
  toRecord(row: unknown): BuiltRow | SkippedRow;
}

export interface BadRow {
  /** 1-based row (or line) number in the input. */
  row: number;
  ref?: string;
  reason: string;
}

export interface ValidRow {
  record: HazardRecord;
  linkUrls: string[];
}

export interface SourceResult {
  kind: SourceKind;
  /** The input as given on the command line (`kind=path`). */
  label: string;
  rows: ValidRow[];
  bad: BadRow[];
  skipped: Record<string, number>;
  /** Set when the file could not be read at all; the build goes on without it. */
  fileError?: string;
}

/** Thrown by adapters for a row that cannot become a record. */
export class RowError extends Error {
  constructor(
    message: string,
    readonly ref?: string,
  ) {
    super(message);
  }
}
