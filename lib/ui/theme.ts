/**
 * Light or dark look for UI drawn on a shop page: the page's own background decides when it is
 * opaque (a dark shop theme under a light OS still gets a dark banner); otherwise the OS preference.
 */
export type Theme = 'light' | 'dark';

interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses computed colours: `rgb(…)`, `rgba(…)`, modern space-separated forms, `#rgb`/`#rrggbb`, `transparent`. */
export function parseCssColor(value: string): Rgba | undefined {
  const text = value.trim().toLowerCase();
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = text.match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return { r: parseInt(h.slice(0, 2), 16), g: parseInt(h.slice(2, 4), 16), b: parseInt(h.slice(4, 6), 16), a: 1 };
  }
  const fn = text.match(/^rgba?\(([^)]+)\)$/);
  if (!fn) return undefined;
  const parts = fn[1]!.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3) return undefined;
  const channel = (p: string) => (p.endsWith('%') ? (parseFloat(p) * 255) / 100 : parseFloat(p));
  const alpha = parts[3] === undefined ? 1 : parts[3].endsWith('%') ? parseFloat(parts[3]) / 100 : parseFloat(parts[3]);
  const [r, g, b] = parts.slice(0, 3).map(channel) as [number, number, number];
  if ([r, g, b, alpha].some(Number.isNaN)) return undefined;
  return { r, g, b, a: alpha };
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** `backgrounds`: computed background colours from the innermost relevant element outwards (body, html). */
export function pickTheme(backgrounds: string[], prefersDark: boolean): Theme {
  for (const value of backgrounds) {
    const color = parseCssColor(value);
    if (color && color.a >= 0.5) return relativeLuminance(color) < 0.2 ? 'dark' : 'light';
  }
  return prefersDark ? 'dark' : 'light';
}
