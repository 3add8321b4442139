/** Every input kind the feed builder reads, by the name used in `--input <kind>=<path>`. */
import type { SourceKind } from '../../hazards/schema';
import { acccAdapter } from './accc';
import { consumer24Adapter } from './consumer24';
import { cpscApiAdapter } from './cpsc-api';
import { cpscCsvAdapter } from './cpsc-csv';
import { curatedAdapter } from './curated';
import { healthCanadaAdapter } from './health-canada';
import { safetyGateApiAdapter } from './safety-gate-api';
import { safetyGateExportAdapter } from './safety-gate-export';
import { safetyKoreaAdapter } from './safetykorea';
import type { SourceAdapter } from './types';

export interface AdapterOptions {
  /** Health Canada: also build rows whose Organization is not "Consumer products". */
  healthCanadaAllOrganizations?: boolean;
}

export function adapterFor(kind: SourceKind, options: AdapterOptions = {}): SourceAdapter {
  switch (kind) {
    case 'safety-gate-api':
      return safetyGateApiAdapter;
    case 'safety-gate-export':
      return safetyGateExportAdapter;
    case 'cpsc-api':
      return cpscApiAdapter;
    case 'cpsc-csv':
      return cpscCsvAdapter;
    case 'health-canada':
      return healthCanadaAdapter({ includeAllOrganizations: options.healthCanadaAllOrganizations });
    case 'safetykorea':
      return safetyKoreaAdapter;
    case 'curated':
      return curatedAdapter;
    case 'accc':
      return acccAdapter;
    case 'consumer24':
      return consumer24Adapter;
  }
}

export { runAdapter } from './run';
export type { BadRow, SourceResult } from './types';
