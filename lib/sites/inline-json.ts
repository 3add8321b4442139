/**
 * Reads JSON that shops embed in inline `<script>` text (`window.rawData={…}`, `window.runParams = { data: {…} }`,
 * `_init_data_= { data: {…} }`). We never evaluate page code: a small lexer finds the marker outside strings
 * and comments, a string- and escape-aware brace counter slices the value, and `JSON.parse` reads it.
 */

const CODE = 0;
const LINE_COMMENT = 1;
const BLOCK_COMMENT = 2;
const STRING = 3;

/**
 * Positions just after each occurrence of `marker` that sits in code (not inside a string literal or a
 * comment). Regular-expression literals are not recognised; the markers we look for never follow one.
 */
export function findCodeMarkers(source: string, marker: string): number[] {
  const last = source.lastIndexOf(marker);
  if (last < 0) return [];
  const found: number[] = [];
  let mode = CODE;
  let quote = '';
  for (let i = 0; i <= last; i++) {
    const ch = source[i];
    switch (mode) {
      case CODE:
        if (ch === '"' || ch === "'" || ch === '`') {
          mode = STRING;
          quote = ch;
        } else if (ch === '/' && source[i + 1] === '/') {
          mode = LINE_COMMENT;
          i++;
        } else if (ch === '/' && source[i + 1] === '*') {
          mode = BLOCK_COMMENT;
          i++;
        } else if (ch === marker[0] && source.startsWith(marker, i)) {
          found.push(i + marker.length);
          i += marker.length - 1;
        }
        break;
      case LINE_COMMENT:
        if (ch === '\n' || ch === '\r') mode = CODE;
        break;
      case BLOCK_COMMENT:
        if (ch === '*' && source[i + 1] === '/') {
          mode = CODE;
          i++;
        }
        break;
      case STRING:
        if (ch === '\\') i++;
        else if (ch === quote) mode = CODE;
        break;
    }
  }
  return found;
}

/**
 * The balanced `{…}` or `[…]` starting at `start`, counting brackets outside string literals only.
 * Returns the end index (exclusive), or -1 when the value is cut off.
 */
export function balancedEnd(source: string, start: number): number {
  const open = source[start];
  if (open !== '{' && open !== '[') return -1;
  let depth = 0;
  let quote = '';
  for (let i = start; i < source.length; i++) {
    const ch = source[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

const SPACE = /\s/;

function skipSpace(source: string, i: number): number {
  while (i < source.length && SPACE.test(source[i] ?? '')) i++;
  return i;
}

/**
 * Inside a JS object literal (`{ data: {...}, csrfToken: '…' }`), the index where the value of the top-level
 * key `key` starts, or -1. Keys may be bare or quoted.
 */
function topLevelKeyValue(source: string, start: number, end: number, key: string): number {
  let depth = 0;
  let quote = '';
  for (let i = start; i < end; i++) {
    const ch = source[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '{' || ch === '[') {
      depth++;
      continue;
    }
    if (ch === '}' || ch === ']') {
      depth--;
      continue;
    }
    const quoted = ch === '"' || ch === "'";
    if (depth === 1 && (quoted || !/[\w$]/.test(source[i - 1] ?? ''))) {
      const nameStart = quoted ? i + 1 : i;
      const nameEnd = nameStart + key.length;
      const closed = quoted ? source[nameEnd] === ch : !/[\w$]/.test(source[nameEnd] ?? '');
      if (closed && source.startsWith(key, nameStart)) {
        const colon = skipSpace(source, quoted ? nameEnd + 1 : nameEnd);
        if (source[colon] === ':') return skipSpace(source, colon + 1);
      }
    }
    if (quoted || ch === '`') quote = ch;
  }
  return -1;
}

export interface AssignedJsonOptions {
  /** The JSON sits under this key of a JS object literal, e.g. `data` in `window.runParams = { data: {…} }`. */
  innerKey?: string;
}

/**
 * Every JSON value assigned right after `marker` in `source`, in source order (later assignments win in
 * JS, so callers usually take the last one that belongs to the current page). Values that do not parse
 * as JSON are skipped.
 */
export function parseAssignedJson(source: string, marker: string, options: AssignedJsonOptions = {}): unknown[] {
  const values: unknown[] = [];
  for (const after of findCodeMarkers(source, marker)) {
    let start = skipSpace(source, after);
    if (source[start] === '=' || source[start] === ':') start = skipSpace(source, start + 1);
    let end = balancedEnd(source, start);
    if (end < 0) continue;
    if (options.innerKey) {
      const inner = topLevelKeyValue(source, start, end, options.innerKey);
      if (inner < 0) continue;
      start = inner;
      end = balancedEnd(source, start);
      if (end < 0) continue;
    }
    try {
      values.push(JSON.parse(source.slice(start, end)));
    } catch {
      // Not JSON (a JS literal with bare keys, or a truncated capture): skip it.
    }
  }
  return values;
}

interface CacheEntry {
  length: number;
  key: string;
  values: unknown[];
}

/**
 * Parsed values per script element. Search pages are re-read on every mutation batch, and their inline
 * JSON (hundreds of KB) does not change, so we parse it once per element and text length.
 */
const scriptCache = new WeakMap<Element, CacheEntry[]>();

/** Inline (no `src`) scripts of a document, in document order. */
export function inlineScripts(doc: Document): Element[] {
  return Array.from(doc.getElementsByTagName('script')).filter((script) => !script.hasAttribute('src'));
}

/** All JSON values assigned after `marker` in the document's inline scripts, in document order. */
export function readInlineJson(doc: Document, marker: string, options: AssignedJsonOptions = {}): unknown[] {
  const key = `${marker}\u0000${options.innerKey ?? ''}`;
  const values: unknown[] = [];
  for (const script of inlineScripts(doc)) {
    const text = script.textContent ?? '';
    if (!text.includes(marker)) continue;
    const entries = scriptCache.get(script) ?? [];
    let entry = entries.find((e) => e.key === key && e.length === text.length);
    if (!entry) {
      entry = { key, length: text.length, values: parseAssignedJson(text, marker, options) };
      scriptCache.set(script, [...entries.filter((e) => e.key !== key), entry]);
    }
    values.push(...entry.values);
  }
  return values;
}

/** `JSON.parse` of a `<script type="application/json">`-style element, or undefined. */
export function parseJsonElement(element: Element | null): unknown {
  if (!element) return undefined;
  const text = element.textContent ?? '';
  const cached = scriptCache.get(element)?.find((e) => e.key === '\u0000element' && e.length === text.length);
  if (cached) return cached.values[0];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  scriptCache.set(element, [{ key: '\u0000element', length: text.length, values: [value] }]);
  return value;
}
