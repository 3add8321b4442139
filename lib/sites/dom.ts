/**
 * DOM helpers shared by the adapters. They work on any `Document`/`ParentNode` (browser, happy-dom,
 * DOMParser) and prefer `getElementsBy*` over complex selectors: they are cheap in every DOM, which matters
 * because search pages are re-read on every mutation batch.
 */
import { parseJsonElement } from './inline-json';
import { asArray, asRecord, type JsonRecord } from './values';

/** `root.getElementsByTagName` where it exists (Document, Element), else `querySelectorAll`. */
export function byTag(root: ParentNode, tag: string): Element[] {
  const withTag = root as Partial<Pick<Element, 'getElementsByTagName'>>;
  if (typeof withTag.getElementsByTagName === 'function') return Array.from(withTag.getElementsByTagName(tag));
  return Array.from(root.querySelectorAll(tag));
}

export function byClass(root: ParentNode, className: string): Element[] {
  const withClass = root as Partial<Pick<Element, 'getElementsByClassName'>>;
  if (typeof withClass.getElementsByClassName === 'function') {
    return Array.from(withClass.getElementsByClassName(className));
  }
  return Array.from(root.querySelectorAll(`.${className}`));
}

/** `og:*`, `twitter:*` and named meta tags, first value wins. */
export function readMeta(doc: Document): Map<string, string> {
  const meta = new Map<string, string>();
  for (const tag of byTag(doc, 'meta')) {
    const key = (tag.getAttribute('property') ?? tag.getAttribute('name') ?? '').toLowerCase();
    const content = tag.getAttribute('content');
    if (key && content !== null && !meta.has(key)) meta.set(key, content);
  }
  return meta;
}

export function canonicalHref(doc: Document): string | undefined {
  for (const link of byTag(doc, 'link')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical')) return link.getAttribute('href') ?? undefined;
  }
  return undefined;
}

/** Every JSON-LD object on the page, with top-level arrays and `@graph` flattened. */
export function jsonLdNodes(doc: Document): JsonRecord[] {
  const nodes: JsonRecord[] = [];
  for (const script of byTag(doc, 'script')) {
    if ((script.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json') continue;
    const parsed = parseJsonElement(script);
    for (const item of Array.isArray(parsed) ? parsed : [parsed]) {
      const record = asRecord(item);
      if (!record) continue;
      nodes.push(record);
      for (const node of asArray(record['@graph'])) {
        const inner = asRecord(node);
        if (inner) nodes.push(inner);
      }
    }
  }
  return nodes;
}

export function ldType(node: JsonRecord, type: string): boolean {
  const value = node['@type'];
  return Array.isArray(value) ? value.includes(type) : value === type;
}

const SKIPPED_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

/**
 * The text a user sees in an element: script/style contents are skipped (a `<script>` planted inside a
 * title is not part of the title), and collection stops after `max` characters.
 */
export function elementText(element: Element | null | undefined, max = 4000): string {
  if (!element) return '';
  let text = '';
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        text += child.nodeValue ?? '';
        if (text.length >= max) return false;
      } else if (child.nodeType === 1 && !SKIPPED_TEXT.has((child as Element).tagName.toUpperCase())) {
        text += ' ';
        if (!walk(child)) return false;
      }
    }
    return true;
  };
  walk(element);
  return text;
}

function hiddenByStyle(element: Element): boolean {
  const style = (element.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  if (/display:none|visibility:hidden|opacity:0(?![.\d])/.test(style)) return true;
  const view = element.ownerDocument?.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return false;
  try {
    const computed = view.getComputedStyle(element);
    return computed.display === 'none' || computed.visibility === 'hidden' || computed.opacity === '0';
  } catch {
    return false;
  }
}

/**
 * Whether an element is shown: no `hidden`/`aria-hidden`, closed `<dialog>`, or hiding inline/computed style on
 * it or any ancestor. Layout is not consulted, so it gives the same answer in the browser and in tests.
 */
export function isVisible(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return false;
    if (node.tagName.toUpperCase() === 'DIALOG' && !node.hasAttribute('open')) return false;
    if (hiddenByStyle(node)) return false;
  }
  return true;
}

/** Absolute http(s) URL for an attribute value (handles protocol-relative `//host/…`), or undefined. */
export function resolveUrl(href: string | null | undefined, base: string | URL): URL | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** An image URL as an absolute https string (protocol-relative CDN paths are common). */
export function imageUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const url = resolveUrl(value, 'https://invalid.invalid/');
  return url && url.hostname !== 'invalid.invalid' ? url.href : undefined;
}
