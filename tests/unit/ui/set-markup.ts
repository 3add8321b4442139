/** Test-page setup: parses markup with DOMParser and moves the nodes in (no HTML-string sinks). */
export function setMarkup(target: Element, markup: string): void {
  const parsed = new DOMParser().parseFromString(markup, 'text/html');
  target.replaceChildren(...parsed.body.childNodes);
}
