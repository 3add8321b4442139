/**
 * Runs every rule's and every veto's own examples (lib/matching/rules.ts): a rule matches its `match`
 * examples and does not fire on its `noMatch` ones; a veto stops the tiers it blocks on its `noMatch`
 * examples and lets the conflict-free twin through.
 */
import { describe, expect, it } from 'vitest';
import { toGtin14 } from '../../../lib/hazards/schema';
import { buildEngine } from '../../../lib/matching/engine';
import { RULES, VETOES, type ExampleRecord, type RuleExample } from '../../../lib/matching/rules';
import type { Match } from '../../../lib/matching/types';
import { record } from './fixtures';

function recordOf(example: ExampleRecord, ref: string) {
  const {
    source = 'eu-safety-gate',
    name,
    alsoNamed = [],
    lang,
    listing,
    shopName,
    shopId,
    gtins,
    ...product
  } = example;
  const market = {
    platform: listing?.platform ?? 'aliexpress',
    ...(listing && { listingId: listing.id }),
    ...(shopName && { shopName }),
    ...(shopId && { shopId }),
  };
  const extra = { marketplaces: listing || shopName || shopId ? [market] : [] };
  return record(
    source,
    ref,
    {
      ...product,
      gtins: (gtins ?? []).map((g) => toGtin14(g) ?? g),
      names: [name, ...alsoNamed].map((text) => ({ lang: lang ?? 'en', text })),
    },
    extra,
  );
}

function run(example: RuleExample): Match[] {
  const engine = buildEngine([recordOf(example.record, 'EX-1')]);
  const { title, itemId, seller, storeId } = example;
  return engine.match({
    site: 'aliexpress',
    title,
    ...(itemId && { itemId }),
    ...(seller && { seller }),
    ...(storeId && { storeId }),
  });
}

const ids = [...RULES, ...VETOES].map((r) => r.id);

describe('rule table', () => {
  it('has unique ids and examples on both sides for every rule and veto', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of [...RULES, ...VETOES]) {
      expect(entry.examples.match.length, entry.id).toBeGreaterThan(0);
      expect(entry.examples.noMatch.length, entry.id).toBeGreaterThan(0);
      expect(entry.why.length, entry.id).toBeGreaterThan(20);
    }
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      for (const example of rule.examples.match) {
        it(`matches "${example.title}"`, () => {
          const matches = run(example);
          expect(matches[0]?.rule, JSON.stringify(matches)).toBe(rule.id);
          expect(matches[0]?.tier).toBe(rule.tier);
          expect(matches[0]?.evidence.length).toBeGreaterThan(0);
        });
      }
      for (const example of rule.examples.noMatch) {
        it(`does not fire on "${example.title}"`, () => {
          expect(run(example).map((m) => m.rule)).not.toContain(rule.id);
        });
      }
    });
  }

  for (const veto of VETOES) {
    describe(`veto ${veto.id}`, () => {
      for (const example of veto.examples.match) {
        it(`lets "${example.title}" through`, () => {
          expect(run(example).some((m) => veto.blocks.includes(m.tier))).toBe(true);
        });
      }
      for (const example of veto.examples.noMatch) {
        it(`stops "${example.title}"`, () => {
          expect(run(example).filter((m) => veto.blocks.includes(m.tier))).toEqual([]);
        });
      }
    });
  }
});
