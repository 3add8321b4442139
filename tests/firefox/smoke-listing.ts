/**
 * A listing that matches the bundled dataset by brand and model (a `strong` warning), built from the
 * first bundled children's record that names both: the smoke test needs no seeding and no feed.
 */
import { loadBundledRecords } from '../../lib/feed/bundled';
import type { AliProduct } from '../e2e/support/pages';

export function bundledSmokeListing(): AliProduct & { expectText: string } {
  const record = loadBundledRecords().find(
    (r) => r.product.forChildren && r.product.brands.length > 0 && r.product.models.length > 0,
  );
  if (!record) throw new Error("the bundled dataset has no children's record with a brand and a model");
  const name = record.product.names[0]!.text;
  return {
    id: '1005009999999991',
    title: `${record.product.brands[0]} ${record.product.models[0]} ${name}`,
    store: { name: 'Smoke Test Store', num: '1100000001' },
    expectText: record.authority,
  };
}
