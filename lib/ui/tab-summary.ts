/** What the popup says about the shop tab, from the background's last reading and verdict. */
import { isWarning } from '../matching/tiers';
import { listingKeyOf } from '../identifiers';
import { isGoneListing } from '../reports/listing-reading';
import type { MessageKey } from '../i18n';
import type { MatchedRecord, Verdict } from '../core/verdict';
import type { PageReading } from '../sites/types';

export type TabSummary =
  | { kind: 'no-page' }
  /** `goneListingKey`: the page names a listing it says is gone, which can still be reported. */
  | { kind: 'not-checked'; reasonKey: MessageKey; goneListingKey?: string }
  | { kind: 'product'; verdict: Verdict; shown: MatchedRecord[] }
  | {
      kind: 'cards';
      verdict: Verdict;
      flagged: [string, MatchedRecord[]][];
      ownReports: [string, NonNullable<Verdict['ownReport']>][];
    };

export function summarizeTab(reading: PageReading | undefined, verdict: Verdict | undefined): TabSummary {
  if (!reading || !verdict) return { kind: 'no-page' };
  if (verdict.state !== 'ok') {
    const product = isGoneListing(reading) ? reading.product : undefined;
    return {
      kind: 'not-checked',
      reasonKey: `state_${verdict.state}` as MessageKey,
      ...(product && { goneListingKey: listingKeyOf(reading.site, product.globalItemId ?? product.itemId) }),
    };
  }
  if (reading.pageType === 'product') {
    // Tiers are not mixed: warnings when there are any, else the soft notes.
    const warnings = verdict.matches.filter((m) => isWarning(m.match));
    return { kind: 'product', verdict, shown: warnings.length ? warnings : verdict.matches };
  }
  const ownReports = Object.entries(verdict.ownReportCards ?? {}).filter(([id]) => !verdict.cards[id]);
  return { kind: 'cards', verdict, flagged: Object.entries(verdict.cards), ownReports };
}
