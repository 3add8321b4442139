import { useId } from 'react';
import type { HazardRecord } from '../../lib/hazards/schema';
import { t, type Lang, type MessageKey } from '../../lib/i18n';
import type { FormState } from '../../lib/reports/form-state';
import type { ReportKind } from '../../lib/reports/types';
import type { ExtensionApi } from '../../lib/ui/extension-api';
import { RecordPicker } from './RecordPicker';

export interface ReportFieldsProps {
  lang: Lang;
  send: ExtensionApi['send'];
  state: FormState;
  onChange(patch: Partial<FormState>): void;
  /** Records shown for this listing: the choices of a wrong-match report. */
  shownRecords: HazardRecord[];
  picked?: HazardRecord;
  onPick(record: HazardRecord | undefined): void;
}

const KINDS: [ReportKind, MessageKey][] = [
  ['missed-hazard', 'reportKindMissed'],
  ['wrong-match', 'reportKindWrong'],
  ['listing-changed', 'reportKindChanged'],
];

function TextField(props: {
  label: string;
  value: string;
  onChange(v: string): void;
  testId: string;
  type?: string;
  multiline?: boolean;
}) {
  const id = useId();
  return (
    <div className="hc-report-field">
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea
          id={id}
          rows={2}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          data-testid={props.testId}
        />
      ) : (
        <input
          id={id}
          type={props.type ?? 'text'}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          data-testid={props.testId}
        />
      )}
    </div>
  );
}

/** The typed part of a report: which kind, and the fields that kind needs. */
export function ReportFields({ lang, send, state, onChange, shownRecords, picked, onPick }: ReportFieldsProps) {
  const kinds = KINDS.filter(([kind]) => kind !== 'wrong-match' || shownRecords.length > 0);
  return (
    <>
      <fieldset className="hc-report-fieldset">
        <legend>{t(lang, 'reportKindLegend')}</legend>
        {kinds.map(([kind, label]) => (
          <label key={kind} className="hc-check">
            <input
              type="radio"
              name="hc-report-kind"
              checked={state.kind === kind}
              onChange={() => onChange({ kind })}
              data-testid={`report-kind-${kind}`}
            />
            {t(lang, label)}
          </label>
        ))}
      </fieldset>

      {state.kind === 'missed-hazard' && (
        <>
          <RecordPicker lang={lang} send={send} picked={picked} onPick={onPick} />
          {!picked && (
            <fieldset className="hc-report-fieldset">
              <legend>{t(lang, 'reportEvidenceLegend')}</legend>
              <TextField
                label={t(lang, 'reportHazardLabel')}
                value={state.hazard}
                onChange={(hazard) => onChange({ hazard })}
                testId="report-hazard"
                multiline
              />
              <TextField
                label={t(lang, 'reportAuthorityLabel')}
                value={state.authority}
                onChange={(authority) => onChange({ authority })}
                testId="report-authority"
              />
              <TextField
                label={t(lang, 'reportEvidenceLabel')}
                value={state.evidenceUrl}
                onChange={(evidenceUrl) => onChange({ evidenceUrl })}
                testId="report-evidence"
                type="url"
              />
              <TextField
                label={t(lang, 'reportDateLabel')}
                value={state.date}
                onChange={(date) => onChange({ date })}
                testId="report-date"
              />
            </fieldset>
          )}
        </>
      )}

      {state.kind === 'wrong-match' && (
        <fieldset className="hc-report-fieldset">
          <legend>{t(lang, 'reportWrongLegend')}</legend>
          {shownRecords.map((record) => (
            <label key={record.id} className="hc-check">
              <input
                type="checkbox"
                checked={state.wrongRecordIds.includes(record.id)}
                onChange={(e) =>
                  onChange({
                    wrongRecordIds: e.target.checked
                      ? [...state.wrongRecordIds, record.id]
                      : state.wrongRecordIds.filter((id) => id !== record.id),
                  })
                }
                data-testid="report-wrong-record"
              />
              {record.product.names[0]?.text ?? record.ref} — {record.authority}
            </label>
          ))}
        </fieldset>
      )}

      {state.kind === 'listing-changed' && (
        <fieldset className="hc-report-fieldset">
          <legend>{t(lang, 'reportChangeLegend')}</legend>
          {(['gone', 'changed'] as const).map((change) => (
            <label key={change} className="hc-check">
              <input
                type="radio"
                name="hc-report-change"
                checked={state.change === change}
                onChange={() => onChange({ change })}
              />
              {t(lang, change === 'gone' ? 'reportChangeGone' : 'reportChangeChanged')}
            </label>
          ))}
        </fieldset>
      )}

      <TextField
        label={t(lang, 'reportNoteLabel')}
        value={state.note}
        onChange={(note) => onChange({ note })}
        testId="report-note"
        multiline
      />
    </>
  );
}
