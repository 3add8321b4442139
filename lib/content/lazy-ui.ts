/**
 * Loads the page UI on first need and forwards to it. Verdicts with nothing to show never load it;
 * clearing before it loaded is a no-op, and a show that was overtaken by a clear while the UI file
 * loaded is dropped (the page moved on).
 */
import type { Verdict } from '../core/verdict';
import type { PageReading } from '../sites/types';
import { hasBannerContent, hasCardContent } from '../ui/banner-model';
import type { ContentUi } from './ui-contract';

export class LazyContentUi {
  private ui: ContentUi | null = null;
  private loading: Promise<ContentUi> | null = null;
  private generation = 0;

  constructor(private readonly load: () => Promise<ContentUi>) {}

  get loaded(): boolean {
    return this.ui !== null;
  }

  async showBanner(verdict: Verdict): Promise<void> {
    if (!hasBannerContent(verdict)) {
      this.ui?.removeBanner();
      return;
    }
    const generation = this.generation;
    const ui = await this.get();
    if (generation === this.generation) await ui.showBanner(verdict);
  }

  async renderCards(verdict: Verdict, reading: PageReading): Promise<void> {
    if (!hasCardContent(verdict)) return;
    const generation = this.generation;
    const ui = await this.get();
    if (generation === this.generation) ui.renderCards(verdict, reading);
  }

  clear(): void {
    this.generation++;
    this.ui?.removeBanner();
    this.ui?.clearCards();
  }

  private get(): Promise<ContentUi> {
    if (this.ui) return Promise.resolve(this.ui);
    this.loading ??= this.load().then(
      (ui) => (this.ui = ui),
      (error: unknown) => {
        this.loading = null; // a later verdict may try again
        throw error;
      },
    );
    return this.loading;
  }
}
