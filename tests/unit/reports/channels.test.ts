import { describe, expect, it } from 'vitest';
import { channelText } from '../../../lib/reports/form-state';
import { DATA_REPO_NEW_ISSUE, githubIssueUrl, MAX_ISSUE_URL_LENGTH } from '../../../lib/reports/github-issue';
import { officialChannelsFor, officialReportText } from '../../../lib/reports/official-channels';
import { buildReportPayload } from '../../../lib/reports/payload';
import { formatPayload } from '../../../lib/reports/types';
import { aliReading, context, missedForm, missedPayload } from './helpers';

describe('GitHub issue', () => {
  it('opens a prefilled issue on the data repository with the report as JSON', () => {
    const payload = missedPayload();
    const url = new URL(githubIssueUrl(payload));
    expect(`${url.origin}${url.pathname}`).toBe(DATA_REPO_NEW_ISSUE);
    expect(url.searchParams.get('title')).toBe('[missed-hazard] aliexpress 1005002222222222: Wooden Puzzle Board for Toddlers');
    expect(url.searchParams.get('labels')).toBe('report,missed-hazard');
    const body = url.searchParams.get('body')!;
    expect(body).toContain('**Listing:** https://www.aliexpress.com/item/1005002222222222.html');
    const json = body.slice(body.indexOf('```json\n') + 8, body.lastIndexOf('\n```'));
    expect(JSON.parse(json)).toEqual(payload);
    expect(json).toBe(formatPayload(payload));
  });

  it('stays within the URL length limit, even for long Korean text', () => {
    const long = '어린이 제품에서 기준치를 넘는 납이 검출되었습니다. '.repeat(40);
    const payload = buildReportPayload(
      { ...missedForm, hazard: long.slice(0, 1000), note: long.slice(0, 1000) },
      context({ ...aliReading, product: { ...aliReading.product!, title: long.slice(0, 500) } }),
    );
    const url = githubIssueUrl(payload);
    expect(url.length).toBeLessThanOrEqual(MAX_ISSUE_URL_LENGTH);
    const body = new URL(url).searchParams.get('body')!;
    const json = JSON.parse(body.slice(body.indexOf('```json\n') + 8, body.lastIndexOf('\n```')));
    expect(json.reportId).toBe(payload.reportId);
    expect(json.listing.url).toBe(payload.listing.url);
    expect(body).toContain('shortened');
  });
});

describe('official channels', () => {
  const ids = (input: Parameters<typeof officialChannelsFor>[0]) => officialChannelsFor(input).map((c) => c.id);

  it('defaults by the user’s region, then Korean, then the records shown, then Safety Gate', () => {
    expect(ids({ lang: 'ko', locale: 'ko-KR' })[0]).toBe('kr-consumer24');
    expect(ids({ lang: 'ko', locale: 'ko' })[0]).toBe('kr-consumer24');
    expect(ids({ lang: 'en', locale: 'en-US' })[0]).toBe('us-saferproducts');
    expect(ids({ lang: 'en', locale: 'de-DE' })[0]).toBe('eu-safety-gate');
    expect(ids({ lang: 'en', locale: 'en-KR' })[0]).toBe('kr-consumer24');
    expect(ids({ lang: 'en', locale: 'en', jurisdictions: ['US'] })[0]).toBe('us-saferproducts');
    expect(ids({ lang: 'en', locale: 'en-GB' })[0]).toBe('eu-safety-gate');
    expect(ids({ lang: 'en', locale: 'en' })).toEqual(['eu-safety-gate', 'kr-consumer24', 'us-saferproducts']);
  });

  it('links the official pages', () => {
    const urls = Object.fromEntries(officialChannelsFor({ lang: 'en' }).map((c) => [c.id, c.url]));
    expect(urls).toEqual({
      'kr-consumer24': 'https://www.consumer.go.kr',
      'eu-safety-gate': 'https://ec.europa.eu/safety-gate-alerts/screen/consumers',
      'us-saferproducts': 'https://www.saferproducts.gov',
    });
  });

  it('copies a readable text in the user’s language', () => {
    const text = officialReportText(missedPayload(), 'ko');
    expect(text).toContain('상품: https://www.aliexpress.com/item/1005002222222222.html');
    expect(text).toContain('위해: Small magnets can be swallowed');
    expect(text).toContain('근거: https://news.seoul.go.kr/economy/archives/123');
    expect(channelText(missedPayload(), { kind: 'official', channelId: 'kr-consumer24' }, 'en')).toContain('Found by: Seoul Metropolitan Government');
  });

  it('previews for the endpoint exactly the JSON it sends', () => {
    const payload = missedPayload();
    expect(channelText(payload, { kind: 'endpoint' }, 'en')).toBe(formatPayload(payload));
  });
});
