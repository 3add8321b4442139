// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.aliexpress.us/w/wholesale-kids-toys.html" }
import { beforeEach, describe, expect, it } from 'vitest';
import { setMarkup } from './set-markup';
import {
  BADGE_ATTR,
  BADGE_HOST_TAG,
  clearCardMarks,
  findCardTargets,
  linksForItem,
} from '../../../lib/ui/card-targets';

// Invented IDs of the real shapes; 3256809713797481 is the aliexpress.us twin of 1005009900112233.
const ENCODED =
  '/item/3256809713797481.html?pdp_npi=4&utparam-url=scene%3Asearch%7Cquery_from%3A%7Cx_object_id%3A1005009900112233%7C_p_origin_prod%3A';

beforeEach(() => {
  setMarkup(
    document.body,
    `
    <div class="card" id="c1">
      <a id="img1" href="https://www.temu.com/toy-g-601099333333333.html"><img alt=""></a>
      <a id="title1" href="https://www.temu.com/toy-g-601099333333333.html?x=1">Water beads</a>
    </div>
    <div class="card" id="c2"><a id="img2" href="https://www.temu.com/g-6010993333333339.html"><img alt=""></a></div>
    <div class="card" id="c3"><a id="text3" href="https://www.aliexpress.com/item/1005001111111111.html">Hairband</a></div>
    <div class="card" id="c4"><a id="encoded4" href="${ENCODED}"><img alt=""></a></div>
    <div class="card" id="c5"><a id="bundle5" href="/ssr/300000512/BundleDeals2?productIds=1005002222222222:12000041054145335"><img alt=""></a></div>
    <div class="card" id="c6"><a id="search6" href="/w/wholesale-1005003333333333.html">Related search</a></div>`,
  );
});

describe('card targets', () => {
  it('finds links that name the listing, not links that merely contain its digits', () => {
    expect(linksForItem(document, '601099333333333').map((a) => a.id)).toEqual(['img1', 'title1']);
    expect(linksForItem(document, '1005003333333333')).toEqual([]);
    expect(linksForItem(document, 'bad"id')).toEqual([]);
  });

  it('reads the ID the way the page readers do: URL-encoded global IDs, .us local IDs, bundle deals', () => {
    expect(linksForItem(document, '1005009900112233').map((a) => a.id)).toEqual(['encoded4']);
    expect(linksForItem(document, '3256809713797481').map((a) => a.id)).toEqual(['encoded4']);
    expect(linksForItem(document, '1005002222222222').map((a) => a.id)).toEqual(['bundle5']);
  });

  it('marks every link and badges the picture link once per card', () => {
    const { links, needBadge } = findCardTargets(document, '601099333333333', 'exact');
    expect(links.map((l) => l.getAttribute(BADGE_ATTR))).toEqual(['exact', 'exact']);
    expect(needBadge.map((l) => l.id)).toEqual(['img1']);
    expect(findCardTargets(document, '1005001111111111', 'strong').needBadge.map((l) => l.id)).toEqual(['text3']);
  });

  it('is idempotent: a link that holds a badge is not badged again', () => {
    const [link] = findCardTargets(document, '601099333333333', 'exact').needBadge;
    link!.prepend(document.createElement(BADGE_HOST_TAG));
    expect(findCardTargets(document, '601099333333333', 'exact').needBadge).toEqual([]);
  });

  it('clears every mark and badge', () => {
    const [link] = findCardTargets(document, '601099333333333', 'exact').needBadge;
    link!.prepend(document.createElement(BADGE_HOST_TAG));
    clearCardMarks(document);
    expect(document.querySelectorAll(`[${BADGE_ATTR}], ${BADGE_HOST_TAG}`)).toHaveLength(0);
  });
});
