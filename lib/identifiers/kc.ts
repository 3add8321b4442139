/**
 * Korean KC certification numbers. Pages are read for the documented shapes only; a record's own
 * certificate field is trusted more and only needs to look like a code. Both sides compare by `codeKey`.
 */

/** Documented KC shapes, upper case. */
export const KC_SHAPES: readonly { pattern: RegExp; what: string; example: string }[] = [
  {
    pattern: /\b(C[BH]\d{3}[A-Z]\d{3,6}-\d{4})\b/g,
    what: "children's product safety certificate",
    example: 'CB063R1234-5001',
  },
  { pattern: /\b([A-Z]{2}\d{5}-\d{5})\b/g, what: 'electrical product safety certificate', example: 'YU07218-19001' },
  {
    pattern: /\b(R-[RC]-[A-Za-z0-9]{2,5}-[A-Za-z0-9-]{3,30})\b/g,
    what: 'radio equipment registration',
    example: 'R-R-ABC-XYZ123',
  },
];

/** KC numbers of a documented shape anywhere in a text (pass it upper-cased when case is unknown). */
export function kcNumbersIn(text: string): string[] {
  const found: string[] = [];
  for (const { pattern } of KC_SHAPES) for (const match of text.matchAll(pattern)) if (match[1]) found.push(match[1]);
  return [...new Set(found)];
}

/** Whether a value from a certificate field can be a certificate number (letters/digits, 3+ digits in a row). */
export function isCertNumberLike(value: string): boolean {
  return /^[A-Z0-9][A-Z0-9-]{3,39}$/.test(value) && /\d{3}/.test(value);
}

/** A KC number written after a cue in prose ("KC 인증번호: CB063R1234-6001", "KC cert. no. YU…"). */
export const KC_CUE =
  /\bKC\s*(?:인증\s*번호|인증|cert(?:ification)?\.?\s*(?:no\.?|number)?|mark)?\s*[:#]?\s*([A-Z]{1,3}[A-Z0-9]*\d{3,}[A-Z0-9-]*)/gi;
