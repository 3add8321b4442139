/**
 * Brand, model and identifier extraction from what a listing states. Models come only from labelled
 * fields (a "Model Number" spec row, JSON-LD `model`/`mpn`); a bare code in a title is not a model.
 * GTINs must be usable (check digit, no placeholder or coupon range) and KC numbers must have a documented
 * shape, by the same rules the feed builder applies to records (`lib/identifiers`).
 */
import { kcNumbersIn, usableGtin } from '../identifiers';
import type { ProductReading } from './types';
import { cleanField, cleanText } from './text';

export type Identifier = NonNullable<ProductReading['identifiers']>[number];

export interface SpecRow {
  name: string;
  value: string;
}

const norm = (label: string) =>
  cleanText(label, 80)
    .toLowerCase()
    .replace(/[:：]\s*$/, '')
    .trim();

// Labels as AliExpress and Temu write them in the languages we have seen or expect (en, es, fr, de, it, pt,
// ru, ko, ja, zh). Exact labels only: "Compatible Model 1" is not the product's model.
const BRAND_LABELS = new Set([
  'brand',
  'brand name',
  'brands',
  'nombre de la marca',
  'marca',
  'nom de marque',
  'marque',
  'markenname',
  'marke',
  'nome del marchio',
  'nome da marca',
  'бренд',
  'название бренда',
  'марка',
  '브랜드',
  '브랜드 이름',
  '브랜드명',
  'ブランド',
  'ブランド名',
  '品牌',
  '品牌名称',
]);
const MODEL_LABELS = new Set([
  'model',
  'model number',
  'model no',
  'model no.',
  'model name',
  'mpn',
  'item model number',
  'número de modelo',
  'numero de modelo',
  'modelo',
  'numéro de modèle',
  'modèle',
  'modellnummer',
  'modell',
  'numero di modello',
  'modello',
  'número do modelo',
  'модель',
  'номер модели',
  '모델',
  '모델 번호',
  '모델번호',
  '모델명',
  '型番',
  'モデル番号',
  '型号',
]);
const GTIN_LABELS = new Set([
  'ean',
  'ean code',
  'ean-13',
  'ean13',
  'upc',
  'upc code',
  'gtin',
  'gtin-13',
  'barcode',
  'bar code',
  'jan',
  'código de barras',
  'codigo de barras',
  'code-barres',
  'code barre',
  'strichcode',
  'штрихкод',
  'штрих-код',
  '바코드',
  'バーコード',
  '条形码',
  '条码',
]);
const KC_LABEL = /\bkc\b|kc\s*인증|인증\s*번호|인증번호|안전\s*인증|certification\s*(number|no)|cert\.?\s*no/i;

export function isBrandLabel(label: string): boolean {
  return BRAND_LABELS.has(norm(label));
}
export function isModelLabel(label: string): boolean {
  return MODEL_LABELS.has(norm(label));
}
function isGtinLabel(label: string): boolean {
  return GTIN_LABELS.has(norm(label));
}

/** Usable GTIN-14s among the digit runs of a labelled value. */
function gtinsIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\d[\d -]{6,18}\d/g)) {
    const gtin = usableGtin(match[0]);
    if (gtin) found.push(gtin);
  }
  return found;
}

/** "EAN: 8437026061708", "UPC 0123…", "바코드: …" written inside a title or description. */
const INLINE_GTIN =
  /(?:\b(?:EAN(?:-?13)?|UPC|GTIN(?:-?1[34])?|JAN)\b|바코드|штрихкод)\s*[:#：]?\s*(\d[\d -]{6,18}\d)/gi;

export interface ProductCodes {
  brand?: string;
  models: string[];
  identifiers: Identifier[];
}

/**
 * Brand, models and identifiers from spec rows, labelled JSON-LD values and inline mentions in the title.
 * Later sources only add what earlier ones did not give.
 */
export function productCodes(input: {
  rows?: SpecRow[];
  ldBrand?: unknown;
  ldModels?: unknown[];
  ldGtins?: unknown[];
  title?: string;
}): ProductCodes {
  const models = new Set<string>();
  const identifiers = new Map<string, Identifier>();
  const addId = (kind: Identifier['kind'], value: string) => identifiers.set(`${kind}:${value}`, { kind, value });
  let brand = cleanField(input.ldBrand);

  for (const value of input.ldModels ?? []) {
    const model = cleanField(value, 100);
    if (model) models.add(model);
  }
  for (const value of input.ldGtins ?? []) {
    const gtin = typeof value === 'string' || typeof value === 'number' ? usableGtin(String(value)) : null;
    if (gtin) addId('gtin', gtin);
  }
  for (const row of input.rows ?? []) {
    if (isBrandLabel(row.name)) brand ??= cleanField(row.value);
    else if (isModelLabel(row.name)) {
      for (const part of row.value.split(/[;|,，、]/)) {
        const model = cleanField(part, 100);
        if (model) models.add(model);
      }
    } else if (isGtinLabel(row.name)) {
      for (const gtin of gtinsIn(row.value)) addId('gtin', gtin);
    } else if (KC_LABEL.test(row.name)) {
      for (const kc of kcNumbersIn(row.value.toUpperCase())) addId('kc', kc);
    }
  }
  const title = input.title ?? '';
  for (const match of title.matchAll(INLINE_GTIN)) {
    const gtin = match[1] ? usableGtin(match[1]) : null;
    if (gtin) addId('gtin', gtin);
  }
  for (const kc of kcNumbersIn(title)) addId('kc', kc);

  return { brand, models: [...models].slice(0, 20), identifiers: [...identifiers.values()].slice(0, 20) };
}
