/**
 * Our own AliExpress cart and order pages for browser tests, shaped like the real ones: lines grouped under
 * their shop with product links, the chosen variant and a quantity; orders with their number and date.
 */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface Line {
  id: string;
  title: string;
  variant?: string;
}

export interface Shop {
  num: string;
  name: string;
  lines: Line[];
}

const line = (l: Line, quantity: string) => `<div class="cart-product">
<input type="checkbox" checked aria-label="Select item">
<a href="//www.aliexpress.com/item/${l.id}.html"><img src="data:," alt=""></a>
<div><a class="cart-product-name" href="//www.aliexpress.com/item/${l.id}.html">${esc(l.title)}</a>
${l.variant ? `<div class="cart-product-sku">${esc(l.variant)}</div>` : ''}
${quantity}</div></div>`;

const shopHeader = (shop: Shop) =>
  `<div class="shop-title"><a href="https://www.aliexpress.com/store/${shop.num}">${esc(shop.name)}</a></div>`;

export function aliexpressCartPage(shops: Shop[]): string {
  const quantity = '<div class="cart-product-quantity"><input type="number" value="1" aria-label="Quantity"></div>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shopping Cart - AliExpress</title></head>
<body><div id="root"><div class="group-list">
${shops.map((shop) => `<div class="shop-group">${shopHeader(shop)}${shop.lines.map((l) => line(l, quantity)).join('\n')}</div>`).join('\n')}
</div><div class="cart-summary"><button data-testid="checkout-button">Checkout</button></div></div></body></html>`;
}

export interface Order {
  orderId: string;
  /** As the page writes it, e.g. "Mar 3, 2026". */
  date: string;
  shop: Shop;
}

export function aliexpressOrdersPage(orders: Order[]): string {
  const order = (o: Order) => `<div class="order-item">
<div class="order-item-header"><div>Order date: ${esc(o.date)}</div>
<div>Order ID: ${o.orderId}<a href="//www.aliexpress.com/p/order/detail.html?orderId=${o.orderId}">Order details</a></div></div>
${shopHeader(o.shop)}
<div class="order-item-content">${o.shop.lines.map((l) => line(l, '<span>x1</span>')).join('\n')}</div></div>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My Orders - AliExpress</title></head>
<body><div class="order-main">${orders.map(order).join('\n')}</div></body></html>`;
}
