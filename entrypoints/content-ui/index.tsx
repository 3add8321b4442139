/**
 * The page UI (banner, card badges, popover, cart summary bar, report dialog), packaged apart from the content script and
 * imported by it only when a verdict has something to show. Running it registers the UI factory.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerContentUi, type ContentUi, type CreateContentUi } from '../../lib/content/ui-contract';
import { BannerLayer } from '../content/banner-layer';
import { CardLayer } from '../content/card-layer';
import { createOpenReport } from '../content/report-hook';
import { SummaryLayer } from '../content/summary-layer';

const createContentUi: CreateContentUi = (ctx, env): ContentUi => {
  const onReport = createOpenReport(ctx, env.lang);
  const banner = new BannerLayer(ctx, {
    lang: env.lang,
    onReport,
    onDecided: (verdict) => env.onDecided(verdict),
  });
  const cards = new CardLayer(ctx, { lang: env.lang, onReport });
  const summary = new SummaryLayer(ctx, env.lang);
  return {
    showBanner: (verdict) => banner.show(verdict),
    removeBanner: () => banner.remove(),
    renderCards: (verdict, reading) => {
      cards.render(verdict);
      void summary.render(verdict, reading);
    },
    clearCards: () => {
      cards.clear();
      summary.clear();
    },
  };
};

export default defineUnlistedScript(() => {
  registerContentUi(createContentUi);
});
