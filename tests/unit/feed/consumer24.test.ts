/** Consumer24 recall OpenAPI: the XML reader, the adapter on our own sample, and the real records in ../shared. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HazardRecord } from '../../../lib/hazards/schema';
import { adapterFor, runAdapter } from '../../../lib/feed/sources';
import { listingUrls, makerAndSeller } from '../../../lib/feed/sources/consumer24';
import { readXmlRecords, XmlError } from '../../../lib/feed/sources/xml-elements';
import { fixture, missing, sharedFile } from './helpers';

const REAL = sharedFile('data/korea-consumer24/consumer24-api-shape_from-minilabs-first75.xml');
const run = (text: string) => runAdapter(adapterFor('consumer24'), text, 'consumer24');
const byRef = (rows: { record: HazardRecord }[], ref: string) => rows.find((r) => r.record.ref === ref)?.record;

describe('readXmlRecords', () => {
  it('finds <content> at any depth, reads CDATA verbatim and decodes entities in plain text', () => {
    const { records, envelope } = readXmlRecords(
      '<?xml version="1.0"?><a><b><code>00</code><content><x><![CDATA[1 < 2 </content>]]></x><y>Tom &amp; Jerry</y><z/></content></b><content><x>two</x></content></a>',
      'content',
    );
    expect(envelope).toEqual({ code: '00' });
    expect(records).toEqual([{ x: '1 < 2 </content>', y: 'Tom & Jerry', z: '' }, { x: 'two' }]);
  });

  it('folds grandchildren into their child and joins repeated children', () => {
    const { records } = readXmlRecords(
      '<r><content><imgs><u>a</u><u>b</u></imgs><tag>x</tag><tag>y</tag></content></r>',
      'content',
    );
    expect(records).toEqual([{ imgs: 'ab', tag: 'x,y' }]);
  });

  it('keeps the complete records of a document cut short, and refuses an unclosed CDATA section', () => {
    expect(readXmlRecords('<r><content><x>1</x></content><content><x>2', 'content').records).toEqual([{ x: '1' }]);
    expect(() => readXmlRecords('<r><content><x><![CDATA[never closed', 'content')).toThrow(XmlError);
  });
});

describe('makerAndSeller and listingUrls', () => {
  it('splits "ㅇ 제조: … ㅇ판매: …" and keeps a plain maker as the maker', () => {
    expect(makerAndSeller('ㅇ 제조: Example Works Co., Ltd. ㅇ판매: Example Store, Some District')).toEqual({
      maker: 'Example Works Co., Ltd.',
      seller: 'Example Store, Some District',
    });
    expect(makerAndSeller('ㅇ 제조: - ㅇ판매: Example Store')).toEqual({ maker: undefined, seller: 'Example Store' });
    expect(makerAndSeller('(주)예시상사')).toEqual({ maker: '(주)예시상사' });
  });

  it('takes URLs from "※" notes and prose, never the government sites', () => {
    expect(
      listingUrls(
        '※ https://ko.aliexpress.com/item/1005000900000011.html?x=1\n문의: http://www.me.go.kr',
        'see www.temu.com/goods.html?goods_id=601099000000777.',
      ),
    ).toEqual([
      'https://ko.aliexpress.com/item/1005000900000011.html?x=1',
      'www.temu.com/goods.html?goods_id=601099000000777',
    ]);
  });
});

describe('consumer24 adapter on our sample', () => {
  const result = run(readFileSync(fixture('consumer24.xml'), 'utf8'));

  it('builds the three good recalls and counts the two bad rows', () => {
    expect(result.fileError).toBeUndefined();
    expect(result.rows.map((r) => r.record.id)).toEqual([
      'kr-consumer24:RCLL_000000000900001',
      'kr-consumer24:RCLL_000000000900002',
      'kr-consumer24:RCLL_000000000900003',
    ]);
    expect(result.bad).toEqual([
      { row: 4, reason: 'missing recallSn' },
      { row: 5, ref: 'RCLL_000000000900005', reason: 'no product name or model' },
    ]);
  });

  it('a household-chemical notice: originating agency, listing with its seller, hazard text without the URL', () => {
    const record = byRef(result.rows, 'RCLL_000000000900001')!;
    expect(record).toMatchObject({
      authority: '기후에너지환경부 via Consumer24',
      jurisdiction: 'KR',
      url: 'https://www.consumer.go.kr/',
      publishedAt: '2026-08-14',
      riskLevel: 'serious',
      riskTypes: ['CHEMICAL'],
    });
    expect(record.marketplaces).toEqual([
      {
        platform: 'aliexpress',
        listingId: '1005000900000011',
        url: 'https://ko.aliexpress.com/item/1005000900000011.html?spm=a2g0o.x&gatewayAdapt=glo2kor',
        shopName: 'Example Lantern Shop',
        raw: 'https://ko.aliexpress.com/item/1005000900000011.html?spm=a2g0o.x&gatewayAdapt=glo2kor',
      },
    ]);
    // The maker the product name repeats is its brand; the name copied into the model field is no model.
    expect(record.product).toMatchObject({
      brands: ['Brindle'],
      models: [],
      category: 'chemical-products',
      categoryRaw: '생활화학제품',
    });
    expect(record.product.images).toEqual([
      'https://www.consumer.go.kr/img/a.jpg',
      'https://www.consumer.go.kr/img/b.jpg',
    ]);
    expect(record.hazardText[0]!.text).toContain('</content>');
    expect(record.hazardText[0]!.text).not.toContain('aliexpress');
  });

  it('an industrial product: brand from etcInfo, models, barcode, KC number, children and jewellery', () => {
    const record = byRef(result.rows, 'RCLL_000000000900002')!;
    expect(record.authority).toBe('국가기술표준원 via Consumer24');
    expect(record.url).toBe('http://www.kats.go.kr/');
    expect(record.product).toMatchObject({
      names: [{ lang: 'ko', text: '어린이용 목걸이 & 팔찌 세트' }],
      brands: ['루미'],
      models: ['EX-2041', 'EX-2042'],
      gtins: ['08801234567893'],
      certNumbers: ['CB06R1234-5001'],
      category: 'jewellery',
      forChildren: true,
    });
    expect(record.chemicals.map((c) => c.name)).toEqual(['cadmium']);
    expect(record.marketplaces).toEqual([]);
  });

  it('a Temu listing by goods_id, seller without a factory, and no brand from a seller', () => {
    const record = byRef(result.rows, 'RCLL_000000000900003')!;
    expect(record.marketplaces).toMatchObject([
      { platform: 'temu', listingId: '601099000000777', shopName: 'Example Harbor Trading Co., Ltd.' },
    ]);
    expect(record.product.brands).toEqual([]);
  });

  it('an error response is a file error with the code meaning; "no data" is an empty file', () => {
    const error = run(
      '<response><header><code>50</code><codeMsg>SERVICE KEY IS NOT REGISTERED</codeMsg></header></response>',
    );
    expect(error.fileError).toMatch(
      /Consumer24 error 50, service key not registered \("SERVICE KEY IS NOT REGISTERED"\): check CONSUMER24_SERVICE_KEY/,
    );
    const empty = run('<response><code>30</code><codeMsg>NODATA</codeMsg></response>');
    expect(empty.fileError).toBeUndefined();
    expect(empty.rows).toEqual([]);
    expect(run('<html><body>Service unavailable</body></html>').fileError).toMatch(/not a Consumer24 response/);
  });
});

describe('consumer24 adapter on the real records', () => {
  it.skipIf(missing(REAL))(
    'reads all 75 records; at least 15 name a marketplace listing with its seller (needs ../shared/data/korea-consumer24)',
    () => {
      const result = run(readFileSync(REAL, 'utf8'));
      expect(result.fileError).toBeUndefined();
      expect(result.bad).toEqual([]);
      expect(result.rows).toHaveLength(75);
      const withListing = result.rows.filter((r) => r.record.marketplaces.some((m) => m.listingId));
      expect(withListing.length).toBeGreaterThanOrEqual(15);
      for (const { record } of withListing) {
        expect(record.authority).toBe('기후에너지환경부 via Consumer24');
        expect(record.marketplaces.every((m) => m.shopName)).toBe(true);
      }
      const pen = byRef(result.rows, 'RCLL_000000000605995')!;
      expect(pen.marketplaces).toMatchObject([
        {
          platform: 'aliexpress',
          listingId: '1005008161916337',
          shopName: 'Che Zuofang Department Store, Yongding District',
        },
      ]);
      expect(pen.chemicals.map((c) => c.name)).toEqual(['lead']);
      const platforms = new Set(withListing.flatMap((r) => r.record.marketplaces.map((m) => m.platform)));
      expect([...platforms].sort()).toEqual(['aliexpress', 'shein', 'temu']);
      const authorities = new Set(result.rows.map((r) => r.record.authority));
      expect(authorities).toEqual(
        new Set([
          '기후에너지환경부 via Consumer24',
          '식품의약품안전처 via Consumer24',
          '국토교통부 via Consumer24',
          '국가기술표준원 via Consumer24',
        ]),
      );
    },
  );
});
