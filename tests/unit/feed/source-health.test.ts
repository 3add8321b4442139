import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendAll, buildFeed, formatReport, type FeedInput } from '../../../lib/feed/build';
import { readFeedDir } from '../../../lib/feed/read';
import { generateSigningKeyPair, loadPrivateKey } from '../../../lib/feed/signing';
import { SourceShrinkError } from '../../../lib/feed/source-health';
import { projectRoot, tempDir } from './helpers';

const keys = generateSigningKeyPair();
const privateKey = loadPrivateKey(keys.privateKeyPem);

/** A SafetyKorea answer with invented recalls: `count` rows numbered from `first`. */
function safetyKoreaFile(dir: string, name: string, list: 'domestic' | 'foreign', uids: number[]): FeedInput {
  const rows = uids.map((uid) => ({
    [list === 'domestic' ? 'recallUid' : 'fRecallUid']: String(uid),
    recallProductName: `Invented toy number ${uid}`,
    recallBrandName: 'Quorvel',
    recallModelName: `QV-${uid}`,
    recallTypeName: '자발적리콜',
    makingCntryName: '국외>아시아지역>중국',
    publishDate: '20260110',
    harmDscr: '작은 부품이 분리되어 질식 위험',
    ...(list === 'foreign' && { recallPblshOrgnName: 'CPSC' }),
  }));
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify({ resultCode: '0000', resultMsg: 'ok', resultData: { list: rows } }));
  return { kind: 'safetykorea', path: file };
}

/** The reported failure: version 1 has 9 SafetyKorea records (6 domestic, 3 foreign); the foreign list fails next time. */
function scenario() {
  const raw = tempDir();
  const domestic = safetyKoreaFile(raw, 'domestic.json', 'domestic', [1, 2, 3, 4, 5, 6]);
  const foreign = safetyKoreaFile(raw, 'foreign.json', 'foreign', [7, 8, 9]);
  const v1Dir = tempDir();
  const v1 = buildFeed({ inputs: [domestic, foreign], outDir: v1Dir, privateKey });
  return { raw, domestic, foreign, v1Dir, v1 };
}

describe('source health', () => {
  it('puts each source’s listed count, sub-lists and content hash in the report and the signed manifest', () => {
    const { v1, v1Dir } = scenario();
    expect(v1.sourceHealth['kr-safetykorea']).toMatchObject({
      listed: 9,
      records: 9,
      subLists: { domestic: 6, foreign: 3 },
    });
    const { manifest } = readFeedDir(v1Dir, { publicKey: keys.publicKey });
    expect(manifest.sourceHealth).toEqual(v1.sourceHealth);
    expect(manifest.sourceHealth!['kr-safetykorea']!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(formatReport(v1)).toMatch(/kr-safetykorea\s+9 \(listed 9; domestic 6, foreign 3; sha256 [0-9a-f]{12}\)/);
  });

  it('refuses a version that drops 3 of 9 records of a source, naming it, and writes nothing', () => {
    const { domestic, v1Dir } = scenario();
    const v2Dir = tempDir();
    let error: unknown;
    try {
      buildFeed({ inputs: [domestic], outDir: v2Dir, previousDir: v1Dir, privateKey });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(SourceShrinkError);
    const message = (error as Error).message;
    expect(message).toContain('kr-safetykorea listed 6 records, 3 fewer than the 9 of version 1');
    expect(message).toContain('--accept-shrink kr-safetykorea');
    expect(() => readFeedDir(v2Dir)).toThrow(/ENOENT/);
  });

  it('refuses a source that lost a sub-list even when the total stayed within the allowed shrink', () => {
    const raw = tempDir();
    const v1Dir = tempDir();
    buildFeed({
      inputs: [
        safetyKoreaFile(raw, 'd.json', 'domestic', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        safetyKoreaFile(raw, 'f.json', 'foreign', [11]),
      ],
      outDir: v1Dir,
      privateKey,
    });
    const grown = safetyKoreaFile(raw, 'd2.json', 'domestic', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12]);
    expect(() => buildFeed({ inputs: [grown], outDir: tempDir(), previousDir: v1Dir, privateKey })).toThrow(
      /kr-safetykorea lost its foreign list \(1 records in version 1, none now\)/,
    );
  });

  it('with --accept-shrink passes and keeps the records the source stopped listing', () => {
    const { domestic, v1Dir } = scenario();
    const v2Dir = tempDir();
    const v2 = buildFeed({
      inputs: [domestic],
      outDir: v2Dir,
      previousDir: v1Dir,
      privateKey,
      acceptShrink: ['kr-safetykorea'],
    });
    expect(v2.recordCount).toBe(9);
    expect(v2.kept).toEqual({ 'kr-safetykorea': 3 });
    expect(v2.deltas[0]).toMatchObject({ from: 1, deletes: 0 });
    expect(v2.sourceHealth['kr-safetykorea']).toMatchObject({ listed: 6, records: 9, subLists: { domestic: 6 } });
    expect(
      readFeedDir(v2Dir)
        .records.map((r) => r.ref)
        .sort(),
    ).toEqual(['7', '8', '9', 'D1', 'D2', 'D3', 'D4', 'D5', 'D6']);
    expect(formatReport(v2)).toContain('Kept 3 kr-safetykorea records the source no longer lists');
  });

  it('lets a source list up to the allowed share fewer, and merges a recent-only list into the older records', () => {
    const { raw, v1Dir } = scenario();
    // A rolling window: 1 and 2 fell out, 10 and 11 are new.
    const window = [
      safetyKoreaFile(raw, 'd3.json', 'domestic', [3, 4, 5, 6, 10, 11]),
      safetyKoreaFile(raw, 'f3.json', 'foreign', [7, 8, 9]),
    ];
    const v2 = buildFeed({ inputs: window, outDir: tempDir(), previousDir: v1Dir, privateKey });
    expect(v2.recordCount).toBe(11);
    expect(v2.kept).toEqual({ 'kr-safetykorea': 2 });
    // 8 of 9 is 11% fewer: refused by default, allowed with a 20% limit.
    const smaller = [safetyKoreaFile(raw, 'd4.json', 'domestic', [1, 2, 3, 4, 5]), window[1]!];
    expect(() => buildFeed({ inputs: smaller, outDir: tempDir(), previousDir: v1Dir, privateKey })).toThrow(
      /listed 8 records, 1 fewer/,
    );
    expect(
      buildFeed({ inputs: smaller, outDir: tempDir(), previousDir: v1Dir, privateKey, maxShrink: 0.2 }).recordCount,
    ).toBe(9);
  });

  it('still reads a manifest written before source health existed, comparing against its per-source counts', () => {
    const { domestic, v1Dir, v1 } = scenario();
    // Rewrite v1 without sourceHealth, as older builders did (unsigned read).
    const manifestPath = path.join(v1Dir, 'manifest.json');
    const { sourceHealth: _dropped, ...old } = v1.written.manifest;
    writeFileSync(manifestPath, `${JSON.stringify(old, null, 2)}\n`);
    expect(readFeedDir(v1Dir).manifest.sourceHealth).toBeUndefined();
    expect(() => buildFeed({ inputs: [domestic], outDir: tempDir(), previousDir: v1Dir, privateKey })).toThrow(
      /listed 6 records, 3 fewer than the 9/,
    );
  });

  it('the CLI exits 1 with the source and the flag to use, and --accept-shrink builds', () => {
    const { domestic, v1Dir } = scenario();
    const cli = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'lib/cli/feed.ts'), ...args], {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { ...process.env, FEED_PRIVATE_KEY: keys.privateKeyPem },
      });
    const base = ['build', '--out', tempDir(), '--previous', v1Dir, '--input', `safetykorea=${domestic.path}`];
    const refused = cli(base);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('refusing to publish');
    expect(refused.stderr).toContain('--accept-shrink kr-safetykorea');
    expect(cli([...base, '--accept-shrink', 'kr-safety']).stderr).toContain('--accept-shrink takes a source family');
    const accepted = cli([...base, '--accept-shrink', 'kr-safetykorea']);
    expect(accepted.status, accepted.stderr).toBe(0);
    expect(accepted.stdout).toContain('Feed version 2 (after 1): 9 records');
  }, 60_000);
});

describe('large inputs', () => {
  it('collects 200,000 rows of one input without overflowing the call stack', () => {
    const row = { record: { id: 'x' }, linkUrls: [] };
    const big = new Array(200_000).fill(row);
    // What the builder did before: push(...rows) passes every row as an argument.
    expect(() => ([] as unknown[]).push(...big)).toThrow(RangeError);
    expect(appendAll([row], big)).toHaveLength(200_001);
  });
});
