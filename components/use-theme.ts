import { useEffect, useState } from 'react';
import type { Theme } from '../lib/ui/theme';

const DARK = '(prefers-color-scheme: dark)';

/** The OS light/dark preference, live: extension pages follow it. */
export function usePreferredTheme(): Theme {
  const [dark, setDark] = useState(() => window.matchMedia?.(DARK).matches ?? false);
  useEffect(() => {
    const query = window.matchMedia?.(DARK);
    if (!query?.addEventListener) return;
    const onChange = (e: MediaQueryListEvent) => setDark(e.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return dark ? 'dark' : 'light';
}
