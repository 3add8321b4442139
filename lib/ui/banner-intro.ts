/**
 * The first warning a user meets opens with all its details; every later one opens folded (headline,
 * source, tier, actions) and unfolds in place. Kept in local storage, per browser profile.
 */
import { storage } from 'wxt/utils/storage';

export const bannerDetailsSeen = storage.defineItem<boolean>('local:bannerDetailsSeen', { fallback: false });

/** Whether this warning should open folded; marks the details as seen either way. */
export async function openFolded(): Promise<boolean> {
  try {
    const seen = await bannerDetailsSeen.getValue();
    if (!seen) await bannerDetailsSeen.setValue(true);
    return seen;
  } catch {
    return false; // storage unavailable: show everything rather than hide details
  }
}
