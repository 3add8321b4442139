/**
 * The report form's state, kept plain so the UI stays thin: what the user has entered, how it becomes
 * a ReportForm, and which message explains a problem. Also the exact text each channel receives.
 */
import { t, type Lang, type MessageKey } from '../i18n';
import { githubIssueUrl } from './github-issue';
import { officialChannel, officialReportText } from './official-channels';
import type { ReportProblem } from './payload';
import { formatPayload, type ReportChannel, type ReportForm, type ReportKind, type ReportPayload } from './types';
import type { ReportReason } from './types';

export interface FormState {
  kind: ReportKind;
  /** missed-hazard: the record picked from the database search. */
  recordRef?: string;
  hazard: string;
  authority: string;
  evidenceUrl: string;
  date: string;
  /** wrong-match: the records the user says do not belong. */
  wrongRecordIds: string[];
  change: 'gone' | 'changed';
  note: string;
}

/** Where the user came from decides the kind the form opens with. */
export function initialFormState(reason: ReportReason, recordIds: string[]): FormState {
  // Shown records make "wrong match" the likely report; only an explicit "wrong match" preselects them.
  const kind: ReportKind =
    reason === 'listing-gone' ? 'listing-changed' : reason !== 'missed-hazard' && recordIds.length ? 'wrong-match' : 'missed-hazard';
  return {
    kind,
    hazard: '',
    authority: '',
    evidenceUrl: '',
    date: '',
    wrongRecordIds: reason === 'wrong-match' ? [...recordIds] : [],
    change: 'gone',
    note: '',
  };
}

export function toReportForm(state: FormState): ReportForm {
  const note = state.note.trim() || undefined;
  if (state.kind === 'wrong-match') return { kind: 'wrong-match', recordRefs: state.wrongRecordIds, note };
  if (state.kind === 'listing-changed') return { kind: 'listing-changed', change: state.change, note };
  const typed = (value: string) => value.trim() || undefined;
  return {
    kind: 'missed-hazard',
    recordRef: state.recordRef,
    hazard: typed(state.hazard),
    authority: typed(state.authority),
    evidenceUrl: typed(state.evidenceUrl),
    date: typed(state.date),
    note,
  };
}

export const PROBLEM_MESSAGES: Record<ReportProblem, MessageKey> = {
  'not-a-product': 'reportErrorProduct',
  'hazard-required': 'reportErrorHazard',
  'authority-required': 'reportErrorAuthority',
  'evidence-required': 'reportErrorEvidence',
  'evidence-invalid': 'reportErrorEvidenceInvalid',
  'date-invalid': 'reportErrorDate',
  'records-required': 'reportErrorRecords',
};

/** Exactly what the chosen channel receives: the JSON body, the GitHub issue, or the copied text. */
export function channelText(payload: ReportPayload, channel: ReportChannel, lang: Lang): string {
  if (channel.kind === 'endpoint') return formatPayload(payload);
  if (channel.kind === 'official') {
    return officialReportText(payload, lang);
  }
  const params = new URL(githubIssueUrl(payload)).searchParams;
  return `${params.get('title') ?? ''}\n\n${params.get('body') ?? ''}`;
}

export function channelUrl(channel: ReportChannel): string | undefined {
  return channel.kind === 'official' ? officialChannel(channel.channelId).url : undefined;
}

export function confirmLabel(channel: ReportChannel, lang: Lang): string {
  const key: MessageKey =
    channel.kind === 'github' ? 'reportConfirmGithub' : channel.kind === 'official' ? 'reportConfirmOfficial' : 'reportConfirm';
  return t(lang, key);
}
