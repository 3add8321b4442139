/**
 * Triage as data: a report issue becomes one curated line (or a reason it cannot), and that line
 * becomes a `community` record worded as a shoppers' report, never as the cited authority's finding.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { curatedAdapter } from '../../../lib/feed/sources/curated';
import { buildEngine } from '../../../lib/matching/engine';
import { hazardRecordSchema, type HazardRecord } from '../../../lib/hazards/schema';
import { curateIssue, upsertCuratedText, type CuratedLine, type CurateContext } from '../../../lib/reports/curate';
import { INTAKE_INTRO, issueBody } from '../../../lib/reports/github-issue';
import { buildReportPayload } from '../../../lib/reports/payload';
import type { ReportPayload } from '../../../lib/reports/types';
import { recordFacts } from '../../../lib/ui/record-facts';
import { aliReading, context, GLOBAL_ID, missedPayload, temuReading, TEMU_ID } from './helpers';

const ctx = (extra: Partial<CurateContext> = {}): CurateContext => ({
  confirmedBy: 'jmaintainer',
  today: '2026-12-01',
  curated: [],
  knownListings: new Map(),
  ...extra,
});
const issueOf = (payload: ReportPayload) => issueBody(payload, { intro: INTAKE_INTRO });
const toRecord = (line: CuratedLine): HazardRecord =>
  hazardRecordSchema.parse((curatedAdapter.toRecord(JSON.stringify(line)) as { record: unknown }).record);

describe('curate: report issue → curated line', () => {
  it('turns a missed-hazard report into a volunteer line with the listing, store, hazard and evidence', () => {
    const payload = missedPayload();
    const result = curateIssue(issueOf(payload), ctx());
    expect(result).toEqual({
      ok: true,
      line: {
        curatedId: `VOL-AE-${GLOBAL_ID}`,
        platform: 'aliexpress',
        listingId: GLOBAL_ID,
        title: 'Wooden Puzzle Board for Toddlers',
        hazard: 'Small magnets can be swallowed',
        authority: 'Seoul Metropolitan Government',
        date: '2026-11-23',
        url: `https://www.aliexpress.com/item/${GLOBAL_ID}.html`,
        noticeUrl: 'https://news.seoul.go.kr/economy/archives/123',
        shopName: 'Wood Store',
        storeId: '1102',
        brand: 'WoodCo',
        model: 'WP-100',
        source: 'volunteer report, confirmed by jmaintainer',
        confirmedOn: '2026-12-01',
        reportId: payload.reportId,
      },
    });
  });

  it('reads the payload from a GitHub issue form body too (the JSON pasted in its fenced field)', () => {
    const payload = missedPayload(temuReading);
    const formBody = `### Listing URL\n\n${payload.listing.url}\n\n### Report JSON\n\n\`\`\`json\n${JSON.stringify(payload)}\n\`\`\`\n`;
    const result = curateIssue(formBody, ctx());
    expect(result.ok && result.line.listingId).toBe(TEMU_ID);
  });

  it.each([
    ['no fenced report', 'I saw a bad toy', /no ```json block/],
    ['broken JSON', '```json\n{"format":\n```', /not valid JSON/],
    ['a payload outside the schema', '```json\n{"format":"hazard-check-report/1","x":1}\n```', /Invalid report/],
  ])('refuses %s', (_name, body, reason) => {
    const result = curateIssue(body, ctx());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('refuses a hazard claim that cites no official evidence', () => {
    const payload = missedPayload();
    delete payload.missedHazard!.evidenceUrl;
    const result = curateIssue(issueOf(payload), ctx());
    expect(result).toEqual({ ok: false, reason: 'the report cites no official evidence (no evidence link) for its hazard claim' });
  });

  it('refuses a listing the curated list or the feed already names', () => {
    const payload = missedPayload();
    const existing = { curatedId: 'KR-SEOUL-77', platform: 'aliexpress', listingId: GLOBAL_ID } as CuratedLine;
    expect(curateIssue(issueOf(payload), ctx({ curated: [existing] }))).toEqual({
      ok: false, reason: 'duplicate: the curated list already has this listing (KR-SEOUL-77)',
    });
    const known = new Map([[`aliexpress:${GLOBAL_ID}`, 'kr-safetykorea:X-1']]);
    expect(curateIssue(issueOf(payload), ctx({ knownListings: known }))).toEqual({
      ok: false, reason: 'duplicate: the feed already names this listing (kr-safetykorea:X-1)',
    });
  });

  it('refuses listing-changed reports and unknown maintainer names', () => {
    const gone = buildReportPayload({ kind: 'listing-changed', change: 'gone' }, context(aliReading));
    expect(curateIssue(issueOf(gone), ctx())).toMatchObject({ ok: false, reason: /adds nothing/ });
    expect(curateIssue(issueOf(missedPayload()), ctx({ confirmedBy: '<b>x</b>' }))).toMatchObject({ ok: false });
  });
});

describe('community records from curated lines', () => {
  const line = (curateIssue(issueOf(missedPayload()), ctx()) as { line: CuratedLine }).line;

  it('are their own source family, attributed to shoppers, with the cited body as evidence only', () => {
    const record = toRecord(line);
    expect(record).toMatchObject({
      id: `community:VOL-AE-${GLOBAL_ID}`,
      source: 'community',
      sourceKind: 'curated',
      authority: 'Shoppers (report confirmed by the maintainers)',
      url: 'https://news.seoul.go.kr/economy/archives/123',
      actions: [],
      riskLevel: 'unknown',
      community: { confirmedBy: 'jmaintainer', confirmedOn: '2026-12-01', evidenceAuthority: 'Seoul Metropolitan Government' },
      marketplaces: [{ platform: 'aliexpress', listingId: GLOBAL_ID }],
    });
    const facts = recordFacts(record, 'en');
    expect(facts.reportedBy).toBe('Reported by shoppers, confirmed by the maintainers on Dec 1, 2026. Evidence: Seoul Metropolitan Government');
    expect(facts.noticeText).toBe('Evidence');
    expect(facts.reportedBy).not.toMatch(/^Reported by Seoul/);
  });

  it('a line from a regulator’s list stays a curated authority record', () => {
    const { source: _s, confirmedOn: _c, reportId: _r, ...regulator } = line;
    const record = toRecord({ ...regulator, curatedId: 'KR-SEOUL-1' });
    expect(record).toMatchObject({ source: 'curated', authority: 'Seoul Metropolitan Government', actions: ['platform_block'] });
    expect(recordFacts(record, 'en').reportedBy).toMatch(/^Reported by Seoul Metropolitan Government/);
  });

  it('a volunteer line without an evidence link or confirmation date is refused by the builder', () => {
    expect(() => toRecord({ ...line, noticeUrl: undefined })).toThrow(/evidence link/);
    expect(() => toRecord({ ...line, confirmedOn: undefined })).toThrow(/confirmedOn/);
    expect(() => toRecord({ ...line, source: 'my friend' })).toThrow(/volunteer report, confirmed by/);
  });

  it('a confirmed wrong-match report lowers the record to a note that no longer names the listing', () => {
    const wrong = buildReportPayload(
      { kind: 'wrong-match', recordRefs: [`community:VOL-AE-${GLOBAL_ID}`] },
      context(aliReading, { matchedRecordIds: [`community:VOL-AE-${GLOBAL_ID}`] }),
    );
    const result = curateIssue(issueOf(wrong), ctx({ curated: [line], today: '2026-12-20' }));
    expect(result).toEqual({ ok: true, line: { ...line, wrongMatchOn: '2026-12-20' }, replaces: line.curatedId });
    const demoted = toRecord((result as { line: CuratedLine }).line);
    expect(demoted.marketplaces).toEqual([]);
    // Before: a warning by listing ID. After: the same listing gets no warning, at most a similar-products note.
    const listing = { site: 'aliexpress' as const, itemId: GLOBAL_ID, title: 'Wooden Puzzle Board for Toddlers' };
    expect(buildEngine([toRecord(line)]).match(listing)).toMatchObject([{ recordId: `community:VOL-AE-${GLOBAL_ID}`, tier: 'exact' }]);
    expect(buildEngine([demoted]).match(listing).filter((m) => m.tier !== 'similar')).toEqual([]);
    expect(recordFacts(demoted, 'en').demotedNote).toBe(
      'A wrong-match report was confirmed on Dec 20, 2026: this listing is no longer named, so this is only a note.',
    );
    // Against an authority's record there is nothing to lower: that is a matcher bug.
    const other = buildReportPayload({ kind: 'wrong-match', recordRefs: ['eu-safety-gate:A12/1/24'] }, context(aliReading));
    expect(curateIssue(issueOf(other), ctx({ curated: [line] }))).toMatchObject({ ok: false, reason: /matching bug/ });
  });

  it('upserts by curatedId: a new line is appended, a lowered one replaces its original', () => {
    const text = '# curated list\n{"curatedId":"KR-1","platform":"temu","listingId":"601099000001"}\n';
    const added = upsertCuratedText(text, line);
    expect(added.split('\n')).toEqual(['# curated list', '{"curatedId":"KR-1","platform":"temu","listingId":"601099000001"}', JSON.stringify(line), '']);
    const replaced = upsertCuratedText(added, { ...line, wrongMatchOn: '2026-12-20' });
    expect(replaced.split('\n').filter((l) => l.includes('VOL-AE'))).toEqual([JSON.stringify({ ...line, wrongMatchOn: '2026-12-20' })]);
  });
});

describe('npm run feed -- curate', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hc-curate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (args: string[]) =>
    promisify(execFile)('npx', ['tsx', 'lib/cli/feed.ts', 'curate', ...args], { cwd: process.cwd() }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

  it('prints one curated line, writes it with --write, and exits 2 with the reason for a duplicate', async () => {
    const issue = path.join(dir, 'issue.md');
    const curated = path.join(dir, 'curated.jsonl');
    writeFileSync(issue, issueOf(missedPayload()));
    const first = await run(['--issue', issue, '--confirmed-by', 'jmaintainer', '--curated', curated, '--date', '2026-12-01', '--write']);
    expect(first.code).toBe(0);
    const lines = first.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ curatedId: `VOL-AE-${GLOBAL_ID}`, source: 'volunteer report, confirmed by jmaintainer' });
    expect(readFileSync(curated, 'utf8')).toBe(`${lines[0]}\n`);

    const again = await run(['--issue', issue, '--curated', curated]);
    expect(again).toMatchObject({ code: 2, stdout: '' });
    expect(again.stderr).toContain(`curate: duplicate: the curated list already has this listing (VOL-AE-${GLOBAL_ID})`);
  }, 60_000);
});
