/**
 * A chunk file's records in columns: gzip of UTF-8 text whose first line is a JSON header
 * `{"records":N,"columns":[…names]}`, followed by each column's N lines in turn (one line per record).
 *
 * Why columns: values of one field sit next to each other (all remedy texts, all image links), so deflate
 * finds repeats within its 32 KB window that a record per line spreads too far apart. What the reader can
 * rebuild exactly is left out: an `id` that is `source:ref` is an empty line.
 *
 * A line holds a string with `\`, newline and tab escaped (`\\`, `\n`, `\t`); the empty string is `\-`,
 * so an empty line means "absent". A list is its values joined by tabs (empty line: no values); a
 * localized text list is two columns, its languages and its texts. Nested objects (chemicals,
 * marketplaces, community) are one JSON line each.
 */
import type { HazardRecord } from './schema';

type Row = Record<string, unknown>;

/** One record field: the columns it writes and how it reads them back (`lines[k]` is its k-th column). */
interface Field {
  columns: string[];
  write(record: Row): string[];
  read(lines: readonly string[], into: Row): void;
}

const EMPTY_STRING = '\\-';

function escape(value: string): string {
  if (value === '') return EMPTY_STRING;
  return /[\\\n\t]/.test(value)
    ? value.replace(/[\\\n\t]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : '\\t'))
    : value;
}

function unescape(line: string): string {
  if (!line.includes('\\')) return line;
  return line.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c === '-' ? '' : c));
}

function get(record: Row, path: readonly string[]): unknown {
  let value: unknown = record;
  for (const key of path) value = (value as Row | undefined)?.[key];
  return value;
}

/** Sets a value, creating the parent objects (always `product`): undefined leaves the key out. */
function set(into: Row, path: readonly string[], value: unknown): void {
  if (value === undefined) return;
  let target = into;
  for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Row;
  target[path.at(-1)!] = value;
}

const name = (path: readonly string[]) => path.join('.');

function text(...path: string[]): Field {
  return {
    columns: [name(path)],
    write: (record) => {
      const value = get(record, path);
      return [typeof value === 'string' ? escape(value) : ''];
    },
    read: ([line], into) => set(into, path, line === '' ? undefined : unescape(line!)),
  };
}

function list(...path: string[]): Field {
  return {
    columns: [name(path)],
    write: (record) => [((get(record, path) as string[] | undefined) ?? []).map(escape).join('\t')],
    read: ([line], into) => set(into, path, line === '' ? [] : line!.split('\t').map(unescape)),
  };
}

function flag(...path: string[]): Field {
  return {
    columns: [name(path)],
    write: (record) => {
      const value = get(record, path);
      return [value === undefined ? '' : value ? 't' : 'f'];
    },
    read: ([line], into) => set(into, path, line === '' ? undefined : line === 't'),
  };
}

/** JSON never holds a raw newline, so its line needs no escaping. */
function json(...path: string[]): Field {
  return {
    columns: [name(path)],
    write: (record) => {
      const value = get(record, path);
      return [value === undefined ? '' : JSON.stringify(value)];
    },
    read: ([line], into) => set(into, path, line === '' ? undefined : JSON.parse(line!)),
  };
}

/** `{lang, text}[]` as two lists: languages repeat, texts are prose. */
function localized(...path: string[]): Field {
  return {
    columns: [`${name(path)}.lang`, `${name(path)}.text`],
    write: (record) => {
      const texts = (get(record, path) as { lang: string; text: string }[] | undefined) ?? [];
      return [texts.map((t) => escape(t.lang)).join('\t'), texts.map((t) => escape(t.text)).join('\t')];
    },
    read: ([langs, texts], into) => {
      const l = langs === '' ? [] : langs!.split('\t');
      const t = texts === '' ? [] : texts!.split('\t');
      if (l.length !== t.length) throw new ChunkColumnsError(`${name(path)}: ${l.length} languages, ${t.length} texts`);
      set(
        into,
        path,
        l.map((lang, i) => ({ lang: unescape(lang), text: unescape(t[i]!) })),
      );
    },
  };
}

/** Empty when the ID is `source:ref` (every source's rule, lib/hazards/schema.ts), else the ID itself. */
const idField: Field = {
  columns: ['id'],
  write: (record) => [record.id === `${String(record.source)}:${String(record.ref)}` ? '' : escape(String(record.id))],
  // Set first to keep `id` the first key; filled in from source and ref once they are read.
  read: ([line], into) => void (into.id = line === '' ? undefined : unescape(line!)),
};

/** In the schema's order, so a decoded record's keys come out in the order the schema writes them. */
const FIELDS: readonly Field[] = [
  idField,
  text('source'),
  text('sourceKind'),
  text('ref'),
  list('refs'),
  text('url'),
  text('authority'),
  text('jurisdiction'),
  text('publishedAt'),
  text('updatedAt'),
  list('actions'),
  list('riskTypes'),
  text('riskLevel'),
  json('chemicals'),
  localized('hazardText'),
  localized('remedyText'),
  localized('product', 'names'),
  text('product', 'type'),
  text('product', 'category'),
  text('product', 'categoryRaw'),
  flag('product', 'forChildren'),
  list('product', 'brands'),
  list('product', 'models'),
  list('product', 'gtins'),
  list('product', 'otherCodes'),
  list('product', 'certNumbers'),
  list('product', 'images'),
  text('product', 'originCountry'),
  json('marketplaces'),
  list('linkedIds'),
  json('community'),
];

const COLUMNS = FIELDS.flatMap((field) => field.columns);

export class ChunkColumnsError extends Error {}

/** The chunk file's text (before gzip) for these records, in the order given. */
export function encodeChunkColumns(records: readonly HazardRecord[]): string {
  const columns: string[][] = COLUMNS.map(() => []);
  for (const record of records) {
    let c = 0;
    for (const field of FIELDS) for (const line of field.write(record as unknown as Row)) columns[c++]!.push(line);
  }
  const header = JSON.stringify({ records: records.length, columns: COLUMNS });
  return [header, ...columns.flat()].join('\n');
}

/**
 * A decoded chunk: the record IDs at once, each record built only when asked for (a page check reads one
 * or two of a thousand). Records come back as the encoder was given them, before schema validation.
 */
export class ChunkColumns {
  readonly ids: readonly string[];
  private readonly lines: string[];
  private readonly count: number;

  constructor(text: string) {
    const lines = text.split('\n');
    let header: { records?: unknown; columns?: unknown };
    try {
      header = JSON.parse(lines[0]!) as typeof header;
    } catch {
      throw new ChunkColumnsError('no header');
    }
    const count = header.records;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw new ChunkColumnsError('no count');
    if (JSON.stringify(header.columns) !== JSON.stringify(COLUMNS)) throw new ChunkColumnsError('other columns');
    if (lines.length !== 1 + COLUMNS.length * count) throw new ChunkColumnsError('wrong number of lines');
    this.lines = lines;
    this.count = count;
    const at = (column: string) => 1 + COLUMNS.indexOf(column) * count;
    const [id, source, ref] = [at('id'), at('source'), at('ref')];
    this.ids = Array.from({ length: count }, (_, row) => {
      const own = lines[id + row]!;
      return own === '' ? `${unescape(lines[source + row]!)}:${unescape(lines[ref + row]!)}` : unescape(own);
    });
  }

  record(row: number): Row {
    const into: Row = {};
    let c = 0;
    for (const field of FIELDS) {
      const lines = field.columns.map(() => this.lines[1 + c++ * this.count + row]!);
      field.read(lines, into);
    }
    into.id = this.ids[row];
    return into;
  }
}
