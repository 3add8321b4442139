/** Shared by the page-reading tests: fixture paths and HTML parsing (happy-dom, scripts disabled). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../../../lib/cli/extract';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Third-party material beside the checkout (never copied into the repo). */
export const sharedDir = process.env.SHARED_DIR ?? path.resolve(projectRoot, '../shared');
export const ownPagesDir = path.join(projectRoot, 'tests/fixtures/pages');

export const sharedPath = (...parts: string[]) => path.join(sharedDir, ...parts);

/** Files in a shared folder (empty when the folder is absent), so tests enumerate what exists. */
export function sharedFiles(folder: string, pattern: RegExp): string[] {
  const dir = sharedPath(folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

export function ownPage(name: string): string {
  return readFileSync(path.join(ownPagesDir, name), 'utf8');
}

const opened: (() => Promise<void>)[] = [];

/** A document for `html` at `url`. Call `closeDocuments()` in `afterAll`. */
export function documentFrom(html: string, url: string): Document {
  const { document, close } = parseHtml(html, url);
  opened.push(close);
  return document;
}

export async function closeDocuments(): Promise<void> {
  await Promise.all(opened.splice(0).map((close) => close()));
}

/** RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes) into objects keyed by the header. */
export function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  const [header = [], ...body] = rows;
  return body
    .filter((cells) => cells.some((cell) => cell !== ''))
    .map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}
