/**
 * English names and plain-language explanations for the hazard vocabulary: Safety Gate risk types,
 * actions, sources, evidence, and the common chemical and physical hazards. Explanations are short and
 * hedged ("can", "may"): they say what the hazard is, never that this listing is dangerous.
 */
import type { Action, RiskType, SourceFamily } from '../hazards/schema';
import type { EvidenceKind } from '../matching/types';

export const enRiskTypes: Record<`risk_${RiskType}`, string> = {
  risk_ASPHYXIATION: 'Asphyxiation',
  risk_BURNS: 'Burns',
  risk_CHEMICAL: 'Chemical hazard',
  risk_CHOKING: 'Choking',
  risk_CUTS: 'Cuts',
  risk_DAMAGE_TO_HEARING: 'Damage to hearing',
  risk_DAMAGE_TO_SIGHT: 'Damage to sight',
  risk_DROWNING: 'Drowning',
  risk_ELECTRIC_SHOCK: 'Electric shock',
  risk_ELECTROMAGNETIC_DISTURBANCE: 'Electromagnetic disturbance',
  risk_ENERGY_CONSUMPTION: 'Energy consumption',
  risk_ENTRAPMENT: 'Entrapment',
  risk_ENVIRONMENT: 'Environmental hazard',
  risk_FIRE: 'Fire',
  risk_HEALTH_RISK_OTHER: 'Other health risk',
  risk_INJURIES: 'Injuries',
  risk_MEASUREMENT_INCORRECT: 'Incorrect measurement',
  risk_MICROBIOLOGICAL: 'Microbiological contamination',
  risk_SECURITY: 'Security risk',
  risk_STRANGULATION: 'Strangulation',
  risk_SUFFOCATION: 'Suffocation',
  risk_OTHER: 'Other hazard',
};

export const enActions: Record<`action_${Action}`, string> = {
  action_recall: 'Recalled',
  action_withdrawal: 'Withdrawn from the market',
  action_marketplace_removal: 'Removed from online marketplaces',
  action_sales_ban: 'Sale banned',
  action_test_failure: 'Failed a safety test',
  action_platform_block: 'Listing blocked by the platform',
  action_border_rejection: 'Rejected at the border',
  action_warning: 'Warning to consumers',
  action_other: 'Other measures',
};

export const enSources: Record<`source_${SourceFamily}`, string> = {
  'source_eu-safety-gate': 'EU Safety Gate',
  'source_us-cpsc': 'US Consumer Product Safety Commission (CPSC)',
  'source_ca-health-canada': 'Health Canada',
  'source_kr-safetykorea': 'SafetyKorea (Korean Agency for Technology and Standards)',
  source_curated: 'Curated lists of blocked listings',
  'source_au-accc': 'Product Safety Australia (ACCC)',
  source_community: "Shoppers' reports confirmed by the maintainers",
  'source_kr-consumer24': 'Consumer24 (Korea Fair Trade Commission recall portal)',
};

export const enEvidence: Record<
  `evidence_${EvidenceKind}` | `how_${'exact' | 'normalised' | 'fuzzy' | 'translated'}`,
  string
> = {
  'evidence_listing-id': 'Listing ID',
  evidence_gtin: 'Barcode (GTIN/EAN)',
  'evidence_kc-cert': 'KC certification number',
  evidence_brand: 'Brand',
  evidence_model: 'Model',
  'evidence_product-type': 'Product type',
  evidence_title: 'Words in the title',
  evidence_store: 'Store',
  evidence_seller: 'Sold by the store named in the notice',
  'evidence_user-rule': 'Your own rule',
  how_exact: 'identical',
  how_normalised: 'the same once case, spaces and dashes are ignored',
  how_fuzzy: 'similar, not identical',
  how_translated: 'matched across languages',
};

export const enChemicals = {
  chemName_phthalates: 'Phthalates',
  chemName_lead: 'Lead',
  chemName_cadmium: 'Cadmium',
  chemName_formaldehyde: 'Formaldehyde',
  chemName_nickel: 'Nickel',
  chemName_boron: 'Boron',
  explain_phthalates:
    'Phthalates (such as DEHP, DBP, BBP and DINP) are plasticisers that make plastic soft. Some can disturb hormones and harm reproduction; children can take them in by mouthing toys. Their use in toys and childcare articles is restricted.',
  explain_lead:
    "Lead can harm a child's developing brain and nervous system, even in small amounts, for example when a part is sucked or swallowed. Children's products and jewellery have lead limits.",
  explain_cadmium:
    'Cadmium is a toxic metal that can damage the kidneys and bones. Jewellery that a child sucks or swallows is a known way of exposure.',
  explain_formaldehyde:
    'Formaldehyde can irritate the skin, eyes and airways and can cause allergies; it is classified as a carcinogen. It can be given off by textiles, glues and wood products.',
  explain_nickel:
    'Nickel released from items in long contact with the skin (jewellery, buckles, watches) can cause an allergic skin reaction.',
  explain_boron:
    'Boron compounds (boric acid, borax), common in slime, can irritate the skin; swallowing larger amounts may be harmful and some are suspected of harming fertility. Toys have limits.',
  explain_smallParts:
    "Small parts can come loose and be swallowed or block a young child's airway. Children under 3 are most at risk.",
  explain_magnets:
    'Small, strong magnets that are swallowed can attract each other through the intestinal wall and cause serious internal injuries.',
  explain_buttonBatteries:
    'A swallowed button or coin battery can burn through tissue within hours. Battery compartments on children’s products should be secured.',
  explain_cords: "Cords, drawstrings and loops can wrap around a child's neck and cause strangulation.",
  explain_waterBeads:
    'Water beads grow many times their size in water. If swallowed they can keep swelling and block the intestine, and they are hard to see on X-rays.',
};

/** Sync failures by code (lib/sync/errors.ts SyncErrorCode); the data already stored is always kept. */
export const enSyncErrors = {
  'syncError_not-configured': 'No update source is configured in this build.',
  syncError_network: 'The update server could not be reached. Check your connection.',
  syncError_timeout: 'The update server took too long to answer.',
  syncError_server: 'The update server had a problem.',
  'syncError_not-found': 'The update files were not found on the server.',
  syncError_http: 'The update server refused the request.',
  'syncError_too-large': 'An update file was larger than allowed.',
  syncError_truncated: 'An update file arrived incomplete.',
  'syncError_hash-mismatch': 'An update file did not match its checksum.',
  'syncError_bad-signature': 'The update was not signed by the Hazard Check key, so it was refused.',
  'syncError_missing-signature': 'The update had no signature, so it was refused.',
  'syncError_invalid-data': 'The update contained data that is not valid.',
  syncError_replay: 'The server offered older data than you have, so it was refused.',
  'syncError_chain-mismatch': 'The update did not follow on from your data version.',
  'syncError_digest-mismatch': 'The data did not check out after the update.',
  'syncError_storage-full':
    'The browser is out of storage. Free up disk space (or clear data of sites you no longer need), then update again.',
  syncError_storage: 'The browser could not store the update.',
  syncError_internal: 'Something went wrong inside the extension.',
};
