export const en = {
  badgeFlagged: '{count} flagged on this page — Hazard Check',
  badgeNotChecked: 'Not checked: this page could not be read — Hazard Check',
  badgeNothingFound: 'Nothing in the hazard database matched this page — Hazard Check',
  badgeIdle: 'Hazard Check',
  bannerTitleExact: 'Reported as hazardous',
  bannerTitleStrong: 'May be a product reported as hazardous',
  bannerTitleSimilar: 'Similar products were flagged',
  bannerReportedBy: 'Reported by {authority}, {date}',
  bannerOfficialNotice: 'Official notice',
  bannerDismiss: 'Dismiss',
  bannerClose: 'Close',
};
