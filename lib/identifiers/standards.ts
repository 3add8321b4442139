/**
 * Tokens that look like model numbers but are units, standards, interfaces or pack counts, as data.
 * `standards.test.ts` runs every example; `modelShape` and `isModelLike` read these tables.
 */

/**
 * Units a number is written with in titles and their largest plausible value: "2.4A" is a current,
 * "407A" (over 60 A) a model. Keys are lower case.
 */
export const UNIT_LIMITS: Readonly<Record<string, number>> = {
  a: 60,
  ma: 1e6,
  mah: 1e6,
  ah: 1e4,
  v: 1000,
  volt: 1000,
  volts: 1000,
  vac: 1000,
  vdc: 1000,
  kv: 1e4,
  w: 1e5,
  watt: 1e5,
  watts: 1e5,
  kw: 1e4,
  wh: 1e6,
  kwh: 1e6,
  mm: Infinity,
  cm: Infinity,
  dm: Infinity,
  m: Infinity,
  km: Infinity,
  ml: Infinity,
  cl: Infinity,
  dl: Infinity,
  l: Infinity,
  g: Infinity,
  kg: Infinity,
  mg: Infinity,
  oz: Infinity,
  ounce: Infinity,
  ounces: Infinity,
  qt: Infinity,
  quart: Infinity,
  quarts: Infinity,
  gallon: Infinity,
  gallons: Infinity,
  liter: Infinity,
  liters: Infinity,
  litre: Infinity,
  litres: Infinity,
  mph: Infinity,
  lb: Infinity,
  lbs: Infinity,
  ft: Infinity,
  foot: Infinity,
  feet: Infinity,
  in: Infinity,
  inch: Infinity,
  inches: Infinity,
  yd: Infinity,
  hz: Infinity,
  khz: Infinity,
  mhz: Infinity,
  ghz: Infinity,
  kb: Infinity,
  mb: Infinity,
  gb: Infinity,
  tb: Infinity,
  pcs: Infinity,
  pc: Infinity,
  pack: Infinity,
  pk: Infinity,
  ct: Infinity,
  x: 100,
  db: Infinity,
  k: Infinity,
  p: Infinity,
  s: Infinity,
  // Lamp and battery lifetimes run to tens of thousands of hours; seven digits and an H is an article number.
  h: 1e5,
  hr: 1e5,
  hrs: 1e5,
  min: Infinity,
  mins: Infinity,
  sec: Infinity,
  rpm: Infinity,
  psi: Infinity,
  bar: Infinity,
  lm: Infinity,
  lux: Infinity,
  nm: Infinity,
  mw: Infinity,
  y: Infinity,
  yr: Infinity,
  yrs: Infinity,
  d: Infinity,
  st: Infinity,
  nd: Infinity,
  rd: Infinity,
  th: Infinity,
  c: Infinity,
  f: Infinity,
  led: Infinity,
  leds: Infinity,
  pair: Infinity,
  pairs: Infinity,
  sheet: Infinity,
  sheets: Infinity,
  holes: Infinity,
  ways: Infinity,
  way: Infinity,
  layer: Infinity,
  layers: Infinity,
  gsm: Infinity,
  ply: Infinity,
  cc: Infinity,
  mp: Infinity,
  fps: Infinity,
  dpi: Infinity,
  // Tonnes or teeth; "859671T" is an article number.
  t: 1e4,
  pin: Infinity,
  port: Infinity,
  ports: Infinity,
  gen: Infinity,
  m2: Infinity,
  m3: Infinity,
};

export interface NotAModel {
  /** Matched against the whole lower-case key (letters and digits only). */
  pattern: RegExp;
  what: string;
  examples: string[];
}

/** Standards, interfaces, bulb sockets, paper sizes, resolutions and pack counts. */
export const STANDARDS: readonly NotAModel[] = [
  { pattern: /^ipx?\d{1,2}$/, what: 'ingress protection rating', examples: ['IP44', 'IPX7'] },
  { pattern: /^(?:qc\d|pd\d{2,3})$/, what: 'fast-charging protocol', examples: ['QC3', 'PD20'] },
  {
    pattern: /^(?:usb\d|bt\d{1,2}|cat\d{1,2}|ddr\d|rj\d{2})$|^(?:wifi|hdmi|lte)\d?$/,
    what: 'interface or network standard',
    examples: ['USB3', 'BT5', 'WIFI6', 'HDMI2', 'CAT6', 'DDR5', 'RJ45'],
  },
  { pattern: /^type[a-z]?\d*$/, what: 'connector type', examples: ['TYPEC', 'TYPE2'] },
  {
    pattern: /^(?:en|iso|iec)\d+$|^astm\w*$/,
    what: 'safety or test standard',
    examples: ['EN71', 'ISO8124', 'IEC62368', 'ASTMF963'],
  },
  { pattern: /^ce\d*$|^(?:fcc|kc|rohs)$/, what: 'conformity mark', examples: ['CE', 'CE0123', 'ROHS'] },
  {
    // Two digits at most: a longer code after these letters is a model ("MR003-01").
    pattern: /^(?:gu\d{1,2}|e\d{2}|mr1[16]|r\d{1,2}|par(?:16|20|30|38|56|64)|br(?:20|30|38|40))$/,
    what: 'lamp socket or bulb size',
    examples: ['GU10', 'E27', 'MR16', 'R7', 'PAR38', 'BR30'],
  },
  {
    pattern: /^(?:cr|lr|sr|ag|lir)\d{2,4}$|^(?:18650|21700|14500|26650|16340)$/,
    what: 'battery or cell size',
    examples: ['CR2032', 'LR44', 'SR626', 'AG13', 'LR03', '18650'],
  },
  { pattern: /^(?:k?n9[59]|ffp[123]|kf9[4])$/, what: 'mask class', examples: ['N95', 'KN95', 'FFP2', 'KF94'] },
  {
    pattern: /^(?:uv\d{3}|spf\d{2}|pa\d?|hepa\d{2}|h1[0-4]|pm(?:25|10))$/,
    what: 'UV, sun, filter or particle rating',
    examples: ['UV400', 'SPF50', 'HEPA13', 'H13', 'PM25'],
  },
  { pattern: /^r\d{2,3}a?$/, what: 'refrigerant', examples: ['R410A', 'R134A', 'R600A'] },
  {
    pattern: /^(?:ac|dc)\d{1,3}v?$|^ul\d{2,4}$/,
    what: 'mains rating or UL standard',
    examples: ['AC220', 'DC12V', 'UL94', 'UL2272'],
  },
  { pattern: /^[ab][0-6]$/, what: 'paper size', examples: ['A4', 'B5'] },
  {
    pattern: /^\d+(?:g|k|p|d)$/,
    what: 'network generation, resolution or yarn count',
    examples: ['5G', '4K', '1080P', '1000D'],
  },
  { pattern: /^v\d\d?$|^gen\d+$/, what: 'version or generation', examples: ['V2', 'V12', 'GEN3'] },
  { pattern: /^\d+in\d+$/, what: 'combination count', examples: ['3IN1', '10IN1'] },
];

export function isStandardLike(lowerKey: string): boolean {
  return STANDARDS.some((s) => s.pattern.test(lowerKey));
}

/** A number with units only: dimensions (`30x30cm`) or unit runs within their limits (`5v2a`, `120w`). */
export function isUnitLike(lowerKey: string): boolean {
  if (/^\d+(?:x\d+)+[a-z]*$/.test(lowerKey)) return true;
  // A decimal is a measure too ("9.8mm", "1.5l"), as a title's word keeps its point.
  const pairs = [...lowerKey.matchAll(/(\d+(?:[.,]\d+)?)([a-z]+)/g)];
  if (pairs.length > 0 && pairs.map((p) => p[0]).join('') === lowerKey) {
    return pairs.every((p) => {
      const limit = UNIT_LIMITS[p[2]!];
      return limit !== undefined && Number(p[1]!.replace(',', '.')) <= limit;
    });
  }
  return false;
}
