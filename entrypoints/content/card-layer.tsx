/**
 * Badges on flagged search/category/store cards and the one popover that explains them. Called with
 * the merged verdict after every scan (first batch, scroll-loaded batches, shop re-renders), so it must
 * be idempotent: a link that already holds a badge, or is getting one, is left alone.
 */
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CardBadge, type BadgeKind } from '../../components/CardBadge';
import { CardPopover } from '../../components/CardPopover';
import type { Lang } from '../../lib/i18n';
import type { MatchedRecord, Verdict } from '../../lib/core/verdict';
import { cardTierOf } from '../../lib/ui/banner-model';
import { BADGE_HOST_TAG, clearCardMarks, findCardTargets } from '../../lib/ui/card-targets';
import type { OnReport } from '../../lib/ui/report-request';
import { pageTheme } from './page-theme';
import { SHADOW_CSS } from './shadow-css';

interface BadgeEntry {
  ui: ShadowRootContentScriptUi<Root>;
  itemId: string;
  tier: BadgeKind;
  matches: MatchedRecord[];
  ownReport?: NonNullable<Verdict['ownReport']>;
}

export interface CardEnv {
  lang(): Lang;
  onReport?: OnReport;
}

// Events from the badge must not reach the shop's link handlers (some navigate on mousedown).
const ISOLATED_EVENTS = [
  'click',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
  'keypress',
];

export class CardLayer {
  private readonly badges = new Map<HTMLAnchorElement, BadgeEntry>();
  private readonly pending = new WeakSet<HTMLAnchorElement>();
  private popover: ShadowRootContentScriptUi<Root> | null = null;
  private openFor: HTMLAnchorElement | null = null;
  private generation = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly env: CardEnv,
  ) {}

  render(verdict: Verdict): void {
    this.forgetDetached();
    const own = verdict.ownReportCards ?? {};
    for (const itemId of new Set([...Object.keys(verdict.cards), ...Object.keys(own)])) {
      const matches = verdict.cards[itemId] ?? [];
      // Authority data leads; a card only the user reported gets its own, distinct badge.
      const tier: BadgeKind | undefined = cardTierOf(matches) ?? (own[itemId] ? 'own' : undefined);
      if (!tier) continue;
      const { needBadge } = findCardTargets(document, itemId, tier);
      for (const link of needBadge) {
        if (this.pending.has(link)) continue;
        this.pending.add(link);
        const card = { itemId, tier, matches, ownReport: own[itemId] };
        void this.mountBadge(link, card).finally(() => this.pending.delete(link));
      }
    }
  }

  clear(): void {
    this.generation++;
    this.closePopover();
    for (const entry of this.badges.values()) entry.ui.remove();
    this.badges.clear();
    clearCardMarks(document);
  }

  /** The shop replaced some cards: drop our handles on badges that left the page. */
  private forgetDetached() {
    for (const [link, entry] of this.badges) {
      if (!link.isConnected || !entry.ui.shadowHost.isConnected) {
        entry.ui.remove();
        this.badges.delete(link);
      }
    }
  }

  private async mountBadge(link: HTMLAnchorElement, card: Omit<BadgeEntry, 'ui'>) {
    const generation = this.generation;
    const ui = await createShadowRootUi<Root>(this.ctx, {
      name: BADGE_HOST_TAG,
      position: 'overlay',
      css: SHADOW_CSS,
      anchor: link,
      append: 'first',
      isolateEvents: ISOLATED_EVENTS,
      onMount: (container) => createRoot(container),
      onRemove: (root) => root?.unmount(),
    });
    if (generation !== this.generation || !link.isConnected || !this.ctx.isValid) return;
    // Another render may have badged this link while the styles loaded.
    if ([...link.children].some((c) => c.localName === BADGE_HOST_TAG)) return;
    ui.mount();
    ui.shadowHost.setAttribute('data-item-id', card.itemId);
    const entry = { ui, ...card };
    this.badges.set(link, entry);
    this.drawBadge(link, entry);
  }

  private drawBadge(link: HTMLAnchorElement, entry: BadgeEntry) {
    entry.ui.mounted?.render(
      <CardBadge
        tier={entry.tier}
        lang={this.env.lang()}
        theme={pageTheme()}
        expanded={this.openFor === link}
        onOpen={(button) => void this.openPopover(link, entry, button)}
      />,
    );
  }

  private async openPopover(link: HTMLAnchorElement, entry: BadgeEntry, button: HTMLButtonElement) {
    this.closePopover();
    const generation = this.generation;
    // Deferred: the popover's own handler is still running when it asks to close.
    const close = () =>
      queueMicrotask(() => {
        if (this.popover !== ui) return;
        this.closePopover();
        if (button.isConnected) button.focus();
      });
    const ui = await createShadowRootUi<Root>(this.ctx, {
      name: 'hazard-check-popover',
      position: 'overlay',
      css: SHADOW_CSS,
      anchor: 'body',
      append: 'last',
      isolateEvents: true,
      onMount: (container) => {
        const root = createRoot(container);
        root.render(
          <CardPopover
            itemId={entry.itemId}
            matches={entry.matches}
            ownReport={entry.ownReport}
            lang={this.env.lang()}
            theme={pageTheme()}
            anchorRect={() => (button.isConnected ? button.getBoundingClientRect() : undefined)}
            onClose={close}
            onReport={this.env.onReport}
          />,
        );
        return root;
      },
      onRemove: (root) => root?.unmount(),
    });
    if (generation !== this.generation || !this.ctx.isValid) return;
    this.popover = ui;
    this.openFor = link;
    ui.mount();
    this.drawBadge(link, entry);
  }

  private closePopover() {
    this.popover?.remove();
    this.popover = null;
    const link = this.openFor;
    this.openFor = null;
    const entry = link && this.badges.get(link);
    if (link && entry) this.drawBadge(link, entry);
  }
}
