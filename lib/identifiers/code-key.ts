/**
 * The comparison key of any code (model number, certificate number, barcode as written): letters and
 * digits only, upper case, full-width and accented letters folded. `HK-W003`, `HKW003`, `hk w003` and
 * `ＨＫ－Ｗ００３` are one key; `KY-550` and `KY-055` stay two. Records and page readings both go through
 * this function, so a code read off a page and the same code written in a record meet.
 */
export function codeKey(raw: string): string {
  // Most codes are plain ASCII: skip the (slow) Unicode normalisation for them.
  if (!/[^\p{ASCII}]/u.test(raw)) return raw.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
  return raw
    .replace(/[™℠]/g, '') // NFKD would spell them out as letters
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toUpperCase();
}
