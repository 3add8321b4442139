/** What the two Safety Gate adapters share: the authority, links, risk levels and measure wording. */
import type { Action, HazardRecordInput } from '../../hazards/schema';
import { actionsFromText } from '../vocab';

export const SAFETY_GATE_AUTHORITY = 'European Commission – Safety Gate';

export const alertDetailUrl = (numericId: string | number) =>
  `https://ec.europa.eu/safety-gate-alerts/screen/webReport/alertDetail/${numericId}`;

/** A12/SR are serious-risk notifications; A11/OR "other than serious" (level unknown); INFO/EM unknown. */
export function riskLevelOf(code: string | undefined, reference: string): HazardRecordInput['riskLevel'] {
  const prefix = (code ?? reference.split('/')[0] ?? '').toUpperCase();
  if (prefix === 'A12' || prefix === 'SR' || /SERIOUS/.test(prefix)) return 'serious';
  return 'unknown';
}

/** "PRODUCT_WITHDRAWAL_FROM_MARKET", "Recall of the product from end users", … → our actions. */
export function actionsOfMeasures(measures: (string | undefined)[]): Action[] {
  const actions = actionsFromText(...measures.map((m) => m?.replace(/_/g, ' ')));
  if (measures.some((m) => m && /destruct/i.test(m)) && actions.length === 0) actions.push('other');
  return actions;
}
