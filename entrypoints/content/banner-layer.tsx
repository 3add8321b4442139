/**
 * Mounts the product-page banner in its own shadow root and turns its buttons into messages. Only the
 * latest `show()` wins: a verdict that arrives while an older banner is still mounting replaces it.
 */
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Decision } from '../../components/AuthorityWarning';
import type { Lang } from '../../lib/i18n';
import { send } from '../../lib/messaging';
import type { Verdict } from '../../lib/core/verdict';
import { hasBannerContent } from '../../lib/ui/banner-model';
import { openFolded } from '../../lib/ui/banner-intro';
import type { OnReport } from '../../lib/ui/report-request';
import { pageTheme } from './page-theme';
import { SHADOW_CSS } from './shadow-css';
import { PlacedBanner } from './placed-banner';
import { headerInset, protectedAreas } from './protected-areas';

export interface BannerEnv {
  lang(): Lang;
  onReport?: OnReport;
  /** The user decided about this listing: the page's check marker follows. */
  onDecided(verdict: Verdict, kind: Decision): void;
}

export class BannerLayer {
  private ui: ShadowRootContentScriptUi<Root> | null = null;
  private token = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly env: BannerEnv,
  ) {}

  async show(verdict: Verdict): Promise<void> {
    this.remove();
    if (!hasBannerContent(verdict) || !this.ctx.isValid) return;
    const token = this.token;
    const compact = await openFolded();
    if (token !== this.token || !this.ctx.isValid) return;
    const ui = await createShadowRootUi(this.ctx, {
      name: 'hazard-check-banner',
      position: 'overlay',
      css: SHADOW_CSS,
      anchor: 'body',
      append: 'first',
      // Keys typed in the banner (Escape, Tab, Space) must not trigger the shop's shortcuts.
      isolateEvents: true,
      onMount: (container) => {
        const root = createRoot(container);
        // Committed at once: the page's "check finished" marker is set only after the banner is there.
        flushSync(() =>
          root.render(
            <PlacedBanner
              avoid={protectedAreas}
              headerInset={headerInset}
              verdict={verdict}
              lang={this.env.lang()}
              theme={pageTheme()}
              compact={compact}
              onDecision={(kind) => this.decide(verdict, kind)}
              onReport={this.env.onReport}
              // Deferred: React is still committing when the banner reports it has nothing left.
              onClose={() => queueMicrotask(() => token === this.token && this.remove())}
            />,
          ),
        );
        return root;
      },
      onRemove: (root) => root?.unmount(),
    });
    if (token !== this.token || !this.ctx.isValid) return; // superseded while the CSS loaded
    this.ui = ui;
    ui.mount();
  }

  remove(): void {
    this.token++;
    this.ui?.remove();
    this.ui = null;
  }

  private async decide(verdict: Verdict, kind: Decision): Promise<void> {
    if (!verdict.listingKey) return;
    await send(browser.runtime, 'set-dismissal', {
      listingKey: verdict.listingKey,
      kind,
      signature: verdict.signature,
    });
    this.env.onDecided(verdict, kind);
  }
}
