import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { HazardRecord } from '../../lib/hazards/schema';
import { t, type Lang } from '../../lib/i18n';
import { errorText } from '../../lib/ui/error-text';
import type { Response } from '../../lib/messaging';
import {
  channelText,
  confirmLabel,
  initialFormState,
  PROBLEM_MESSAGES,
  toReportForm,
  type FormState,
} from '../../lib/reports/form-state';
import { officialChannelsFor } from '../../lib/reports/official-channels';
import type { ReportChannel, ReportPayload } from '../../lib/reports/types';
import type { PageReading } from '../../lib/sites/types';
import type { ExtensionApi } from '../../lib/ui/extension-api';
import type { ReportRequest } from '../../lib/ui/report-request';
import type { Theme } from '../../lib/ui/theme';
import { ReportDone, type ReportDoneProps } from './ReportDone';
import { ReportFields } from './ReportFields';
import { ReportPreview } from './ReportPreview';
import './report.css';

export interface ReportDialogProps {
  request: ReportRequest;
  /** The listing as a product reading; null when it cannot be reported (not a readable product). */
  reading: PageReading | null;
  lang: Lang;
  theme?: Theme;
  /** The browser's locale (`ko-KR`, `en-US`): picks the default official channel. */
  locale: string;
  send: ExtensionApi['send'];
  /** The shop tab, so a missed-hazard report re-checks it at once (popup only; a content script is known). */
  tabId?: number;
  copyText?(text: string): Promise<void>;
  onClose(): void;
}

type Step =
  | { step: 'form' }
  | { step: 'preview'; payload: ReportPayload; endpoint: boolean }
  | { step: 'done'; result: Response<'report-submit'>; copy?: ReportDoneProps['copy'] };

const clipboard = (text: string) => navigator.clipboard.writeText(text);

/**
 * The volunteer report flow: fill in → preview exactly what will be sent → confirm. Nothing is stored or
 * sent before the confirm button; page text is rendered as text only.
 */
export function ReportDialog(props: ReportDialogProps) {
  const { request, reading, lang, theme = 'light', send, onClose } = props;
  const [state, setState] = useState<FormState>(() => initialFormState(request.reason, request.recordIds));
  const [picked, setPicked] = useState<HazardRecord>();
  const [shownRecords, setShownRecords] = useState<HazardRecord[]>([]);
  const [step, setStep] = useState<Step>({ step: 'form' });
  const [channel, setChannel] = useState<ReportChannel>({ kind: 'github' });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [initial] = useState(state);
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const dialogRef = useRef<HTMLElement>(null);

  useEffect(() => titleRef.current?.focus(), [step.step]);
  // Focus goes back where it was (the button that opened the report) when the dialog closes.
  useEffect(() => {
    const root = dialogRef.current?.getRootNode() as Document | ShadowRoot | undefined;
    const opener = root?.activeElement as HTMLElement | null | undefined;
    return () => opener?.focus?.();
  }, []);
  useEffect(() => {
    if (!request.recordIds.length) return;
    send('get-records', { ids: request.recordIds }).then(
      (r) => setShownRecords(r.records),
      () => undefined,
    );
  }, [send, request.recordIds]);

  const officialChannels = useMemo(
    () => officialChannelsFor({ lang, locale: props.locale, jurisdictions: shownRecords.map((r) => r.jurisdiction) }),
    [lang, props.locale, shownRecords],
  );

  const fail = (e: unknown) => setError(t(lang, 'reportErrorGeneric', { error: errorText(e, lang) }));

  const preview = async () => {
    if (!reading) return;
    setBusy(true);
    setError(undefined);
    try {
      const answer = await send('report-preview', {
        reading,
        form: toReportForm({ ...state, recordRef: picked?.id }),
        matchedRecordIds: request.recordIds,
      });
      if (!answer.ok) return setError(t(lang, PROBLEM_MESSAGES[answer.problem]));
      setChannel(answer.endpoint ? { kind: 'endpoint' } : { kind: 'github' });
      setStep({ step: 'preview', payload: answer.payload, endpoint: answer.endpoint });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (payload: ReportPayload) => {
    setBusy(true);
    setError(undefined);
    try {
      let copy: ReportDoneProps['copy'];
      if (channel.kind === 'official') {
        // Copy first, while the click still counts as a user gesture.
        const text = channelText(payload, channel, lang);
        copy = await (props.copyText ?? clipboard)(text).then(
          () => ({ ok: true as const }),
          () => ({ ok: false as const, text }),
        );
      }
      const result = await send('report-submit', { payload, channel, tabId: props.tabId });
      setStep({ step: 'done', result, copy });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  // What the user typed or chose is not thrown away by a stray Escape or Cancel: they are asked first.
  const unsaved =
    step.step === 'preview' ||
    (step.step === 'form' && (picked !== undefined || JSON.stringify(state) !== JSON.stringify(initial)));
  const cancel = () => (unsaved ? setConfirmDiscard(true) : onClose());

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      if (confirmDiscard) setConfirmDiscard(false);
      else cancel();
    } else if (event.key === 'Tab') {
      keepFocusInside(event, dialogRef.current);
    }
  };

  return (
    <div className={`hc-root hc-theme-${theme} hc-report-backdrop`} onKeyDown={onKeyDown}>
      <section
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="hc-card hc-report"
        data-testid="report-dialog"
      >
        <h2 id={titleId} ref={titleRef} tabIndex={-1} className="hc-title">
          {t(lang, 'reportDialogTitle')}
        </h2>
        {!reading && <p className="hc-error">{t(lang, 'reportErrorProduct')}</p>}
        {reading && step.step === 'form' && (
          <>
            <p className="hc-muted">{t(lang, 'reportIntro')}</p>
            <ReportFields
              lang={lang}
              send={send}
              state={state}
              onChange={(patch) => setState((s) => ({ ...s, ...patch }))}
              shownRecords={shownRecords}
              picked={picked}
              onPick={setPicked}
            />
          </>
        )}
        {step.step === 'preview' && (
          <ReportPreview
            lang={lang}
            payload={step.payload}
            endpoint={step.endpoint}
            channel={channel}
            officialChannels={officialChannels}
            onChannel={setChannel}
          />
        )}
        {step.step === 'done' && <ReportDone lang={lang} result={step.result} copy={step.copy} />}
        {error && (
          <p className="hc-error" role="alert" data-testid="report-error">
            {error}
          </p>
        )}
        {confirmDiscard && (
          <div role="alert" className="hc-report-discard" data-testid="report-discard">
            <p>{t(lang, 'reportDiscardQuestion')}</p>
            <div className="hc-actions">
              <button type="button" onClick={onClose} data-testid="report-discard-yes">
                {t(lang, 'reportDiscardYes')}
              </button>
              <button
                type="button"
                className="hc-primary"
                onClick={() => setConfirmDiscard(false)}
                data-testid="report-discard-no"
              >
                {t(lang, 'reportDiscardNo')}
              </button>
            </div>
          </div>
        )}
        <div className="hc-actions">
          {reading && step.step === 'form' && (
            <button
              type="button"
              className="hc-primary"
              disabled={busy}
              onClick={() => void preview()}
              data-testid="report-preview-button"
            >
              {t(lang, 'reportPreviewButton')}
            </button>
          )}
          {step.step === 'preview' && (
            <>
              <button
                type="button"
                className="hc-primary"
                disabled={busy}
                onClick={() => void confirm(step.payload)}
                data-testid="report-confirm"
              >
                {busy ? t(lang, 'reportSaving') : confirmLabel(channel, lang)}
              </button>
              <button type="button" disabled={busy} onClick={() => setStep({ step: 'form' })}>
                {t(lang, 'reportBack')}
              </button>
            </>
          )}
          <button type="button" onClick={step.step === 'done' ? onClose : cancel} data-testid="report-close">
            {t(lang, step.step === 'done' ? 'reportClose' : 'reportCancel')}
          </button>
        </div>
      </section>
    </div>
  );
}

/** Tab and Shift+Tab cycle through the dialog's controls: a modal dialog keeps keyboard focus inside. */
function keepFocusInside(event: KeyboardEvent, dialog: HTMLElement | null): void {
  if (!dialog) return;
  const focusable = [
    ...dialog.querySelectorAll<HTMLElement>('button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])'),
  ].filter((el) => !el.hasAttribute('disabled'));
  if (focusable.length === 0) return;
  const root = dialog.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  const first = focusable[0]!;
  const last = focusable[focusable.length - 1]!;
  if (event.shiftKey && (active === first || !dialog.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}
