/**
 * Decides whether one candidate record is the listing's product, and says why: the signals of the pair
 * are read once, and the first rule of the table (rules.ts) that holds and that no veto blocks decides.
 *
 *   exact   the listing's own ID, a valid GTIN or a KC number named by the record
 *   strong  two independent signals (brand + model, model + product type, the store the notice names +
 *           the same kind of product…)
 *   similar the same kind of product by name only, or the named store selling something else: a soft
 *           note, never "this product"
 */
import { RULES, scoreOf, VETOES, type Rule } from './rules';
import { Signals } from './signals';
import { TIERS } from './tiers';
import type { Evidence, MatchTier } from './types';
import type { DecideContext, RecordView } from './view';

export { viewOf, type DecideContext, type RecordView } from './view';

export interface Decision {
  tier: MatchTier;
  score: number;
  evidence: Evidence[];
  /** The id of the rule that made the match. */
  rule: string;
  /** The brand the match found, if any (to tell the brand's other reported products apart). */
  brandKey?: string;
  /** The match rests on the brand and the kind alone (`Rule.brandAndKindOnly`). */
  brandAndKindOnly?: true;
}

/** Called when the listing names the record's brand but no rule makes it this product. */
export type OtherProductOfBrand = (brandKey: string) => void;

export function decide(
  ctx: DecideContext,
  view: RecordView,
  otherProductOfBrand?: OtherProductOfBrand,
): Decision | null {
  const signals = new Signals(ctx, view);
  let holds: Map<string, boolean> | undefined;
  const isBlocked = (rule: Rule): boolean =>
    VETOES.some((veto) => {
      if (!veto.blocks.includes(rule.tier) || rule.exemptFrom?.includes(veto.id)) return false;
      holds ??= new Map();
      let known = holds.get(veto.id);
      if (known === undefined) {
        known = veto.when(signals);
        holds.set(veto.id, known);
      }
      return known;
    });
  for (const rule of RULES) {
    // Both are pure: a rule that does not hold is not worth the vetoes' readings.
    if (!rule.when(signals) || isBlocked(rule)) continue;
    return decisionOf(rule, signals);
  }
  if (signals.brand && !signals.curated) otherProductOfBrand?.(signals.brand.key);
  return null;
}

function decisionOf(rule: Rule, signals: Signals): Decision {
  const score = scoreOf(rule, signals);
  return {
    tier: rule.tier,
    score: Math.min(TIERS[rule.tier].maxScore, score),
    evidence: rule.evidence(signals),
    rule: rule.id,
    ...(signals.brand ? { brandKey: signals.brand.key } : {}),
    ...(rule.brandAndKindOnly?.(signals) ? { brandAndKindOnly: true as const } : {}),
  };
}
