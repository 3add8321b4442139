import { useId } from 'react';
import { t, type Lang } from '../../lib/i18n';
import { channelText } from '../../lib/reports/form-state';
import type { OfficialChannel } from '../../lib/reports/official-channels';
import type { ReportChannel, ReportPayload } from '../../lib/reports/types';

export interface ReportPreviewProps {
  lang: Lang;
  payload: ReportPayload;
  /** The build has a report endpoint. */
  endpoint: boolean;
  channel: ReportChannel;
  officialChannels: OfficialChannel[];
  onChannel(channel: ReportChannel): void;
}

/**
 * Where the report goes, and exactly what that channel receives, as plain text: the JSON body for the
 * endpoint, the issue for GitHub, the copied text for an official channel.
 */
export function ReportPreview({ lang, payload, endpoint, channel, officialChannels, onChannel }: ReportPreviewProps) {
  const previewId = useId();
  const selectId = useId();
  const official = channel.kind === 'official' ? channel.channelId : officialChannels[0]!.id;
  return (
    <>
      <fieldset className="hc-report-fieldset">
        <legend>{t(lang, 'reportChannelLegend')}</legend>
        {endpoint && (
          <label className="hc-check">
            <input
              type="radio"
              name="hc-report-channel"
              checked={channel.kind === 'endpoint'}
              onChange={() => onChannel({ kind: 'endpoint' })}
              data-testid="report-channel-endpoint"
            />
            {t(lang, 'reportChannelEndpoint')}
          </label>
        )}
        <label className="hc-check">
          <input
            type="radio"
            name="hc-report-channel"
            checked={channel.kind === 'github'}
            onChange={() => onChannel({ kind: 'github' })}
            data-testid="report-channel-github"
          />
          {t(lang, 'reportChannelGithub')}
        </label>
        <label className="hc-check">
          <input
            type="radio"
            name="hc-report-channel"
            checked={channel.kind === 'official'}
            onChange={() => onChannel({ kind: 'official', channelId: official })}
            data-testid="report-channel-official"
          />
          {t(lang, 'reportChannelOfficial')}
        </label>
        {channel.kind === 'official' && (
          <select
            id={selectId}
            aria-label={t(lang, 'reportChannelOfficial')}
            value={official}
            onChange={(e) => onChannel({ kind: 'official', channelId: e.target.value as typeof official })}
            data-testid="report-official-channel"
          >
            {officialChannels.map((c) => (
              <option key={c.id} value={c.id}>
                {t(lang, c.nameKey)}
              </option>
            ))}
          </select>
        )}
      </fieldset>
      <h3 id={previewId} className="hc-report-subtitle">
        {t(lang, 'reportPreviewTitle')}
      </h3>
      <p className="hc-muted">{t(lang, 'reportPrivacyLine')}</p>
      <pre className="hc-report-preview" aria-labelledby={previewId} tabIndex={0} data-testid="report-preview">
        {channelText(payload, channel, lang)}
      </pre>
    </>
  );
}
