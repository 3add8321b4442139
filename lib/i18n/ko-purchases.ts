/** Korean strings for carts, checkouts and bought items (spread into `ko`). */
import type { enPurchases } from './en-purchases';

export const koPurchases: Record<keyof typeof enPurchases, string> = {
  summaryRegionLabel: 'Hazard Check: 이 페이지에서 신고된 상품',
  summaryCartOne: '장바구니의 상품 1개가 신고되었습니다',
  summaryCartMany: '장바구니의 상품 {count}개가 신고되었습니다',
  summaryCheckoutOne: '이 주문의 상품 1개가 신고되었습니다',
  summaryCheckoutMany: '이 주문의 상품 {count}개가 신고되었습니다',
  summaryOrdersOne: '구매한 상품 1개가 신고되었습니다',
  summaryOrdersMany: '구매한 상품 {count}개가 신고되었습니다',
  summaryEvidence: '근거',
  summaryEvidenceLabel: '{title}의 근거: {authority}의 공식 공지 (새 탭에서 열림)',
  summaryNoNotice: '공지 링크 없음',
  summaryHide: '숨기기',
  boughtTitle: '구매한 상품 기억하기',
  boughtHelp:
    '켜면 AliExpress나 Temu에서 연 주문의 상품(상품 ID, 제목, 판매자, 옵션, 주문일)을 이 브라우저에만 저장하며 어디에도 보내지 않습니다. 위험 정보가 갱신될 때마다 다시 확인해 구매한 상품이 나중에 신고되면 알려 드립니다. 기본값은 꺼짐입니다.',
  boughtToggle: '내 주문의 상품 기억하기',
  boughtListTitle: '구매한 상품',
  boughtEmpty: '기억된 구매 상품이 없습니다.',
  boughtExport: '구매 상품 내보내기 (JSON)',
  boughtDeleteAll: '구매 상품 모두 삭제',
  boughtDeleteOne: '삭제',
  boughtOrdered: '{date} 주문',
  boughtVariant: '옵션: {variant}',
  boughtAlerted: '신고됨',
  boughtNotifyTitle: '구매한 상품이 신고되었습니다',
  boughtNotifyBody: '{title}: {hazard}. {authority}의 권고: {remedy}',
  boughtNotifyNoRemedy: '공지를 확인할 때까지 사용을 멈추세요',
  boughtNotifyRefund: '환불을 요청하려면 {site}에서 주문을 여세요(반품/환불). 클릭하면 열립니다.',
  popupBoughtTitle: '신고된 구매 상품',
  popupBoughtRefund: '{site}에 환불 요청하기',
};
