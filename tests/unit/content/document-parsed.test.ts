// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { documentParsed } from '../../../lib/content/document-parsed';

/** A document stand-in whose readyState the test controls. */
function loadingDocument() {
  const target = new EventTarget() as EventTarget & { readyState: DocumentReadyState };
  target.readyState = 'loading';
  return target;
}

describe('documentParsed', () => {
  it('resolves at once for a parsed document', async () => {
    await expect(documentParsed(document)).resolves.toBeUndefined();
  });

  it('waits for DOMContentLoaded while the document is loading', async () => {
    const doc = loadingDocument();
    let done = false;
    const parsed = documentParsed(doc as unknown as Document).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(done).toBe(false);
    doc.readyState = 'interactive';
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    await parsed;
    expect(done).toBe(true);
  });
});
