import type { ReactElement } from 'react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { HazardRecordInput } from '../../../lib/hazards/schema';
import type { Evidence } from '../../../lib/matching/types';
import type { MatchedRecord } from '../../../lib/core/verdict';
import { match, record } from '../background/helpers';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  root: Root;
  unmount(): Promise<void>;
}

export async function render(element: ReactElement): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(element));
  return {
    container,
    root,
    unmount: async () => {
      await act(async () => root.unmount());
      container.remove();
    },
  };
}

export async function click(element: Element | null | undefined) {
  if (!element) throw new Error('nothing to click');
  await act(async () => (element as HTMLElement).click());
}

export async function key(element: Element, keyName: string) {
  await act(async () => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true }));
  });
}

/** Lets pending promises (fake API answers) settle inside act. */
export async function settle() {
  await act(async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
  });
}

export const byTestId = (root: ParentNode, id: string) => root.querySelector(`[data-testid="${id}"]`);

export function matched(
  input: Partial<HazardRecordInput> & { ref: string },
  tier: 'exact' | 'strong' | 'similar' = 'exact',
  evidence?: Evidence[],
): MatchedRecord {
  const r = record(input);
  const m = match(r, tier);
  return { record: r, match: evidence ? { ...m, evidence } : m };
}

export const hairband: Partial<HazardRecordInput> & { ref: string } = {
  ref: 'HAIR-1',
  url: 'https://example.org/notices/hair-1',
  authority: 'Seoul Metropolitan Government',
  jurisdiction: 'KR',
  publishedAt: '2024-05-09',
  actions: ['platform_block'],
  riskTypes: ['CHEMICAL'],
  chemicals: [{ name: 'DEHP', measured: 27, limit: 0.1, unit: '%' }],
  hazardText: [{ lang: 'en', text: 'The hairband contains DEHP above the limit.' }],
  product: { names: [{ lang: 'en', text: "Children's hairband" }], forChildren: true },
};

/** Waits (inside act) until `check` holds: for UI that polls or waits on timers. */
export async function waitFor(check: () => boolean, timeoutMs = 3000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await act(async () => new Promise((r) => setTimeout(r, 20)));
  }
}
