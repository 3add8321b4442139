import type { en } from './en';

export const ko: Record<keyof typeof en, string> = {
  badgeFlagged: '이 페이지에서 {count}건 경고 — Hazard Check',
  badgeNotChecked: '확인 안 됨: 이 페이지를 읽을 수 없습니다 — Hazard Check',
  badgeNothingFound: '위해 제품 데이터베이스와 일치하는 항목이 없습니다 — Hazard Check',
  badgeIdle: 'Hazard Check',
  bannerTitleExact: '위해 제품으로 보고됨',
  bannerTitleStrong: '위해 제품으로 보고된 제품일 수 있습니다',
  bannerTitleSimilar: '비슷한 제품이 경고를 받았습니다',
  bannerReportedBy: '{authority} 보고, {date}',
  bannerOfficialNotice: '공식 공지',
  bannerDismiss: '닫기',
  bannerClose: '닫기',
};
