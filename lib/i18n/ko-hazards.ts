/** Korean counterparts of en-hazards.ts: same keys, same hedged tone. */
import type { enActions, enChemicals, enEvidence, enRiskTypes, enSources, enSyncErrors } from './en-hazards';

export const koRiskTypes: Record<keyof typeof enRiskTypes, string> = {
  risk_ASPHYXIATION: '질식(산소 부족)',
  risk_BURNS: '화상',
  risk_CHEMICAL: '화학적 위해',
  risk_CHOKING: '질식(작은 부품 삼킴)',
  risk_CUTS: '베임',
  risk_DAMAGE_TO_HEARING: '청력 손상',
  risk_DAMAGE_TO_SIGHT: '시력 손상',
  risk_DROWNING: '익사',
  risk_ELECTRIC_SHOCK: '감전',
  risk_ELECTROMAGNETIC_DISTURBANCE: '전자파 장해',
  risk_ENERGY_CONSUMPTION: '에너지 소비효율 미달',
  risk_ENTRAPMENT: '끼임',
  risk_ENVIRONMENT: '환경 위해',
  risk_FIRE: '화재',
  risk_HEALTH_RISK_OTHER: '기타 건강 위해',
  risk_INJURIES: '부상',
  risk_MEASUREMENT_INCORRECT: '측정값 부정확',
  risk_MICROBIOLOGICAL: '미생물 오염',
  risk_SECURITY: '보안 위험',
  risk_STRANGULATION: '목 졸림',
  risk_SUFFOCATION: '질식(코·입 막힘)',
  risk_OTHER: '기타 위해',
};

export const koActions: Record<keyof typeof enActions, string> = {
  action_recall: '리콜',
  action_withdrawal: '시장 회수(판매 중지)',
  action_marketplace_removal: '온라인 판매처에서 삭제',
  action_sales_ban: '판매 금지',
  action_test_failure: '안전성 검사 부적합',
  action_platform_block: '플랫폼 판매 차단',
  action_border_rejection: '통관 거부',
  action_warning: '소비자 주의 경보',
  action_other: '기타 조치',
};

export const koSources: Record<keyof typeof enSources, string> = {
  'source_eu-safety-gate': 'EU 세이프티 게이트(Safety Gate)',
  'source_us-cpsc': '미국 소비자제품안전위원회(CPSC)',
  'source_ca-health-canada': '캐나다 보건부(Health Canada)',
  'source_kr-safetykorea': '세이프티코리아(국가기술표준원)',
  source_curated: '판매 차단 목록(선별 자료)',
  'source_au-accc': '호주 경쟁소비자위원회(ACCC) 제품안전',
  source_community: '쇼핑객 제보(관리자 확인)',
  'source_kr-consumer24': '소비자24(공정거래위원회 리콜 정보)',
};

export const koEvidence: Record<keyof typeof enEvidence, string> = {
  'evidence_listing-id': '상품 번호',
  evidence_gtin: '바코드(GTIN/EAN)',
  'evidence_kc-cert': 'KC 인증번호',
  evidence_brand: '브랜드',
  evidence_model: '모델명',
  'evidence_product-type': '제품 유형',
  evidence_title: '상품명의 단어',
  evidence_store: '판매 상점',
  evidence_seller: '공지에 적힌 판매 상점이 판매',
  'evidence_user-rule': '내가 만든 규칙',
  how_exact: '동일',
  how_normalised: '대소문자·띄어쓰기·하이픈을 무시하면 동일',
  how_fuzzy: '비슷함(동일하지 않음)',
  how_translated: '번역하여 일치',
};

export const koChemicals: Record<keyof typeof enChemicals, string> = {
  chemName_phthalates: '프탈레이트',
  chemName_lead: '납',
  chemName_cadmium: '카드뮴',
  chemName_formaldehyde: '폼알데하이드',
  chemName_nickel: '니켈',
  chemName_boron: '붕소',
  explain_phthalates:
    '프탈레이트(DEHP, DBP, BBP, DINP 등)는 플라스틱을 부드럽게 만드는 가소제입니다. 일부는 호르몬 작용을 교란하고 생식 기능에 해를 줄 수 있으며, 어린이는 장난감을 입에 넣으면서 노출될 수 있습니다. 장난감과 육아용품에는 사용이 제한됩니다.',
  explain_lead:
    '납은 적은 양으로도 어린이의 발달 중인 뇌와 신경계에 해를 줄 수 있습니다. 부품을 빨거나 삼킬 때 노출될 수 있어 어린이 제품과 장신구에는 납 기준이 있습니다.',
  explain_cadmium:
    '카드뮴은 신장과 뼈를 손상시킬 수 있는 독성 금속입니다. 어린이가 장신구를 빨거나 삼키면 노출될 수 있습니다.',
  explain_formaldehyde:
    '폼알데하이드는 피부·눈·호흡기를 자극하고 알레르기를 일으킬 수 있으며 발암물질로 분류됩니다. 섬유, 접착제, 목재 제품에서 방출될 수 있습니다.',
  explain_nickel:
    '피부에 오래 닿는 제품(장신구, 버클, 시계 등)에서 녹아 나온 니켈은 피부 알레르기를 일으킬 수 있습니다.',
  explain_boron:
    '슬라임 등에 쓰이는 붕소 화합물(붕산, 붕사)은 피부를 자극할 수 있고, 많이 삼키면 해로울 수 있으며 일부는 생식 독성이 의심됩니다. 장난감에는 함량 기준이 있습니다.',
  explain_smallParts:
    '작은 부품이 떨어져 나와 삼키거나 어린아이의 기도를 막을 수 있습니다. 만 3세 미만 어린이가 가장 위험합니다.',
  explain_magnets:
    '작고 강한 자석을 여러 개 삼키면 장벽을 사이에 두고 서로 달라붙어 심각한 내부 손상을 일으킬 수 있습니다.',
  explain_buttonBatteries:
    '단추형·동전형 전지를 삼키면 몇 시간 안에 조직에 화상을 입힐 수 있습니다. 어린이 제품의 전지 덮개는 단단히 잠겨 있어야 합니다.',
  explain_cords: '끈, 조임끈, 고리가 어린이의 목에 감겨 목 졸림 사고가 날 수 있습니다.',
  explain_waterBeads:
    '수정토(워터비즈)는 물을 흡수하면 몇 배로 커집니다. 삼키면 몸속에서 계속 부풀어 장을 막을 수 있고, 엑스레이에도 잘 보이지 않습니다.',
};

export const koSyncErrors: Record<keyof typeof enSyncErrors, string> = {
  'syncError_not-configured': '이 빌드에는 업데이트 출처가 설정되어 있지 않습니다.',
  syncError_network: '업데이트 서버에 연결할 수 없습니다. 인터넷 연결을 확인하세요.',
  syncError_timeout: '업데이트 서버의 응답이 너무 늦습니다.',
  syncError_server: '업데이트 서버에 문제가 있습니다.',
  'syncError_not-found': '서버에서 업데이트 파일을 찾을 수 없습니다.',
  syncError_http: '업데이트 서버가 요청을 거부했습니다.',
  'syncError_too-large': '업데이트 파일이 허용된 크기보다 큽니다.',
  syncError_truncated: '업데이트 파일이 완전히 받아지지 않았습니다.',
  'syncError_hash-mismatch': '업데이트 파일의 체크섬이 맞지 않습니다.',
  'syncError_bad-signature': 'Hazard Check 키로 서명되지 않은 업데이트라 거부했습니다.',
  'syncError_missing-signature': '서명이 없는 업데이트라 거부했습니다.',
  'syncError_invalid-data': '업데이트에 올바르지 않은 데이터가 있습니다.',
  syncError_replay: '서버가 현재보다 오래된 데이터를 보내 거부했습니다.',
  'syncError_chain-mismatch': '업데이트가 현재 데이터 버전과 이어지지 않습니다.',
  'syncError_digest-mismatch': '업데이트 후 데이터 검증에 실패했습니다.',
  'syncError_storage-full':
    '브라우저의 저장 공간이 부족합니다. 디스크 공간을 확보하거나 더 이상 쓰지 않는 사이트의 데이터를 지운 뒤 다시 업데이트하세요.',
  syncError_storage: '브라우저가 업데이트를 저장하지 못했습니다.',
  syncError_internal: '확장 프로그램 내부에서 문제가 생겼습니다.',
};
