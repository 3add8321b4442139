/**
 * The report endpoint, run in Node on its Node server against a local fake of GitHub's API: reports
 * are filed once whatever the retries, anything but a valid report is refused with a clear 4xx, rate
 * limits answer 429 with Retry-After, and client addresses are not kept past the rate-limit window.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createIntakeHandler, MAX_BODY_BYTES } from '../../../intake/handler';
import { MemoryIdempotencyStore } from '../../../intake/idempotency';
import { RateLimiter, type RateLimits } from '../../../intake/rate-limit';
import { fileBackedStore, serveIntake } from '../../../intake/server';
import { deliverDueReports } from '../../../lib/reports/delivery';
import { enqueueReport } from '../../../lib/reports/queue';
import { formatPayload, type ReportPayload } from '../../../lib/reports/types';
import { startFakeGitHub, type FakeGitHub } from './fake-github';
import { aliReading, missedPayload, openDb, temuReading } from './helpers';

let github: FakeGitHub;
let dir: string;
beforeAll(async () => {
  github = await startFakeGitHub();
  dir = mkdtempSync(path.join(tmpdir(), 'hc-intake-'));
});
afterAll(async () => {
  await github.close();
  rmSync(dir, { recursive: true, force: true });
});

let clock: number;
let intake: { url: string; close(): Promise<void> };
let tokenFile: string;
const roomy: RateLimits = { perClient: 100, global: 1000, windowMs: 3600_000 };

async function start(options: { limits?: RateLimits; store?: MemoryIdempotencyStore } = {}) {
  const handler = createIntakeHandler({
    github: { repo: 'hazard-check/hazard-data', apiBase: github.apiBase, token: () => readToken() },
    idempotency: options.store ?? new MemoryIdempotencyStore({ now: () => clock }),
    limits: options.limits ?? roomy,
    now: () => clock,
  });
  intake = await serveIntake({ handler, port: 0, trustProxy: true });
}
const readToken = async () => (await import('node:fs')).readFileSync(tokenFile, 'utf8').trim();

beforeEach(async () => {
  github.issues.length = 0;
  github.failNext.length = 0;
  github.validTokens = ['test-bot-token'];
  clock = Date.UTC(2026, 11, 1, 10, 0, 0);
  tokenFile = path.join(dir, `token-${Math.random()}`);
  writeFileSync(tokenFile, 'test-bot-token\n');
});
afterEach(() => intake?.close());

function post(body: string, headers: Record<string, string> = {}) {
  return fetch(`${intake.url}/v1/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}
const send = (payload: ReportPayload, client = '198.51.100.7') =>
  post(formatPayload(payload), { 'idempotency-key': payload.reportId, 'x-forwarded-for': client });

describe('report intake', () => {
  it('files a valid report once, even when it is sent three times', async () => {
    await start();
    const payload = missedPayload();
    const answers = [];
    for (let i = 0; i < 3; i++) {
      const response = await send(payload);
      answers.push({ status: response.status, body: await response.json() });
    }
    expect(answers.map((a) => a.status)).toEqual([201, 200, 200]);
    expect(new Set(answers.map((a) => a.body.issue))).toEqual(new Set(['https://github.com/hazard-check/hazard-data/issues/1']));
    expect(github.issues).toHaveLength(1);
    const [issue] = github.issues;
    expect(issue!.repo).toBe('hazard-check/hazard-data');
    expect(issue!.authorization).toBe('Bearer test-bot-token');
    expect(issue!.labels).toEqual(['report', 'missed-hazard']);
    expect(issue!.title).toBe(`[missed-hazard] aliexpress ${payload.listing.itemId}: Wooden Puzzle Board for Toddlers`);
    // The issue carries the exact payload in its fenced block, which the curate command reads back.
    expect(issue!.body).toContain(`\`\`\`json\n${formatPayload(payload)}\n\`\`\``);
    expect(issue!.body).not.toMatch(/198\.51\.100\.7/);
  });

  it('files text that mentions people without pinging them', async () => {
    await start();
    const payload = { ...missedPayload(), note: 'cc @everyone and @hazard-check/maintainers' };
    expect((await send(payload)).status).toBe(201);
    const summary = github.issues[0]!.body.split('```json')[0]!;
    expect(summary).toContain('**Note:** cc @\u2060everyone and @\u2060hazard-check/maintainers');
    expect(summary).not.toMatch(/@[a-z]/);
  });

  it('files a report once when three copies arrive at the same time', async () => {
    await start();
    const payload = missedPayload(temuReading);
    const statuses = (await Promise.all([send(payload), send(payload), send(payload)])).map((r) => r.status).sort();
    expect(github.issues).toHaveLength(1);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    // The others either saw the filed issue (200) or were told to come back (425, which the extension retries).
    for (const status of statuses.filter((s) => s !== 201)) expect([200, 425]).toContain(status);
    expect((await send(payload)).status).toBe(200);
    expect(github.issues).toHaveLength(1);
  });

  it('is delivered to by the extension’s own queue: one issue after a lost answer and a retry', async () => {
    await start();
    const db = openDb();
    const payload = missedPayload();
    await enqueueReport(db, payload, { kind: 'endpoint' }, clock);
    github.failNext.push(502);
    const deps = {
      db, endpoint: `${intake.url}/v1/reports`, fetch, now: () => clock, random: () => 0.5, scheduleWake: async () => {},
    };
    const first = await deliverDueReports(deps);
    expect(first.retrying).toEqual([payload.reportId]);
    expect((await db.reports.get(payload.reportId))?.lastError).toMatch(/^HTTP 503: The report could not be filed yet/);
    clock += 3600_000;
    expect((await deliverDueReports(deps)).sent).toEqual([payload.reportId]);
    expect(github.issues).toHaveLength(1);
    db.close();
  });

  const valid = missedPayload();
  const hostile: [string, () => Promise<Response>, number, RegExp][] = [
    ['a GET', () => fetch(`${intake.url}/v1/reports`), 405, /use POST/],
    ['another path', () => fetch(`${intake.url}/admin`, { method: 'POST' }), 404, /POST \/v1\/reports/],
    ['form data', () => post('a=b', { 'content-type': 'application/x-www-form-urlencoded', 'idempotency-key': valid.reportId }), 415, /application\/json/],
    ['no Idempotency-Key', () => post(formatPayload(valid)), 400, /Idempotency-Key/],
    ['a key that is not the report ID', () => post(formatPayload(valid), { 'idempotency-key': '00000000-0000-4000-8000-000000000000' }), 400, /must be the report ID/],
    ['a body that is not JSON', () => post('{"format":', { 'idempotency-key': valid.reportId }), 400, /not valid JSON/],
    ['an oversized body', () => post(JSON.stringify({ ...valid, note: 'x'.repeat(MAX_BODY_BYTES) }), { 'idempotency-key': valid.reportId }), 413, /too large/],
    ['an unknown field (browser data)', () => post(JSON.stringify({ ...valid, cookies: 'session=1' }), { 'idempotency-key': valid.reportId }), 422, /Invalid report/],
    ['a listing on another site', () => post(JSON.stringify({ ...valid, listing: { ...valid.listing, url: 'https://evil.example/item/1005002222222222.html' } }), { 'idempotency-key': valid.reportId }), 422, /listing\.url: only the canonical AliExpress or Temu item URL/],
    ['a listing URL with another ID', () => post(JSON.stringify({ ...valid, listing: { ...valid.listing, url: 'https://www.aliexpress.com/item/1005009999999999.html' } }), { 'idempotency-key': valid.reportId }), 422, /listing\.url/],
    ['HTML in the note', () => post(JSON.stringify({ ...valid, note: 'see <script>alert(1)</script>' }), { 'idempotency-key': valid.reportId }), 422, /note: markup is not allowed/],
    ['HTML in the title', () => post(JSON.stringify({ ...valid, listing: { ...valid.listing, title: '<img src=x onerror=alert(1)>' } }), { 'idempotency-key': valid.reportId }), 422, /listing\.title: markup/],
    ['a javascript: evidence link', () => post(JSON.stringify({ ...valid, missedHazard: { ...valid.missedHazard, evidenceUrl: 'javascript:alert(1)' } }), { 'idempotency-key': valid.reportId }), 422, /missedHazard\.evidenceUrl/],
    ['a kind without its details', () => post(JSON.stringify({ ...valid, kind: 'wrong-match' }), { 'idempotency-key': valid.reportId }), 422, /Invalid report/],
  ];
  it.each(hostile)('refuses %s with a clear 4xx and files nothing', async (_name, request, status, message) => {
    await start();
    const response = await request();
    expect(response.status).toBe(status);
    expect(await response.text()).toMatch(message);
    expect(github.issues).toHaveLength(0);
  });

  it('answers 429 with Retry-After per client and for everyone, and frees the window when it ends', async () => {
    await start({ limits: { perClient: 2, global: 3, windowMs: 3600_000 } });
    clock = Date.UTC(2026, 11, 1, 10, 45, 0); // 15 minutes before the window ends
    expect((await send(missedPayload(), '198.51.100.7')).status).toBe(201);
    expect((await send(missedPayload(), '198.51.100.7')).status).toBe(201);
    const limited = await send(missedPayload(), '198.51.100.7');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('900');
    expect(await limited.text()).toBe('Too many reports from this connection: try again in 900 s');

    expect((await send(missedPayload(), '203.0.113.9')).status).toBe(201); // another client
    const everyone = await send(missedPayload(), '192.0.2.44');
    expect(everyone.status).toBe(429);
    expect(await everyone.text()).toMatch(/^Too many reports right now/);
    expect(github.issues).toHaveLength(3);

    clock += 15 * 60_000; // the next window
    expect((await send(missedPayload(), '198.51.100.7')).status).toBe(201);
  });

  it('keeps no client address: only salted hashes, dropped with the window', async () => {
    const limiter = new RateLimiter({ perClient: 5, global: 100, windowMs: 60_000 }, () => clock);
    await limiter.take('198.51.100.7');
    await limiter.take('203.0.113.9');
    expect(limiter.heldClients()).toBe(2);
    const held = JSON.stringify(Object.values(limiter as unknown as Record<string, unknown>), (_k, v) =>
      v instanceof Map ? [...v.keys()] : v instanceof Uint8Array ? [] : v);
    expect(held).not.toMatch(/198\.51|203\.0/);
    clock += 60_000;
    expect(limiter.heldClients()).toBe(0);
  });

  it('keeps a report in the extension’s queue while GitHub refuses the token, and files it after rotation', async () => {
    await start();
    github.validTokens = ['new-bot-token']; // the old token was revoked
    const payload = missedPayload();
    const refused = await send(payload);
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(github.issues).toHaveLength(0);

    writeFileSync(tokenFile, 'new-bot-token\n'); // rotation: the file is re-read, no restart
    expect((await send(payload)).status).toBe(201);
    expect(github.issues.map((i) => i.authorization)).toEqual(['Bearer new-bot-token']);
  });

  it('remembers filed reports across a restart', async () => {
    const stateFile = path.join(dir, 'state.jsonl');
    await start({ store: fileBackedStore(stateFile, () => clock) });
    const payload = missedPayload(aliReading);
    expect((await send(payload)).status).toBe(201);
    await intake.close();

    await start({ store: fileBackedStore(stateFile, () => clock) });
    const again = await send(payload);
    expect(again.status).toBe(200);
    expect((await again.json()).issue).toBe('https://github.com/hazard-check/hazard-data/issues/1');
    expect(github.issues).toHaveLength(1);
  });
});
