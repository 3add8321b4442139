/**
 * Carts and bought items in the browser: flagged cart lines get the card badge and the summary bar; with
 * "remember what I bought" on, order lines are stored and a later update naming one raises one notification
 * in the user's language; with it off nothing is stored.
 */
import type { Worker } from '@playwright/test';
import type { HazardRecordInput } from '../../lib/hazards/schema';
import { checkResult, expect, test } from './support/fixtures';
import { aliexpressCartPage, aliexpressOrdersPage, type Shop } from './support/purchase-pages';
import { testRecords } from './support/records';
import { seed } from './ui-helpers';

interface Hooks {
  notifications(): Promise<{ id: string; title: string; message: string; contextMessage: string }[]>;
  watchedRows(): Promise<
    { listingKey: string; title?: string; purchase?: { orderId?: string; orderDate?: string; variant?: string } }[]
  >;
}
type WorkerScope = { hazardCheckTest: Hooks; chrome: { storage: { local: { set(items: object): Promise<void> } } } };

const inWorker = (sw: Worker) => ({
  notifications: () => sw.evaluate(() => (globalThis as unknown as WorkerScope).hazardCheckTest.notifications()),
  watched: () => sw.evaluate(() => (globalThis as unknown as WorkerScope).hazardCheckTest.watchedRows()),
  settings: (settings: object) =>
    sw.evaluate((s) => (globalThis as unknown as WorkerScope).chrome.storage.local.set({ settings: s }), settings),
});

// Invented listings and notices (not real products or recalls).
const IDS = ['1005007000000001', '1005007000000002', '1005007000000003', '1005007000000004', '1005007000000005'];

function notice(ref: string, listingId: string): HazardRecordInput {
  return {
    id: `curated:${ref}`,
    source: 'curated',
    sourceKind: 'curated',
    ref,
    url: `https://example.org/notices/${ref.toLowerCase()}`,
    authority: 'Test Safety Authority',
    jurisdiction: 'KR',
    publishedAt: '2026-11-20',
    actions: ['recall'],
    riskTypes: ['FIRE'],
    hazardText: [
      { lang: 'en', text: 'The charger overheats' },
      { lang: 'ko', text: '충전기가 과열됩니다' },
    ],
    remedyText: [
      { lang: 'en', text: 'Stop using it and return it to the seller.' },
      { lang: 'ko', text: '사용을 멈추고 판매자에게 반품하세요.' },
    ],
    product: { names: [{ lang: 'en', text: 'USB charger' }], category: 'electrical' },
    marketplaces: [{ platform: 'aliexpress', listingId }],
  };
}

const shops: Shop[] = [
  {
    num: '1101230001',
    name: 'Brightfield Store',
    lines: [
      { id: IDS[0]!, title: 'Quillby USB Charger 20W', variant: 'EU plug' },
      { id: IDS[1]!, title: 'Zoomly Magnetic Tiles' },
    ],
  },
  {
    num: '1101230002',
    name: 'Northpeak Store',
    lines: [
      { id: IDS[2]!, title: 'Northpeak Lantern' },
      { id: IDS[3]!, title: 'Torvex Power Bank 10000mAh', variant: 'Black' },
      { id: IDS[4]!, title: 'Glimwick Night Light' },
    ],
  },
];

const CART_URL = 'https://www.aliexpress.com/p/shoppingcart/index.html';
const ORDERS_URL = 'https://www.aliexpress.com/p/order/index.html';
const ORDER_ID = '8190000000000077';

test('a cart with two flagged items of five shows two badges and the summary with their evidence', async ({
  page,
  shop,
  serviceWorker,
}) => {
  await seed(serviceWorker, [...testRecords, notice('CART-1', IDS[0]!), notice('CART-2', IDS[3]!)]);
  shop.setPage(CART_URL, aliexpressCartPage(shops));
  await page.goto(CART_URL);
  expect(await checkResult(page)).toBe('match');
  await expect(page.locator('hazard-check-badge')).toHaveCount(2);
  for (const id of [IDS[0]!, IDS[3]!])
    await expect(page.locator(`a[href*="${id}"] > hazard-check-badge`)).toHaveCount(1);

  const summary = page.getByTestId('hazard-purchase-summary');
  await expect(summary).toContainText('2 items in your cart were reported');
  await expect(summary.locator('li')).toHaveText([/Quillby USB Charger 20W/, /Torvex Power Bank 10000mAh/]);
  await expect(summary.getByRole('link')).toHaveCount(2);
  await expect(summary.getByRole('link').first()).toHaveAttribute('href', 'https://example.org/notices/cart-1');
  // Nothing stands in the way of paying.
  await page.getByTestId('checkout-button').click({ trial: true });
  await summary.getByRole('button', { name: 'Hide' }).click();
  await expect(summary).toHaveCount(0);
});

for (const [language, title, advice] of [
  ['ko', '구매한 상품이 신고되었습니다', 'Test Safety Authority의 권고: 사용을 멈추고 판매자에게 반품하세요.'],
  [
    'en',
    'Something you bought was reported',
    'Advice from Test Safety Authority: Stop using it and return it to the seller.',
  ],
] as const) {
  test(`with the opt-in on, an update naming a bought item raises one notification (${language})`, async ({
    page,
    shop,
    serviceWorker,
  }) => {
    const sw = inWorker(serviceWorker);
    await seed(serviceWorker, testRecords);
    await sw.settings({ rememberPurchases: true, language });
    shop.setPage(ORDERS_URL, aliexpressOrdersPage([{ orderId: ORDER_ID, date: 'Mar 3, 2026', shop: shops[1]! }]));
    await page.goto(`${ORDERS_URL}?spm=x`);
    expect(await checkResult(page)).toBe('none');
    await expect
      .poll(async () => (await sw.watched()).map((w) => w.listingKey).sort())
      .toEqual([IDS[2]!, IDS[3]!, IDS[4]!].map((id) => `aliexpress:${id}`));
    expect((await sw.watched()).find((w) => w.listingKey === `aliexpress:${IDS[3]}`)?.purchase).toEqual(
      expect.objectContaining({ orderId: ORDER_ID, orderDate: '2026-03-03', variant: 'Black' }),
    );

    await seed(serviceWorker, [...testRecords, notice('BOUGHT-1', IDS[3]!)]);
    const notes = await sw.notifications();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ id: `hazard-check:bought:aliexpress:${IDS[3]}|curated:BOUGHT-1`, title });
    expect(notes[0]!.message).toContain('Torvex Power Bank 10000mAh');
    expect(notes[0]!.message).toContain(advice);
    // The same data again: no second notification.
    await seed(serviceWorker, [...testRecords, notice('BOUGHT-1', IDS[3]!)]);
    expect(await sw.notifications()).toHaveLength(1);
  });
}

test('with the opt-in off (the default), reading an order page stores nothing and nothing alerts', async ({
  page,
  shop,
  serviceWorker,
}) => {
  const sw = inWorker(serviceWorker);
  await seed(serviceWorker, testRecords);
  shop.setPage(ORDERS_URL, aliexpressOrdersPage([{ orderId: ORDER_ID, date: 'Mar 3, 2026', shop: shops[1]! }]));
  await page.goto(ORDERS_URL);
  expect(await checkResult(page)).toBe('none');
  await seed(serviceWorker, [...testRecords, notice('BOUGHT-2', IDS[3]!)]);
  expect(await sw.notifications()).toEqual([]);
  expect(await sw.watched()).toEqual([]);
});
