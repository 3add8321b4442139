/**
 * A small XML reader for flat record lists such as the Consumer24 OpenAPI: every `<name>` element,
 * wherever it sits, becomes a map of its child elements' text. CDATA is read verbatim, entities in
 * plain text are decoded, comments and processing instructions are skipped. Enough for record-per-
 * element APIs; not a general XML parser (no namespaces, no mixed content beyond concatenated text).
 */
import { decodeEntities } from '../text';

export type XmlFields = Record<string, string>;

interface Frame {
  name: string;
  text: string;
}

/** Thrown for XML that cannot be read at all (an unclosed CDATA section or tag). */
export class XmlError extends Error {}

function localName(tag: string): string {
  const name = /^[^\s/>]+/.exec(tag)?.[0] ?? '';
  return name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
}

/**
 * Walks the document once and returns, for every element called `recordName`, its children's text
 * by child name (text of deeper descendants is folded into the child; a repeated child is joined with
 * ","). Also returns the text of leaf elements outside any record, for envelope fields such as `code`.
 */
export function readXmlRecords(xml: string, recordName: string): { records: XmlFields[]; envelope: XmlFields } {
  const records: XmlFields[] = [];
  const envelope: XmlFields = {};
  const stack: Frame[] = [];
  let record: XmlFields | undefined;
  let recordDepth = -1;
  let i = 0;

  const appendText = (text: string) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  };

  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      appendText(decodeEntities(xml.slice(i)));
      break;
    }
    if (lt > i) appendText(decodeEntities(xml.slice(i, lt)));
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end < 0) throw new XmlError(`unclosed CDATA section at offset ${lt}`);
      appendText(xml.slice(lt + 9, end));
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      i = end < 0 ? xml.length : end + 3;
      continue;
    }
    if (xml.startsWith('<?', lt) || xml.startsWith('<!', lt)) {
      const end = xml.indexOf('>', lt);
      i = end < 0 ? xml.length : end + 1;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0) throw new XmlError(`unclosed tag at offset ${lt}`);
    const tag = xml.slice(lt + 1, gt);
    i = gt + 1;

    if (tag.startsWith('/')) {
      const name = localName(tag.slice(1));
      // Tolerate stray closing tags: unwind to the matching open element, if any.
      const at = stack.map((f) => f.name).lastIndexOf(name);
      if (at < 0) continue;
      while (stack.length > at) {
        const frame = stack.pop()!;
        const depth = stack.length;
        if (record && depth === recordDepth) {
          records.push(record);
          record = undefined;
          recordDepth = -1;
        } else if (record && depth === recordDepth + 1) {
          const value = frame.text.trim();
          record[frame.name] =
            record[frame.name] && value ? `${record[frame.name]},${value}` : record[frame.name] || value;
        } else if (record) {
          stack[stack.length - 1]!.text += frame.text;
        } else if (!record && frame.text.trim() && !(frame.name in envelope)) {
          envelope[frame.name] = frame.text.trim();
        }
      }
      continue;
    }

    const name = localName(tag);
    if (!name) continue;
    const selfClosing = tag.endsWith('/');
    if (!record && name === recordName) {
      if (selfClosing) {
        records.push({});
        continue;
      }
      record = {};
      recordDepth = stack.length;
    } else if (selfClosing) {
      if (record && stack.length === recordDepth + 1) record[name] ??= '';
      continue;
    }
    stack.push({ name, text: '' });
  }
  // A document cut short still gives the records that were complete.
  return { records, envelope };
}
