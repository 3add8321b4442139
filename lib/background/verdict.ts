/**
 * Turns what the content script read into a verdict: which records match the product (or which cards
 * are flagged), filtered by the user's settings and decisions. Pure apart from the injected lookups.
 */
import type { HazardRecord } from '../hazards/schema';
import { listingKeyOf } from '../identifiers';
import type { Dismissal, LocalRule } from '../hazards/db';
import type { MatchedRecord, Verdict } from '../core/verdict';
import { compareTiers, isWarning, isWarningTier } from '../matching/tiers';
import { isStoreNote } from '../matching/seller';
import type { ListingQuery, Match } from '../matching/types';
import type { CardReading, PageReading, ProductReading } from '../sites/types';

export interface VerdictDeps {
  match(query: ListingQuery): Match[];
  /** Full records for matched IDs (the engine keeps only what it needs to match). */
  records(ids: string[]): Promise<Map<string, HazardRecord>>;
  dismissal(listingKey: string): Promise<Dismissal | undefined>;
  localRule(listingKey: string): Promise<LocalRule | undefined>;
  settings: { showSimilar: boolean; disabledSources: string[]; childrenOnly: boolean };
  dataAsOf?: string;
}

export function productQuery(reading: PageReading, product: ProductReading): ListingQuery {
  return {
    site: reading.site,
    itemId: product.itemId,
    globalItemId: product.globalItemId,
    title: product.title,
    seller: product.seller?.name,
    storeId: product.seller?.id,
    brand: product.brand,
    models: product.models,
    identifiers: product.identifiers,
  };
}

export function cardQuery(reading: PageReading, card: CardReading): ListingQuery {
  return {
    site: reading.site,
    itemId: card.itemId,
    globalItemId: card.globalItemId,
    title: card.title,
    // Cart and order lines name their shop; search cards never do.
    seller: card.seller?.name,
    storeId: card.seller?.id ?? card.storeId,
  };
}

/** Stable signature of a matched record set: a change (new record, updated notice) re-alerts. */
export function signatureOf(matches: MatchedRecord[]): string {
  const parts = matches
    .filter((m) => isWarning(m.match))
    .map((m) => `${m.record.id}@${m.record.updatedAt ?? m.record.publishedAt ?? ''}`)
    .sort();
  let hash = 0x811c9dc5;
  for (const char of parts.join('|')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return parts.length ? hash.toString(16).padStart(8, '0') : '';
}

async function resolveMatches(matches: Match[], deps: VerdictDeps, storeNotes = false): Promise<MatchedRecord[]> {
  const { showSimilar, disabledSources, childrenOnly } = deps.settings;
  const wanted = matches.filter(
    (m) => (storeNotes ? isStoreNote(m) : isWarningTier(m.tier) || showSimilar) && !disabledSources.includes(m.source),
  );
  if (!wanted.length) return [];
  const records = await deps.records(wanted.map((m) => m.recordId));
  const resolved: MatchedRecord[] = [];
  for (const match of wanted) {
    const record = records.get(match.recordId);
    if (!record) continue;
    // Children's focus hides only the soft tier: a warning about this exact product always shows.
    if (childrenOnly && !isWarningTier(match.tier) && !storeNotes && !record.product.forChildren) continue;
    resolved.push({ match, record });
  }
  return resolved.sort((a, b) => compareTiers(a.match.tier, b.match.tier) || b.match.score - a.match.score);
}

export async function computeVerdict(reading: PageReading, deps: VerdictDeps): Promise<Verdict> {
  const base: Verdict = { state: reading.state, matches: [], cards: {}, signature: '', dataAsOf: deps.dataAsOf };
  if (reading.state !== 'ok') return base;

  if (reading.pageType === 'product' && reading.product) {
    const product = reading.product;
    const listingKey = listingKeyOf(reading.site, product.globalItemId ?? product.itemId);
    const found = deps.match(productQuery(reading, product));
    const matches = await resolveMatches(found, deps);
    // A store note stands apart from the warnings: only when nothing names this listing itself.
    const storeNotes = matches.some((m) => isWarning(m.match)) ? [] : await resolveMatches(found, deps, true);
    const signature = signatureOf(matches);
    const [dismissal, rule] = await Promise.all([deps.dismissal(listingKey), deps.localRule(listingKey)]);
    return {
      ...base,
      listingKey,
      matches,
      signature,
      dismissed: dismissal && holds(dismissal, signature) ? dismissal.kind : undefined,
      ownReport: rule ? ownReportOf(rule) : undefined,
      ...(storeNotes.length > 0 && { storeNotes }),
    };
  }

  // A listing page showing no cards (still loading, or the shop changed its markup) has not been checked:
  // "nothing matched" would be a claim about listings nobody read.
  if (!reading.cards?.length) return { ...base, state: 'unreadable' };
  const cards: Record<string, MatchedRecord[]> = {};
  const ownReportCards: NonNullable<Verdict['ownReportCards']> = {};
  for (const card of reading.cards ?? []) {
    const matches = await resolveMatches(deps.match(cardQuery(reading, card)), deps);
    if (matches.length) cards[card.itemId] = matches;
    const rule = await deps.localRule(listingKeyOf(reading.site, card.globalItemId ?? card.itemId));
    if (rule) ownReportCards[card.itemId] = ownReportOf(rule);
  }
  // A store page of a store that notices name says so.
  const storeId = reading.pageType === 'store' ? reading.cards.find((c) => c.storeId)?.storeId : undefined;
  const storeNotes = storeId
    ? await resolveMatches(deps.match({ site: reading.site, storeId, title: '' }), deps, true)
    : [];
  return {
    ...base,
    cards,
    ...(Object.keys(ownReportCards).length > 0 && { ownReportCards }),
    ...(storeNotes.length > 0 && { storeNotes }),
  };
}

/**
 * "Dismiss for this listing" holds until the user undoes it; "snooze" and "not this product" hold only while
 * the matched records are the ones the user saw, so a new or updated notice is shown again.
 */
function holds(dismissal: Dismissal, signature: string): boolean {
  return dismissal.kind === 'dismissed' || dismissal.signature === signature;
}

function ownReportOf(rule: LocalRule): NonNullable<Verdict['ownReport']> {
  return { reportId: rule.reportId, note: rule.note, createdAt: rule.createdAt };
}
