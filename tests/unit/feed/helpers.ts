/** Shared helpers for the feed tests: hand-made records and temp folders. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { hazardRecordSchema, type HazardRecord, type HazardRecordInput } from '../../../lib/hazards/schema';

export const projectRoot = path.resolve(__dirname, '../../..');
export const sharedDir = process.env.SHARED_DIR ?? path.resolve(projectRoot, '../shared');
export const sharedFile = (relative: string) => path.join(sharedDir, relative);
export const fixture = (name: string) => path.join(projectRoot, 'tests/fixtures/sources', name);
export const missing = (file: string) => !existsSync(file);

const made: string[] = [];
export function tempDir(prefix = 'feed-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A minimal valid record; `overrides` replace top-level fields. */
export function record(ref: string, overrides: Partial<HazardRecordInput> = {}): HazardRecord {
  return hazardRecordSchema.parse({
    id: `curated:${ref}`,
    source: 'curated',
    sourceKind: 'curated',
    ref,
    authority: 'Test authority',
    jurisdiction: 'KR',
    product: { names: [{ lang: 'en', text: `Product ${ref}` }] },
    ...overrides,
  });
}
