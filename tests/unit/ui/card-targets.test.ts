// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { setMarkup } from './set-markup';
import { BADGE_ATTR, BADGE_HOST_TAG, clearCardMarks, findCardTargets, linksForItem } from '../../../lib/ui/card-targets';

beforeEach(() => {
  setMarkup(document.body, `
    <div class="card" id="c1">
      <a id="img1" href="https://www.temu.com/toy-g-601099333333333.html"><img alt=""></a>
      <a id="title1" href="https://www.temu.com/toy-g-601099333333333.html?x=1">Water beads</a>
    </div>
    <div class="card" id="c2"><a id="img2" href="/item/6010993333333339.html"><img alt=""></a></div>
    <div class="card" id="c3"><a id="text3" href="/item/1005001111111111.html">Hairband</a></div>`);
});

describe('card targets', () => {
  it('finds links holding the ID as a whole token only', () => {
    expect(linksForItem(document, '601099333333333').map((a) => a.id)).toEqual(['img1', 'title1']);
    expect(linksForItem(document, 'bad"id')).toEqual([]);
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
