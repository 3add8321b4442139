/** Evidence (what matched and how) as rows the UI shows: "Model · this listing AB-12 · record AB12 · same once …". */
import { t, vocabularyKey, type Lang } from '../i18n';
import type { Evidence } from '../matching/types';

export interface EvidenceRow {
  label: string;
  listingValue: string;
  recordValue: string;
  how: string;
}

export function evidenceRows(evidence: Evidence[], lang: Lang): EvidenceRow[] {
  return evidence.map((e) => {
    const kindKey = vocabularyKey('evidence', e.kind);
    const howKey = vocabularyKey('how', e.how);
    return {
      label: kindKey ? t(lang, kindKey) : e.kind,
      listingValue: e.listingValue,
      recordValue: e.recordValue,
      how: howKey ? t(lang, howKey) : e.how,
    };
  });
}
