/**
 * The summary bar of cart, checkout and order pages, in its own shadow root. Redrawn with each merged
 * verdict (items load late and in batches); hidden for the rest of the page once the user hides it.
 */
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PurchaseSummary } from '../../components/PurchaseSummary';
import type { Lang } from '../../lib/i18n';
import type { Verdict } from '../../lib/core/verdict';
import type { PageReading } from '../../lib/sites/types';
import { purchaseSummaryOf } from '../../lib/ui/purchase-summary';
import { pageTheme } from './page-theme';

export class SummaryLayer {
  private ui: ShadowRootContentScriptUi<Root> | null = null;
  private mounting: Promise<ShadowRootContentScriptUi<Root> | null> | null = null;
  private hidden = false;
  private generation = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly lang: () => Lang,
  ) {}

  async render(verdict: Verdict, reading: PageReading): Promise<void> {
    const summary = this.hidden ? null : purchaseSummaryOf(verdict, reading, this.lang());
    if (!summary) return;
    const ui = await this.mount();
    ui?.mounted?.render(
      <PurchaseSummary summary={summary} lang={this.lang()} theme={pageTheme()} onHide={() => this.hide()} />,
    );
  }

  /** A new page: forget the bar and the user's "hide". */
  clear(): void {
    this.generation++;
    this.hidden = false;
    this.remove();
  }

  private hide() {
    this.hidden = true;
    queueMicrotask(() => this.remove());
  }

  private remove() {
    this.ui?.remove();
    this.ui = null;
    this.mounting = null;
  }

  private mount(): Promise<ShadowRootContentScriptUi<Root> | null> {
    if (this.ui) return Promise.resolve(this.ui);
    const generation = this.generation;
    this.mounting ??= createShadowRootUi<Root>(this.ctx, {
      name: 'hazard-check-summary',
      position: 'overlay',
      anchor: 'body',
      append: 'last',
      isolateEvents: true,
      onMount: (container) => createRoot(container),
      onRemove: (root) => root?.unmount(),
    }).then((ui) => {
      if (generation !== this.generation || !this.ctx.isValid) return null;
      ui.mount();
      this.ui = ui;
      return ui;
    });
    return this.mounting;
  }
}
