/**
 * "Check again": ask the tab to re-read itself, then wait until the background holds a newer check
 * (its `checkedAt` moves on). Resolves `timeout` if the page never answers (e.g. it was not reloaded
 * after the extension was installed).
 */
import type { ExtensionApi } from './extension-api';

export interface RecheckOptions {
  timeoutMs?: number;
  intervalMs?: number;
  sleep?(ms: number): Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function recheckAndWait(
  api: Pick<ExtensionApi, 'send'>,
  tabId: number,
  { timeoutMs = 6000, intervalMs = 200, sleep = wait }: RecheckOptions = {},
): Promise<'checked' | 'timeout'> {
  const before = (await api.send('tab-verdict', { tabId })).checkedAt ?? 0;
  await api.send('recheck-tab', { tabId });
  for (let waited = 0; waited < timeoutMs; waited += intervalMs) {
    await sleep(intervalMs);
    const now = await api.send('tab-verdict', { tabId });
    if ((now.checkedAt ?? 0) > before) return 'checked';
  }
  return 'timeout';
}
