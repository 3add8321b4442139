import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { t, type Lang } from '../lib/i18n';
import type { MatchedRecord, Verdict } from '../lib/core/verdict';
import type { OnReport } from '../lib/ui/report-request';
import type { Theme } from '../lib/ui/theme';
import { MatchDetails } from './MatchDetails';
import { OwnReportNote } from './OwnReportNote';

export interface CardPopoverProps {
  itemId: string;
  matches: MatchedRecord[];
  /** The user's own report on this card, shown apart from authority data. */
  ownReport?: NonNullable<Verdict['ownReport']>;
  lang: Lang;
  theme?: Theme;
  /** The badge's current position on screen; read again on scroll and resize. */
  anchorRect(): DOMRect | undefined;
  onClose(): void;
  onReport?: OnReport;
}

const WIDTH = 340;
const GAP = 6;

function place(rect: DOMRect | undefined, height: number) {
  if (!rect) return { top: 12, left: 12 };
  const below = rect.bottom + GAP;
  const top = below + height > window.innerHeight && rect.top - GAP - height > 0 ? rect.top - GAP - height : below;
  const left = Math.min(Math.max(8, rect.left), Math.max(8, window.innerWidth - WIDTH - 8));
  return { top, left };
}

/** The evidence behind a card badge, next to the badge. Escape or Close dismisses it. */
export function CardPopover({
  itemId,
  matches,
  ownReport,
  lang,
  theme = 'light',
  anchorRect,
  onClose,
  onReport,
}: CardPopoverProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const [position, setPosition] = useState(() => place(anchorRect(), 0));

  useLayoutEffect(() => {
    const update = () => setPosition(place(anchorRect(), ref.current?.offsetHeight ?? 0));
    update();
    window.addEventListener('scroll', update, { capture: true, passive: true });
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', update);
    };
  }, [anchorRect]);

  useEffect(() => {
    closeRef.current?.focus();
    const outside = (event: PointerEvent) => {
      if (ref.current && !event.composedPath().includes(ref.current)) onClose();
    };
    document.addEventListener('pointerdown', outside, true);
    return () => document.removeEventListener('pointerdown', outside, true);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <div className={`hc-root hc-theme-${theme}`} lang={lang}>
      <div
        ref={ref}
        role="dialog"
        aria-labelledby={titleId}
        className="hc-card hc-popover"
        style={{ top: position.top, left: position.left, width: WIDTH }}
        onKeyDown={onKeyDown}
        data-testid="hazard-card-popover"
        data-item-id={itemId}
      >
        <header className="hc-head">
          <h2 id={titleId} className="hc-title">
            {t(lang, 'popoverTitle')}
          </h2>
          <button
            ref={closeRef}
            type="button"
            className="hc-icon-btn"
            aria-label={t(lang, 'popoverClose')}
            onClick={onClose}
          >
            <span aria-hidden="true">×</span>
          </button>
        </header>
        {matches.slice(0, 3).map((item) => (
          <MatchDetails key={item.record.id} item={item} lang={lang} showTier />
        ))}
        {ownReport && <OwnReportNote report={ownReport} lang={lang} />}
        {matches.length > 0 && <p className="hc-disclaimer">{t(lang, 'bannerDisclaimer')}</p>}
        {onReport && matches.length > 0 && (
          <div className="hc-actions">
            <button
              type="button"
              onClick={() =>
                onReport({ reason: 'wrong-match', from: 'card', itemId, recordIds: matches.map((m) => m.record.id) })
              }
              data-testid="hazard-card-report"
            >
              {t(lang, 'bannerReport')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
