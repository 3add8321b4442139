/**
 * The banner, kept off the shop's price and buy button: measured after every layout change, scroll and
 * resize, and moved to a free corner (or collapsed to its pill when no corner is free).
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { Banner, type BannerProps } from '../../components/Banner';
import { choosePlacement, type Box, type Placement } from '../../lib/ui/placement';

/** The collapsed pill's size is only known once shown; this is a safe upper bound. */
const PILL_SIZE = { width: 240, height: 44 };

export function PlacedBanner({
  avoid,
  headerInset,
  ...props
}: BannerProps & { avoid(): Box[]; headerInset(): number }) {
  const stackRef = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<Placement & { topInset: number }>({
    corner: 'top-right',
    collapse: false,
    topInset: 0,
  });
  const current = useRef(placement);

  useLayoutEffect(() => {
    const stack = stackRef.current;
    if (!stack) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const place = () => {
      const { width, height } = stack.getBoundingClientRect();
      if (!width || !height) return;
      const topInset = headerInset();
      const next = {
        ...choosePlacement({
          size: { width, height },
          pillSize: PILL_SIZE,
          viewport: { width: window.innerWidth, height: window.innerHeight },
          avoid: avoid(),
          current: current.current.corner,
          topInset,
        }),
        topInset,
      };
      const was = current.current;
      if (next.corner !== was.corner || next.collapse !== was.collapse || next.topInset !== was.topInset) {
        current.current = next;
        setPlacement(next);
      }
    };
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(place, 120);
    };
    place();
    const resize = new ResizeObserver(later);
    resize.observe(stack);
    window.addEventListener('scroll', later, { passive: true, capture: true });
    window.addEventListener('resize', later);
    return () => {
      clearTimeout(timer);
      resize.disconnect();
      window.removeEventListener('scroll', later, { capture: true });
      window.removeEventListener('resize', later);
    };
  }, [avoid, headerInset]);

  return (
    <Banner
      {...props}
      corner={placement.corner}
      topInset={placement.topInset}
      autoCollapse={placement.collapse}
      stackRef={stackRef}
    />
  );
}
