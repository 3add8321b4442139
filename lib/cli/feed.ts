/**
 * `npm run feed -- <command>`: the feed publisher's command line.
 *
 *   build  --out <dir> --input <kind>=<path> … [--previous <dir>] [--accept-shrink <source> …]
 *          [--private-key <pem> | env FEED_PRIVATE_KEY]
 *   keygen --out <dir>
 *   fetch  --out <rawdir> [--source <name> …] [--base-url <url>] [--since YYYY-MM-DD]
 *   verify --dir <feed dir> [--public-key <base64>]
 *   curate --issue <file> [--confirmed-by <name>]   (lib/cli/curate.ts)
 *   bundle --from <feed dir> --out <file> [--budget-bytes N] [--public-key <base64>]
 *
 * See docs/FEED.md.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SOURCE_FAMILIES, SOURCE_KINDS, type SourceKind } from '../hazards/schema';
import { buildFeed, formatReport, type FeedInput } from '../feed/build';
import { bundleText, DEFAULT_BUNDLE_BUDGET_BYTES, selectBundle } from '../feed/bundle';
import { readFeedDir } from '../feed/read';
import { DEFAULT_FETCH_SOURCES, FETCH_SOURCES, fetchSources, type FetchSourceName } from '../feed/fetch';
import { generateSigningKeyPair, loadPrivateKey, publicKeyOf } from '../feed/signing';
import { CURATE_USAGE, curateCommand } from './curate';

const USAGE = `Usage:
  npm run feed -- build --out <dir> --input <kind>=<path> [--input …] [--inputs-file <file>]
                        [--previous <dir>] [--previous-public-key <base64>]
                        [--max-shrink <percent, default 10>] [--accept-shrink <source family> …]
                        [--private-key <pem file>] [--require-key] [--drop-missing-sources]
                        [--hc-all-organizations] [--max-deltas N] [--min-wait-seconds N] [--report-json <file>]
  npm run feed -- keygen --out <dir>
  npm run feed -- fetch --out <rawdir> [--source <name> …] [--base-url <url>] [--since YYYY-MM-DD]
                        [--timeout-ms N] [--retries N] [--consumer24-menu <cntntsId> …] [--consumer24-max-pages N]
  npm run feed -- verify --dir <feed dir> [--public-key <base64> | env WXT_FEED_PUBLIC_KEY]
${CURATE_USAGE}
  npm run feed -- bundle --from <feed dir> --out assets/bundled/hazards.json [--budget-bytes 1000000]
                         [--public-key <base64>]

Input kinds: ${SOURCE_KINDS.join(', ')}
Fetch sources: ${FETCH_SOURCES.join(', ')}`;

function fail(message: string): never {
  console.error(`error: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function parseInput(spec: string, baseDir = process.cwd()): FeedInput {
  const at = spec.indexOf('=');
  if (at <= 0) fail(`--input must be <kind>=<path>, got "${spec}"`);
  const kind = spec.slice(0, at).trim();
  if (!(SOURCE_KINDS as readonly string[]).includes(kind)) fail(`unknown input kind "${kind}"`);
  return { kind: kind as SourceKind, path: path.resolve(baseDir, spec.slice(at + 1).trim()) };
}

function numberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) fail(`--${name} must be a non-negative integer`);
  return n;
}

function build(args: string[]): void {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      input: { type: 'string', multiple: true },
      'inputs-file': { type: 'string' },
      previous: { type: 'string' },
      'previous-public-key': { type: 'string' },
      'private-key': { type: 'string' },
      'require-key': { type: 'boolean' },
      'drop-missing-sources': { type: 'boolean' },
      'max-shrink': { type: 'string' },
      'accept-shrink': { type: 'string', multiple: true },
      'hc-all-organizations': { type: 'boolean' },
      'max-deltas': { type: 'string' },
      'min-wait-seconds': { type: 'string' },
      'report-json': { type: 'string' },
    },
  });
  if (!values.out) fail('build needs --out <dir>');
  const inputs = (values.input ?? []).map((spec) => parseInput(spec));
  if (values['inputs-file']) {
    const file = path.resolve(values['inputs-file']);
    for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
      if (line.trim() && !line.trim().startsWith('#')) inputs.push(parseInput(line.trim(), path.dirname(file)));
    }
  }
  if (inputs.length === 0) fail('build needs at least one --input <kind>=<path>');

  const keyText = values['private-key'] ? readFileSync(values['private-key'], 'utf8') : process.env.FEED_PRIVATE_KEY;
  let privateKey;
  if (keyText && keyText.trim()) {
    privateKey = loadPrivateKey(keyText);
  } else {
    if (values['require-key']) fail('no signing key: pass --private-key <pem file> or set FEED_PRIVATE_KEY');
    // A development build: signed with a key nobody keeps, so no released extension will accept it.
    const throwaway = generateSigningKeyPair();
    privateKey = loadPrivateKey(throwaway.privateKeyPem);
    mkdirSync(values.out, { recursive: true });
    writeFileSync(path.join(values.out, 'dev-public-key.txt'), `${throwaway.publicKey}\n`);
    console.error(
      [
        '',
        '**************************************************************************',
        '*  WARNING: no signing key given (--private-key / FEED_PRIVATE_KEY).     *',
        '*  This feed is signed with a THROWAWAY key and is for development only. *',
        '*  Released extensions pin the real public key and will reject it.      *',
        '**************************************************************************',
        `   throwaway public key: ${throwaway.publicKey} (also in ${path.join(values.out, 'dev-public-key.txt')})`,
        '',
      ].join('\n'),
    );
  }

  const acceptShrink = values['accept-shrink'] ?? [];
  for (const source of acceptShrink) {
    if (!(SOURCE_FAMILIES as readonly string[]).includes(source))
      fail(`--accept-shrink takes a source family (${SOURCE_FAMILIES.join(', ')}), got "${source}"`);
  }
  let maxShrink: number | undefined;
  if (values['max-shrink'] !== undefined) {
    maxShrink = Number(values['max-shrink']) / 100;
    if (!Number.isFinite(maxShrink) || maxShrink < 0 || maxShrink > 1)
      fail('--max-shrink must be a percentage from 0 to 100');
  }

  const started = Date.now();
  const report = buildFeed({
    inputs,
    outDir: values.out,
    ...(values.previous && { previousDir: values.previous }),
    ...(values['previous-public-key'] && { previousPublicKey: values['previous-public-key'] }),
    privateKey,
    adapterOptions: { healthCanadaAllOrganizations: values['hc-all-organizations'] ?? false },
    dropMissingSources: values['drop-missing-sources'] ?? false,
    ...(maxShrink !== undefined && { maxShrink }),
    acceptShrink,
    maxDeltas: numberOption(values['max-deltas'], 'max-deltas'),
    minWaitSeconds: numberOption(values['min-wait-seconds'], 'min-wait-seconds'),
  });
  console.log(formatReport(report));
  console.log(`Signed with public key ${publicKeyOf(privateKey)}; wrote ${values.out} in ${Date.now() - started} ms`);
  if (values['report-json']) {
    const { written: _written, ...json } = report;
    writeFileSync(values['report-json'], `${JSON.stringify(json, null, 2)}\n`);
  }
}

function keygen(args: string[]): void {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  if (!values.out) fail('keygen needs --out <dir>');
  mkdirSync(values.out, { recursive: true });
  const pair = generateSigningKeyPair();
  const privatePath = path.join(values.out, 'feed-private-key.pem');
  const publicPath = path.join(values.out, 'feed-public-key.txt');
  writeFileSync(privatePath, pair.privateKeyPem, { mode: 0o600, flag: 'wx' });
  writeFileSync(publicPath, `${pair.publicKey}\n`, { flag: 'wx' });
  console.log(`Private key (keep secret, store as the FEED_PRIVATE_KEY secret): ${privatePath}`);
  console.log(`Public key (WXT_FEED_PUBLIC_KEY at extension build time): ${publicPath}`);
  console.log(`WXT_FEED_PUBLIC_KEY=${pair.publicKey}`);
}

async function fetchCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      source: { type: 'string', multiple: true },
      'base-url': { type: 'string' },
      since: { type: 'string' },
      'timeout-ms': { type: 'string' },
      retries: { type: 'string' },
      'consumer24-menu': { type: 'string', multiple: true },
      'consumer24-max-pages': { type: 'string' },
    },
  });
  if (!values.out) fail('fetch needs --out <rawdir>');
  for (const menu of values['consumer24-menu'] ?? [])
    if (!/^\d{4}$/.test(menu)) fail(`--consumer24-menu must be a 4-digit cntntsId, got "${menu}"`);
  const sources = (values.source ?? DEFAULT_FETCH_SOURCES).map((name) => {
    if (!(FETCH_SOURCES as readonly string[]).includes(name)) fail(`unknown fetch source "${name}"`);
    return name as FetchSourceName;
  });
  if (values.since && !/^\d{4}-\d{2}-\d{2}$/.test(values.since)) fail('--since must be YYYY-MM-DD');
  const result = await fetchSources({
    outDir: values.out,
    sources,
    ...(values['base-url'] && { baseUrl: values['base-url'] }),
    ...(values.since && { since: values.since }),
    timeoutMs: numberOption(values['timeout-ms'], 'timeout-ms'),
    retries: numberOption(values.retries, 'retries'),
    ...(values['consumer24-menu'] && { consumer24Menus: values['consumer24-menu'] }),
    consumer24MaxPages: numberOption(values['consumer24-max-pages'], 'consumer24-max-pages'),
    env: process.env,
    log: (line) => console.error(line),
  });
  for (const file of result.files) console.log(`${file.kind}=${file.path} (${file.bytes} bytes)`);
  for (const failure of result.failures) console.error(`FAILED ${failure.source}: ${failure.reason}`);
  console.log(`Wrote ${result.inputsFile}`);
  if (result.files.length === 0) process.exit(1);
}

function verify(args: string[]): void {
  const { values } = parseArgs({ args, options: { dir: { type: 'string' }, 'public-key': { type: 'string' } } });
  if (!values.dir) fail('verify needs --dir <feed dir>');
  const publicKey = values['public-key'] ?? process.env.WXT_FEED_PUBLIC_KEY;
  const { manifest, records } = readFeedDir(values.dir, publicKey ? { publicKey } : {});
  console.log(
    `OK: version ${manifest.version}, ${records.length} records, ${manifest.deltas.length} deltas, ` +
      (publicKey ? 'signature verified' : 'signature NOT checked (no public key given)'),
  );
}

function bundle(args: string[]): void {
  const { values } = parseArgs({
    args,
    options: {
      from: { type: 'string' },
      out: { type: 'string' },
      'budget-bytes': { type: 'string' },
      'public-key': { type: 'string' },
    },
  });
  if (!values.from || !values.out) fail('bundle needs --from <feed dir> and --out <file>');
  const { manifest, records } = readFeedDir(
    values.from,
    values['public-key'] ? { publicKey: values['public-key'] } : {},
  );
  const report = selectBundle(records, {
    generatedAt: manifest.created,
    budgetBytes: numberOption(values['budget-bytes'], 'budget-bytes') ?? DEFAULT_BUNDLE_BUDGET_BYTES,
  });
  mkdirSync(path.dirname(values.out), { recursive: true });
  const temp = `${values.out}.tmp-${process.pid}`;
  writeFileSync(temp, bundleText(report.bundle));
  renameSync(temp, values.out);
  const { bundle: written } = report;
  console.log(
    `Bundled ${written.records.length} of ${report.candidates} qualifying records (${records.length} in feed version ${manifest.version}): ` +
      `${report.byGroup.listingOrSeller} name a listing or seller, ${report.byGroup.recent} recent children's/cosmetics/jewellery; ` +
      `${report.gzipBytes} bytes gzip; data as of ${written.dataAsOf}`,
  );
  for (const source of written.sources) console.log(`  ${source.source.padEnd(16)} ${source.count}`);
  console.log(`Wrote ${values.out}`);
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  try {
    if (command === 'build') build(rest);
    else if (command === 'keygen') keygen(rest);
    else if (command === 'fetch') await fetchCommand(rest);
    else if (command === 'verify') verify(rest);
    else if (command === 'curate') curateCommand(rest);
    else if (command === 'bundle') bundle(rest);
    else fail(command ? `unknown command "${command}"` : 'no command');
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

void main();
