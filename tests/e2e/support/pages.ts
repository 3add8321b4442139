/**
 * Our own minimal shop pages for browser tests, shaped like the real ones (canonical link, og tags,
 * JSON-LD, data-pl attributes on AliExpress; window.rawData on Temu). Text is escaped on the way in.
 */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JSON inside <script>: keep "</script>" and "<!--" from ending or confusing the script element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export interface AliProduct {
  id: string;
  /** The canonical global ID when the URL carries a local one (aliexpress.us). */
  globalId?: string;
  title: string;
  store?: { name: string; num: string };
  brand?: string;
  /** Extra body HTML, e.g. a spec table. */
  extra?: string;
}

export function aliexpressProductPage(p: AliProduct): string {
  const canonical = `https://www.aliexpress.com/item/${p.globalId ?? p.id}.html`;
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: `${p.title} - AliExpress 1501`,
    ...(p.brand && { brand: { '@type': 'Brand', name: p.brand } }),
    offers: { '@type': 'Offer', price: '4.99', priceCurrency: 'USD', url: canonical },
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${esc(p.title)} - AliExpress</title>
<link rel="canonical" href="${canonical}">
<meta property="og:title" content="${esc(p.title)} - AliExpress">
<meta property="og:url" content="//www.aliexpress.com/item/${p.id}.html">
<script type="application/ld+json">${scriptJson(ld)}</script>
<script>window.runParams = {\n};</script>
</head><body>
<div id="root"><div class="pdp-info">
<h1 data-pl="product-title">${esc(p.title)}</h1>
<div class="price-default--current--F8OlYIo"><span>US $4.99</span></div>
<button class="buy-now" data-testid="buy-now">Buy now</button>
${p.store ? `<a data-pl="store-name" href="https://www.aliexpress.com/store/${p.store.num}">${esc(p.store.name)}</a>` : ''}
${p.extra ?? ''}
</div></div></body></html>`;
}

export interface TemuProduct {
  goodsId: string;
  title: string;
  mall?: { id: string; name: string };
}

export function temuProductPage(p: TemuProduct): string {
  const rawData = {
    store: {
      goodsId: p.goodsId,
      goods: { goodsId: p.goodsId, goodsName: p.title, mallId: p.mall?.id, status: 1, minOnSalePrice: 799 },
      mall: p.mall ? { mallData: { mallName: p.mall.name, mallId: p.mall.id } } : undefined,
    },
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${esc(p.title)} | Temu</title>
<meta property="og:title" content="${esc(p.title)} | Temu">
<script>window.rawData=${scriptJson(rawData)};document.dispatchEvent(new Event('rawDataReady'));</script>
</head><body><div id="main"><h1>${esc(p.title)}</h1><div class="_2rn4tqXP">€7.99</div></div></body></html>`;
}

export interface Card {
  id: string;
  title: string;
}

/** An AliExpress search page whose cards carry the global ID in the link and the title in attributes. */
export function aliexpressSearchPage(cards: Card[], { lazy = [] as Card[] } = {}): string {
  const card = (c: Card) => `<div class="search-item-card-wrapper-gallery">
<a class="search-card-item" href="https://www.aliexpress.com/item/${c.id}.html?utparam-url=scene%3Asearch%7Cx_object_id%3A${c.id}">
<img alt="${esc(c.title)}" src="data:,"><div role="heading" title="${esc(c.title)}"><h3>Top pick ${esc(c.title)}</h3></div></a></div>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>toys - AliExpress</title></head>
<body><div id="card-list">${cards.map(card).join('\n')}</div>
<div id="sentinel" style="height:2000px"></div>
<script type="application/json" id="lazy-cards">${scriptJson(lazy.map(card))}</script>
<script>
  // Loads more cards when scrolled, as the shop does.
  const more = JSON.parse(document.getElementById('lazy-cards').textContent);
  window.addEventListener('scroll', () => {
    if (!more.length) return;
    const list = document.getElementById('card-list');
    const parsed = new DOMParser().parseFromString(more.splice(0).join(''), 'text/html');
    list.append(...parsed.body.children);
  });
</script></body></html>`;
}
