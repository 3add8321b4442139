import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFeed, formatReport, type FeedInput } from '../../../lib/feed/build';
import { decodeDelta, sortRecords } from '../../../lib/feed/codec';
import { applyDelta } from '../../../lib/feed/delta';
import { readFeedDir } from '../../../lib/feed/read';
import { generateSigningKeyPair, loadPrivateKey } from '../../../lib/feed/signing';
import { fixture, projectRoot, tempDir } from './helpers';

const keys = generateSigningKeyPair();
const privateKey = loadPrivateKey(keys.privateKeyPem);

const ALL_INPUTS: FeedInput[] = [
  { kind: 'safety-gate-api', path: fixture('safety-gate-api.json') },
  { kind: 'safety-gate-export', path: fixture('safety-gate-export.csv') },
  { kind: 'cpsc-api', path: fixture('cpsc-api.json') },
  { kind: 'cpsc-csv', path: fixture('cpsc-export.csv') },
  { kind: 'health-canada', path: fixture('health-canada.json') },
  { kind: 'safetykorea', path: fixture('safetykorea-foreign.json') },
  { kind: 'safetykorea', path: fixture('safetykorea-domestic.json') },
  { kind: 'curated', path: fixture('curated.jsonl') },
];

describe('buildFeed', () => {
  it('builds every source into one signed version, counting bad rows per input without stopping', () => {
    const out = tempDir();
    const report = buildFeed({
      inputs: [
        ...ALL_INPUTS,
        { kind: 'curated', path: fixture('does-not-exist.jsonl') },
        { kind: 'safetykorea', path: fixture('safetykorea-error.json') },
      ],
      outDir: out,
      privateKey,
    });
    expect(report.version).toBe(1);
    expect(report.sources).toEqual({
      'eu-safety-gate': 4,
      'us-cpsc': 4,
      'ca-health-canada': 1,
      'kr-safetykorea': 4,
      curated: 2,
    });
    expect(report.recordCount).toBe(15);
    expect(report.inputs.map((i) => [i.kind, i.records, i.bad])).toEqual([
      ['safety-gate-api', 2, 1],
      ['safety-gate-export', 2, 1],
      ['cpsc-api', 2, 1],
      ['cpsc-csv', 2, 2],
      ['health-canada', 1, 1],
      ['safetykorea', 2, 1],
      ['safetykorea', 2, 0],
      ['curated', 2, 5],
      ['curated', 0, 0],
      ['safetykorea', 0, 0],
    ]);
    expect(report.inputs[8]!.fileError).toMatch(/ENOENT/);
    expect(report.inputs[9]!.fileError).toMatch(/SafetyKorea error 9999/);

    const { manifest, records } = readFeedDir(out, { publicKey: keys.publicKey });
    expect(manifest.sources).toEqual(report.sources);
    const doll = records.find((r) => r.id === 'us-cpsc:26901')!;
    expect(doll.linkedIds).toEqual([
      'ca-health-canada:90001',
      'curated:T-0001',
      'eu-safety-gate:SR/00001/26',
      'kr-safetykorea:9001',
    ]);
    expect(report.links.pairs.url).toBe(2);
    expect(report.links.crossSourceRecords).toBeGreaterThanOrEqual(5);

    const text = formatReport(report);
    expect(text).toContain('bad row 4 (T-0004): listingId "B0TEST" is not a valid aliexpress item ID');
    expect(text).toContain('FILE NOT READ');
    expect(text).toMatch(/Links: \d+ pairs/);
  });

  it('makes the next version from --previous with deltas that reproduce it, and keeps the history', () => {
    const v1Dir = tempDir();
    buildFeed({ inputs: ALL_INPUTS.slice(0, 4), outDir: v1Dir, privateKey });
    const v2Dir = tempDir();
    const report = buildFeed({
      inputs: ALL_INPUTS,
      outDir: v2Dir,
      previousDir: v1Dir,
      previousPublicKey: keys.publicKey,
      privateKey,
    });
    expect(report.version).toBe(2);
    expect(report.previousVersion).toBe(1);

    const v1 = readFeedDir(v1Dir).records;
    const v2 = readFeedDir(v2Dir, { publicKey: keys.publicKey });
    expect(v2.manifest.deltas.map((d) => d.from)).toEqual([1]);
    const delta = decodeDelta(readFileSync(path.join(v2Dir, 'delta-1-2.json.gz')));
    expect(sortRecords(applyDelta(v1, delta))).toEqual(sortRecords(v2.records));
    expect(report.deltas[0]).toMatchObject({ from: 1, deletes: 0 });
    expect(existsSync(path.join(v2Dir, 'history', 'snapshot-1.ndjson.gz'))).toBe(true);

    // v3 in place (--previous = --out) has deltas from both earlier versions.
    const v3 = buildFeed({
      inputs: ALL_INPUTS.slice(2),
      outDir: v2Dir,
      previousDir: v2Dir,
      privateKey,
      dropMissingSources: true,
    });
    expect(v3.version).toBe(3);
    const v3Feed = readFeedDir(v2Dir);
    expect(v3Feed.manifest.deltas.map((d) => d.from)).toEqual([2, 1]);
    const fromV1 = decodeDelta(readFileSync(path.join(v2Dir, 'delta-1-3.json.gz')));
    expect(sortRecords(applyDelta(v1, fromV1))).toEqual(sortRecords(v3Feed.records));
    expect(v3Feed.records.some((r) => r.source === 'eu-safety-gate')).toBe(false);
  });

  it('carries a source over when it yields nothing this time, so a failed download deletes nothing', () => {
    const v1Dir = tempDir();
    buildFeed({ inputs: ALL_INPUTS, outDir: v1Dir, privateKey });
    const v2Dir = tempDir();
    const report = buildFeed({
      inputs: [
        ...ALL_INPUTS.filter((i) => i.kind !== 'health-canada'),
        { kind: 'safety-gate-api', path: fixture('missing.json') },
      ],
      outDir: v2Dir,
      previousDir: v1Dir,
      privateKey,
    });
    expect(report.carriedOver).toEqual({ 'ca-health-canada': 1 });
    expect(report.sources['ca-health-canada']).toBe(1);
    expect(report.deltas[0]).toMatchObject({ deletes: 0 });
    expect(formatReport(report)).toContain('WARNING: no ca-health-canada records this time');
  });

  it('refuses a --previous folder whose signature does not match the given key', () => {
    const v1Dir = tempDir();
    buildFeed({ inputs: ALL_INPUTS.slice(0, 1), outDir: v1Dir, privateKey });
    expect(() =>
      buildFeed({
        inputs: ALL_INPUTS.slice(0, 1),
        outDir: tempDir(),
        previousDir: v1Dir,
        previousPublicKey: generateSigningKeyPair().publicKey,
        privateKey,
      }),
    ).toThrow(/signature/);
    expect(() =>
      buildFeed({
        inputs: ALL_INPUTS.slice(0, 1),
        outDir: tempDir(),
        previousDir: path.join(v1Dir, 'nope'),
        privateKey,
      }),
    ).toThrow(/does not exist/);
  });
});

describe('npm run feed (CLI)', () => {
  const cli = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'lib/cli/feed.ts'), ...args], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, FEED_PRIVATE_KEY: '', ...env },
    });

  it('keygen writes a PEM and a raw base64 public key; build signs with it', () => {
    const keyDir = tempDir();
    const keygen = cli(['keygen', '--out', keyDir]);
    expect(keygen.status).toBe(0);
    const publicKey = readFileSync(path.join(keyDir, 'feed-public-key.txt'), 'utf8').trim();
    expect(Buffer.from(publicKey, 'base64')).toHaveLength(32);
    expect(keygen.stdout).toContain(`WXT_FEED_PUBLIC_KEY=${publicKey}`);

    const out = tempDir();
    const build = cli([
      'build',
      '--out',
      out,
      '--private-key',
      path.join(keyDir, 'feed-private-key.pem'),
      '--require-key',
      '--input',
      `cpsc-api=${fixture('cpsc-api.json')}`,
      '--input',
      `curated=${fixture('curated.jsonl')}`,
    ]);
    expect(build.status, build.stderr).toBe(0);
    expect(build.stdout).toContain('Feed version 1: 4 records');
    expect(build.stderr).not.toContain('THROWAWAY');
    expect(readFeedDir(out, { publicKey }).records).toHaveLength(4);

    const verified = cli(['verify', '--dir', out, '--public-key', publicKey]);
    expect(verified.stdout).toContain('OK: version 1, 4 records, 0 deltas, signature verified');
    const rejected = cli(['verify', '--dir', out, '--public-key', keys.publicKey]);
    expect(rejected.status).toBe(1);
    expect(rejected.stderr).toContain('signature does not verify');
  }, 60_000);

  it('without a key: refuses with --require-key, otherwise signs with a loudly announced throwaway key', () => {
    const refused = cli([
      'build',
      '--out',
      tempDir(),
      '--require-key',
      '--input',
      `curated=${fixture('curated.jsonl')}`,
    ]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('no signing key');

    const out = tempDir();
    const inputs = path.join(out, 'inputs.txt');
    copyFileSync(fixture('curated.jsonl'), path.join(out, 'curated.jsonl'));
    writeFileSync(inputs, '# from fetch\ncurated=curated.jsonl\n');
    const dev = cli(['build', '--out', path.join(out, 'feed'), '--inputs-file', inputs]);
    expect(dev.status, dev.stderr).toBe(0);
    expect(dev.stderr).toContain('THROWAWAY key');
    const devKey = readFileSync(path.join(out, 'feed', 'dev-public-key.txt'), 'utf8').trim();
    expect(readFeedDir(path.join(out, 'feed'), { publicKey: devKey }).records).toHaveLength(2);

    expect(cli(['build', '--out', out, '--input', 'nonsense=x']).stderr).toContain('unknown input kind "nonsense"');
  }, 60_000);
});
