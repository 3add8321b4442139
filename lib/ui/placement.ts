/**
 * Where the banner goes so it never covers the price or the buy button: top-right by default, else the
 * next free corner, else collapsed to its small pill in a free corner. Pure geometry; the content script
 * measures the page (entrypoints/content/protected-areas.ts).
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Corner = 'top-right' | 'bottom-right' | 'top-left' | 'bottom-left';
export const CORNERS: readonly Corner[] = ['top-right', 'bottom-right', 'top-left', 'bottom-left'];
export const MARGIN = 12;

/** `topInset`: the shop's header bar height; top corners start below it. */
export function boxAt(
  corner: Corner,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  topInset = 0,
): Box {
  const x = corner.endsWith('right') ? viewport.width - MARGIN - size.width : MARGIN;
  const y = corner.startsWith('bottom') ? viewport.height - MARGIN - size.height : MARGIN + topInset;
  return { x, y, width: size.width, height: size.height };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function free(
  corner: Corner,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  avoid: Box[],
  topInset: number,
) {
  const box = boxAt(corner, size, viewport, topInset);
  return box.y + box.height <= viewport.height && !avoid.some((area) => overlaps(box, area));
}

export interface Placement {
  corner: Corner;
  /** No corner fits the open banner: show the pill. */
  collapse: boolean;
}

/**
 * Keeps the current corner while it stays free (no jumping while the user scrolls), else the first
 * free corner in preference order; if the open banner fits nowhere, the pill's first free corner.
 */
export function choosePlacement(input: {
  size: { width: number; height: number };
  pillSize: { width: number; height: number };
  viewport: { width: number; height: number };
  avoid: Box[];
  current?: Corner;
  /** Height of the shop's header bar at the top of the viewport. */
  topInset?: number;
}): Placement {
  const { size, pillSize, viewport, avoid, current, topInset = 0 } = input;
  const order = current ? [current, ...CORNERS.filter((c) => c !== current)] : CORNERS;
  const open = order.find((c) => free(c, size, viewport, avoid, topInset));
  if (open) return { corner: open, collapse: false };
  const pill = order.find((c) => free(c, pillSize, viewport, avoid, topInset));
  return { corner: pill ?? 'top-right', collapse: true };
}
