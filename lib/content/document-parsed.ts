/**
 * Resolves once `doc` is parsed (DOMContentLoaded), at once when it already is. The content script starts
 * at document_start to wake the background early, and reads the page only after this.
 */
export function documentParsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
