import { useId } from 'react';
import { t, type Lang } from '../lib/i18n';
import type { MatchedRecord } from '../lib/core/verdict';
import { formatDate, productNameOf } from '../lib/ui/format';

/** A notice named the store this page belongs to: a note, worded apart from a warning about the listing. */
export function StoreNote({ notes, lang }: { notes: MatchedRecord[]; lang: Lang }) {
  const titleId = useId();
  return (
    <section className="hc-card" aria-labelledby={titleId} data-testid="popup-store-note">
      <h2 id={titleId} className="hc-title">
        {t(lang, 'storeNoteTitle')}
      </h2>
      {notes.slice(0, 3).map(({ record }) => {
        const date = record.publishedAt ? formatDate(record.publishedAt, lang) : undefined;
        const product = productNameOf(record, lang);
        return (
          <p key={record.id}>
            {date
              ? t(lang, 'storeNoteBody', { authority: record.authority, date, product })
              : t(lang, 'storeNoteBodyUndated', { authority: record.authority, product })}{' '}
            {record.url && (
              <a href={record.url} target="_blank" rel="noreferrer noopener">
                {t(lang, 'storeNoteLink')}
              </a>
            )}
          </p>
        );
      })}
    </section>
  );
}
