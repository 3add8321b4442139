/**
 * Reads JSON that shops embed in inline `<script>` text (`window.rawData={…}`, `window.runParams = { data: {…} }`,
 * `_init_data_= { data: {…} }`). We never evaluate page code: one linear pass of a small lexer finds the
 * marker outside strings and comments and where each bracket closes, and `JSON.parse` reads the value.
 * Values over a size or nesting cap are not parsed, so hostile markup costs about one pass over it.
 */

const CODE = 0;
const LINE_COMMENT = 1;
const BLOCK_COMMENT = 2;
const STRING = 3;

const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const BACKTICK = 0x60;
const SLASH = 0x2f;
const STAR = 0x2a;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Values longer than this are not parsed: real shop data is well under a megabyte (about 450 KB seen). */
export const MAX_JSON_CHARS = 4 * 1024 * 1024;
/** Values nested deeper than this are not parsed (real shop data is under 30 deep). */
export const MAX_JSON_DEPTH = 128;
/** Assignments of one marker read per script: real pages have one to three. */
export const MAX_ASSIGNMENTS = 32;

/** Each marker in code, with the value assigned after it: where it starts, ends and how deep it nests. */
interface MarkerValue {
  /** Index just after the marker. */
  after: number;
  /** Index of the value's opening bracket, or -1 when no `{`/`[` follows the marker (and `=`/`:`). */
  start: number;
  /** End index (exclusive) of the balanced value, or -1 when it never closes. */
  end: number;
  /** Deepest nesting inside the value (1 for `{}`). */
  depth: number;
}

/** Index of the value after a marker: spaces, one `=` or `:`, spaces. */
function valueStart(source: string, after: number): number {
  let start = skipSpace(source, after);
  if (source[start] === '=' || source[start] === ':') start = skipSpace(source, start + 1);
  return start;
}

/**
 * One linear pass over `source`: each occurrence of `marker` that sits in code (not inside a string
 * literal or a comment) and where the value assigned after it closes. Closing brackets are matched in
 * the same pass, so a page with thousands of unclosed `marker={` costs one pass, not one per marker.
 * Regular-expression literals are not recognised; the markers we look for never follow one.
 */
function scanMarkers(source: string, marker: string): MarkerValue[] {
  const found: MarkerValue[] = [];
  if (!source.includes(marker)) return found;
  const first = marker.charCodeAt(0);
  // Open brackets: position, deepest nesting inside so far, and the marker whose value it starts (-1: none).
  const open: number[] = [];
  const innerDepth: number[] = [];
  const owner: number[] = [];
  let pending = -1;
  let mode = CODE;
  let quote = 0;
  // Character codes, not one-character strings: several times faster on a megabyte of script.
  for (let i = 0; i < source.length; i++) {
    const ch = source.charCodeAt(i);
    switch (mode) {
      case CODE:
        if (ch === DOUBLE_QUOTE || ch === SINGLE_QUOTE || ch === BACKTICK) {
          mode = STRING;
          quote = ch;
        } else if (ch === SLASH && source.charCodeAt(i + 1) === SLASH) {
          mode = LINE_COMMENT;
          i++;
        } else if (ch === SLASH && source.charCodeAt(i + 1) === STAR) {
          mode = BLOCK_COMMENT;
          i++;
        } else if (ch === OPEN_BRACE || ch === OPEN_BRACKET) {
          open.push(i);
          innerDepth.push(1);
          owner.push(pending >= 0 && found[pending]!.start === i ? pending : -1);
        } else if (ch === CLOSE_BRACE || ch === CLOSE_BRACKET) {
          if (open.length === 0) break;
          open.pop();
          const depth = innerDepth.pop()!;
          const markerIndex = owner.pop()!;
          if (markerIndex >= 0) {
            found[markerIndex]!.end = i + 1;
            found[markerIndex]!.depth = depth;
          }
          const parent = innerDepth.length - 1;
          if (parent >= 0 && depth + 1 > innerDepth[parent]!) innerDepth[parent] = depth + 1;
        } else if (ch === first && source.startsWith(marker, i)) {
          const after = i + marker.length;
          const start = valueStart(source, after);
          const code = source.charCodeAt(start);
          found.push({ after, start: code === OPEN_BRACE || code === OPEN_BRACKET ? start : -1, end: -1, depth: 0 });
          pending = found.length - 1;
          i = after - 1;
        }
        break;
      case LINE_COMMENT:
        if (ch === NEWLINE || ch === RETURN) mode = CODE;
        break;
      case BLOCK_COMMENT:
        if (ch === STAR && source.charCodeAt(i + 1) === SLASH) {
          mode = CODE;
          i++;
        }
        break;
      case STRING:
        if (ch === BACKSLASH) i++;
        else if (ch === quote) mode = CODE;
        break;
    }
  }
  return found;
}

/**
 * The balanced `{…}` or `[…]` starting at `start` and ending before `limit`, counting brackets outside
 * string literals only; -1 when it does not close there.
 */
function balancedEnd(source: string, start: number, limit: number): number {
  const open = source.charCodeAt(start);
  if (open !== OPEN_BRACE && open !== OPEN_BRACKET) return -1;
  let depth = 0;
  let quote = 0;
  for (let i = start; i < limit; i++) {
    const ch = source.charCodeAt(i);
    if (quote) {
      if (ch === BACKSLASH) i++;
      else if (ch === quote) quote = 0;
      continue;
    }
    if (ch === DOUBLE_QUOTE || ch === SINGLE_QUOTE || ch === BACKTICK) quote = ch;
    else if (ch === OPEN_BRACE || ch === OPEN_BRACKET) depth++;
    else if (ch === CLOSE_BRACE || ch === CLOSE_BRACKET) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Positions just after each occurrence of `marker` in code (not in a string literal or a comment). */
export function findCodeMarkers(source: string, marker: string): number[] {
  return scanMarkers(source, marker).map((found) => found.after);
}

/**
 * Deepest bracket nesting of JSON text, stopping early once past `limit` (strings skipped). Linear; used
 * before `JSON.parse` so hostile nesting never reaches the parser or the code that walks the result.
 */
export function jsonDepthExceeds(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === BACKSLASH) i++;
      else if (ch === DOUBLE_QUOTE) inString = false;
    } else if (ch === DOUBLE_QUOTE) inString = true;
    else if (ch === OPEN_BRACE || ch === OPEN_BRACKET) {
      if (++depth > limit) return true;
    } else if (ch === CLOSE_BRACE || ch === CLOSE_BRACKET) depth--;
  }
  return false;
}

/** `JSON.parse` of page text within the size and depth caps, or undefined. */
export function parseBoundedJson(text: string): unknown {
  if (text.length > MAX_JSON_CHARS || jsonDepthExceeds(text)) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
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
  // A marker inside an earlier value belongs to that value's text; skipping it keeps the work linear.
  let coveredUntil = -1;
  let tried = 0;
  for (const found of scanMarkers(source, marker)) {
    if (found.after < coveredUntil || found.start < 0 || found.end < 0) continue;
    coveredUntil = found.end;
    if (++tried > MAX_ASSIGNMENTS) break;
    if (found.end - found.start > MAX_JSON_CHARS || found.depth > MAX_JSON_DEPTH) continue;
    let { start, end } = found;
    if (options.innerKey) {
      const inner = topLevelKeyValue(source, start, end, options.innerKey);
      if (inner < 0) continue;
      end = balancedEnd(source, inner, end);
      start = inner;
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

/** `JSON.parse` of a `<script type="application/json">`-style element (JSON-LD too), within the caps, or undefined. */
export function parseJsonElement(element: Element | null): unknown {
  if (!element) return undefined;
  const text = element.textContent ?? '';
  const cached = scriptCache.get(element)?.find((e) => e.key === '\u0000element' && e.length === text.length);
  if (cached) return cached.values[0];
  const value = parseBoundedJson(text);
  scriptCache.set(element, [{ key: '\u0000element', length: text.length, values: [value] }]);
  return value;
}
