/**
 * Brands written differently by source (invented brands): a retailer or house prefix, a city or country
 * suffix, corporate forms (Ltd, GmbH, Co., 有限公司, 주식회사), and Latin brands spelt in Hangul.
 */
import { describe, expect, it } from 'vitest';
import { buildEngine } from '../../../lib/matching/engine';
import { hangulSkeleton, latinSkeleton } from '../../../lib/matching/hangul';
import { hangulPhoneticKey, latinPhoneticKey, latinPhoneticKeys, samePhonetic } from '../../../lib/matching/phonetic';
import { brandKeys, buildProfile, FEATURE } from '../../../lib/matching/profile';
import { record } from './fixtures';

describe('brand keys', () => {
  it.each([
    ['Maison Drell - Zorblin', 'zorblin'],
    ['Velmora Paris', 'velmora'],
    ['Quillet Germany GmbH', 'quillet'],
    ['Trevolo Co., Ltd.', 'trevolo'],
    ['Pellomir有限公司', 'pellomir'],
    ['(주)Korvani', 'korvani'],
    ['주식회사한별제약', '한별'],
    ['(주)가온식품', '가온'],
    ['Lumetta Sport FFP2 Maske', 'lumettasport'],
    ['CPSC, Quorvant Inc.', 'quorvant'],
    ['Lumo by QUORVANT PARIS', 'lumo'],
    ['Lumo by QUORVANT PARIS', 'quorvant'],
    ['Lumetta Sport Toy Drum', 'lumettasport'],
    // Glued with its legal form, a name also glues the company words before it.
    ['VelrockCompaniesInc.', 'velrock'],
    ['OrvandelAVTechnologiesLLC', 'orvandelav'],
    // What the firm trades in is not its name; an ordinary word left alone keeps the whole firm name too.
    ['Brisco Housewares LLC', 'brisco'],
    ['Halvard Sporting Goods', 'halvard'],
    ['Comet Trading', 'comettrading'],
    ['Brevik eBikes', 'brevik'],
    ['Halvard Sports', 'halvard'],
  ])('%s → %s', (raw, key) => {
    expect(brandKeys(raw)).toContain(key);
  });

  it('leaves a camel-case brand without a glued legal form whole', () => {
    expect(brandKeys('SumVelDirect')).toEqual(['sumveldirect']);
  });

  it('keeps a place that is the whole name', () => {
    expect(brandKeys('Paris')).toEqual(['paris']);
  });

  it('reads no brand from a legal form written after a comma', () => {
    expect(brandKeys('Velmora, Inc.')).toEqual(['velmora']);
    expect(brandKeys('Shenzhen Velmora Technology Co., Ltd')).not.toContain('ltd');
    expect(brandKeys('Velmora Co.,Ltd.')).not.toContain('ltd');
  });
});

describe('brand sounds', () => {
  it.each([
    ['벨모라', 'Velmora'],
    ['필로미르', 'Pellomir'],
    ['코르바니', 'Korvani'],
    ['트레볼로', 'Trevolo'],
    ['자블린', 'Zablin'],
    // "ay" is 에(이), English "ch" is ㅊ: invented brands spelt as Korean writes such names.
    ['크레이몰라', 'Craymola'],
    ['키차노', 'Kitchano'],
    // A silent r after i or e is written 어 (Cheer → 치어).
    ['티어벨', 'Teerbel'],
    ['미어코스', 'Meerkos'],
    // "au" is 오 or 아우; a closing sh, ch or dge takes 이.
    ['오벨', 'Auvel'],
    // "oa" and "aw" are 오; a stressed "ir" or "ur" is 어, as "er" is.
    ['코스텔', 'Coastel'],
    ['드롤리', 'Drawley'],
    ['버켈', 'Birkel'],
    ['터바노', 'Turvano'],
    // The t of "stle" is silent; "igh" is 아이; a closing "th" is 스.
    ['캐슬린', 'Castlen'],
    ['브라이티노', 'Brightino'],
    ['벨미스', 'Velmith'],
    ['브라우넬', 'Braunel'],
    ['브레시', 'Bresh'],
    ['코르마치', 'Kormatch'],
    ['벨리지', 'Velidge'],
    // After a consonant, a closing "er" is 어; "all" is 올.
    ['벨버', 'Velber'],
    ['볼리마', 'Ballima'],
    // A soft c, gu/qu before a vowel, and a closing silent e that lengthens the vowel before it.
    ['벨레이스', 'Velrace'],
    ['퀴벨', 'Quivel'],
    ['벨바이스', 'Velvice'],
    ['코르벨', 'Corvelle'],
    // "ch" before r or l is k.
    ['크로벨', 'Chrovel'],
    ['클로마노', 'Chlomano'],
    // Two vowels meeting across syllables stay two: 네오 is ne-o, not 너.
    ['코네오', 'Coneo'],
  ])('%s sounds like %s', (hangul, latin) => {
    expect(samePhonetic(hangulPhoneticKey(hangul), latinPhoneticKey(latin.toLowerCase()))).toBe(true);
  });

  // A g before e, i or y may be soft or hard: a brand offers both sounds.
  it.each([
    ['젤바노', 'Gelvano'],
    ['겔바노', 'Gelvano'],
    ['지노라', 'Ginora'],
    // A closing t is silent in Korean, doubled too.
    ['브레봇', 'Brevott'],
    // An i before the weak vowel of "-ian", "-ion" is long; the vowel is 어 or dropped.
    ['바이언트', 'Viant'],
    ['자이언토', 'Gianto'],
    // English "ui" before a consonant is 우; a closing "son" is 슨.
    ['쿠벨라', 'Cuivela'],
    ['벨슨', 'Velson'],
    ['코트슨', 'Cotson'],
    // An sh or German sch before a consonant is 슈; American English says a closed o as 아.
    ['슈윈벨', 'Schwinvel'],
    ['슈레벨', 'Shrevel'],
    ['벨캇', 'Velcott'],
    ['바스켈', 'Voskel'],
    // Outside English an "ea" is two vowels.
    ['코레아벨', 'Koreavel'],
    // German sch before w is 슈 with a v; a closing "ue" is 우; "tu" before a vowel is 추; a soft g with
    // the closing e spoken.
    ['슈바르델', 'Schwardel'],
    ['벨블루', 'Velblue'],
    ['코추라', 'Cotura'],
    ['벨티지', 'Veltige'],
    // "shion" is 션, as "tion" and "sion" are.
    ['로션', 'Roshion'],
  ])('%s is one of the sounds of %s', (hangul, latin) => {
    expect(latinPhoneticKeys(latin)).toContain(hangulPhoneticKey(hangul));
  });

  it('reads no long a before r, which makes its own vowel', () => {
    expect(latinPhoneticKeys('Dorari')).toEqual([latinPhoneticKey('Dorari')]);
  });

  // Each reading English spelling leaves open is a key of its own: a Korean title may spell any of them.
  it.each([
    ['a soft g', 'Gelvano', '젤바노 전기 주전자 1.7L 스테인리스'],
    ['a German w', 'Walbona', '발보나 전기 주전자 1.7L 스테인리스'],
    ['a long first i', 'Tivora', '타이보라 전기 주전자 1.7L 스테인리스'],
    ['a short first i', 'Tivora', '티보라 전기 주전자 1.7L 스테인리스'],
    ['its closing e spoken', 'Brokke', '브로케 전기 주전자 1.7L 스테인리스'],
    ['a long i and a spoken closing e', 'Dite', '다이테 전기 주전자 1.7L 스테인리스'],
    ['Italian cc and a European er', 'Orberto Velucci', '오르베르토 벨루치 전기 주전자 1.7L'],
    ['a p unspoken between m and t', 'Kempton', '켐톤 전기 주전자 1.7L 스테인리스'],
    ['a German ai', 'Kaivona', '카이보나 전기 주전자 1.7L 스테인리스'],
    ['a German chs', 'Dachsel', '닥셀 전기 주전자 1.7L 스테인리스'],
    ['a long a', 'Davora', '데이보라 전기 주전자 1.7L 스테인리스'],
  ])('finds a record whose brand a Korean title spells with %s', (_reading, brand, title) => {
    const engine = buildEngine([
      record('eu-safety-gate', 'A12/90002/24', { name: 'Electric kettle', type: 'Kettle', brands: [brand] }),
    ]);
    const [match] = engine.match({ site: 'aliexpress', title });
    expect(match?.evidence[0]).toMatchObject({ kind: 'brand', recordValue: brand, how: 'translated' });
  });

  it('hears a brand in a long Hangul word made with a kind', () => {
    const engine = buildEngine([
      record('kr-safetykorea', '9904', {
        name: '침대 매트리스',
        type: '침대 매트리스',
        brands: ['Mattressvilla'],
        models: ['MV-2207'],
      }),
    ]);
    const [match] = engine.match({ site: 'aliexpress', title: '매트리스빌라 MV-2207 퀸 침대 매트리스 포켓스프링' });
    expect(match?.evidence[0]).toMatchObject({ kind: 'brand', recordValue: 'Mattressvilla', how: 'translated' });
  });

  // A listing's Hangul brand finds its record through the key itself, so these keys must be equal.
  it.each([
    // s, z, j, ch and sh are one class: Korean spells them by sound (a French ch is 샤, a z after n is 츠).
    ['코렌츠', 'Korenz'],
    ['벨토이즈', 'Veltoys'],
    ['샤벨로', 'Chavelo'],
    // ts, tz and ds with no vowel after are one sound, 츠 or 즈; "tion" is 션.
    ['미라스포츠', 'Mirasports'],
    ['벨키즈', 'Velkids'],
    ['벨로션', 'Velotion'],
    // "ay" keeps its 에이 at the end of a word: only a written e is silent.
    ['벨웨이', 'Velway'],
    // A y after a consonant is 이; "ea" is 이.
    ['트롤비', 'Trolby'],
    ['클리노바', 'Cleanova'],
    // "eu" and "ew" are 유.
    ['뉴벨', 'Newvel'],
    ['큐로바', 'Keurova'],
    // "gn" is a bare n: ny in French and Italian (silent in English).
    ['벨리뇨', 'Velligno'],
  ])('%s has the sound key of %s', (hangul, latin) => {
    expect(hangulPhoneticKey(hangul)).toBe(latinPhoneticKey(latin.toLowerCase()));
  });

  it('drops the 르 that spells an r the Latin skeleton leaves out, and keeps one before a vowel', () => {
    expect(hangulSkeleton('메르벨')).toBe(latinSkeleton('mervel'));
    expect(hangulSkeleton('코르벨')).toBe(latinSkeleton('korvel'));
    expect(hangulSkeleton('베르아노')).toBe('PLN');
  });

  it.each([
    ['코렌츠', 'Korenk'],
    ['벨웨이', 'Velwick'],
    ['클리노바', 'Clanova'],
  ])('%s does not have the sound key of %s', (hangul, latin) => {
    expect(hangulPhoneticKey(hangul)).not.toBe(latinPhoneticKey(latin.toLowerCase()));
  });

  it.each([
    ['벨모라', 'Belkora'],
    ['코르바니', 'Kordani'],
    ['티어벨', 'Tarbel'],
    ['브레시', 'Bresk'],
    ['오벨', 'Aumel'],
    ['벨버', 'Velbar'],
    ['벨레이스', 'Velrake'],
  ])('%s does not sound like %s', (hangul, latin) => {
    expect(samePhonetic(hangulPhoneticKey(hangul), latinPhoneticKey(latin.toLowerCase()))).toBe(false);
  });

  it('matches a Korean title naming the brand in Hangul and the model', () => {
    const engine = buildEngine([
      record('kr-safetykorea', '9901', {
        name: '전기포트',
        type: '전기포트',
        brands: ['Velmora'],
        models: ['VK-2207'],
      }),
    ]);
    const [match] = engine.match({ site: 'aliexpress', title: '벨모라 전기포트 VK-2207 1.7L' });
    expect(match?.rule).toBe('brand-model');
    expect(match?.evidence[0]).toMatchObject({ kind: 'brand', listingValue: '벨모라', how: 'translated' });
    expect(
      engine.match({ site: 'aliexpress', title: '벨코라 전기포트 VK-2208 1.7L' }).filter((m) => m.tier !== 'similar'),
    ).toEqual([]);
  });

  it('reads a Hangul brand glued to the word after it, from three syllables with two left over', () => {
    const engine = buildEngine([
      record('us-cpsc', '90017', { name: 'Juice extractors', brands: ['Trevolo'], models: ['TV-6715'] }),
    ]);
    const [match] = engine.match({ site: 'aliexpress', title: '트레볼로비치 주스기 TV-6715 과일 착즙' });
    expect(match?.rule).toBe('brand-model');
    expect(match?.evidence[0]).toMatchObject({ kind: 'brand', listingValue: '트레볼로', how: 'translated' });
    // Two syllables left over at least: "트레볼로비" is no brand plus a word.
    const [short] = engine.match({ site: 'aliexpress', title: '트레볼로비 주스기 TV-6715 과일 착즙' });
    expect(short?.rule).not.toBe('brand-model');
  });

  it("reads a notice's two leading words as its brand when the first alone is an ordinary word", () => {
    // "Bright" names other products too: alone it is no brand.
    const others = Array.from({ length: 3 }, (_, i) =>
      record('eu-safety-gate', `A12/0100${i}/25`, { name: `Bright night light ${i}`, type: 'Night light' }),
    );
    const engine = buildEngine([
      ...others,
      record(
        'us-cpsc',
        '27501',
        { name: 'Bright Lakes Battery Packs', category: 'electrical' },
        { url: 'https://www.cpsc.gov/Recalls/2026/Velmora-Wholesale-Recalls-Battery-Packs-Due-to-Ingestion' },
      ),
    ]);
    const tiers = (title: string) => engine.match({ site: 'aliexpress', title }).map((m) => [m.ref, m.tier]);
    expect(tiers('Bright Lakes AA Alkaline Batteries 24 Pack')).toEqual([['27501', 'strong']]);
    expect(tiers('Bright AA Alkaline Batteries 24 Pack')).toEqual([['27501', 'similar']]);
  });

  it('reads the brand a trademark sign marks in a notice name, and keeps a marked line as its name', () => {
    const engine = buildEngine([
      record('us-cpsc', '27601', { name: 'Mr. Brewly® Single Cup Brewing System' }),
      record('us-cpsc', '27602', { name: 'Silver & Keller® Brewmate Coffeemakers' }),
      record('us-cpsc', '27603', { name: 'Trevolo Kompact™ Bike Helmets' }),
    ]);
    const strong = (title: string) =>
      engine
        .match({ site: 'aliexpress', title })
        .filter((m) => m.tier === 'strong')
        .map((m) => m.ref);
    expect(strong('Mr. Brewly Single Cup Brewing System Personal Coffee Maker')).toEqual(['27601']);
    expect(strong('SILVER+KELLER Brewmate Programmable Coffeemaker')).toEqual(['27602']);
    expect(strong('Silver Keller Programmable Coffeemaker')).toEqual([]);
    expect(strong('Trevolo Kompact bike helmet adult')).toEqual(['27603']);
    expect(strong('Trevolo Aerox bike helmet adult')).toEqual([]);
  });

  it('reads a brand\'s "&" as Korean does, 앤', () => {
    const engine = buildEngine([
      record('eu-safety-gate', 'A12/07001/25', {
        name: 'Electric kettle',
        type: 'Electric kettle',
        brands: ['Velmo & Kord'],
        models: ['VK-2207'],
      }),
    ]);
    const [match] = engine.match({ site: 'aliexpress', title: '벨모앤코드 전기포트 VK-2207 1.7L' });
    expect(match?.rule).toBe('brand-model');
    expect(match?.evidence[0]).toMatchObject({ kind: 'brand', listingValue: '벨모앤코드', how: 'translated' });
  });

  it("hears a notice's two-word brand in one Hangul word", () => {
    const engine = buildEngine([
      record('us-cpsc', '90018', { name: 'Zabel Crocker Juice Extractors', models: ['ZC-1480'] }),
    ]);
    const [match] = engine.match({ site: 'aliexpress', title: '자벨크로커 ZC-1480 전동 주스기' });
    expect(match?.rule).toBe('brand-model');
    expect(match?.evidence[0]).toMatchObject({ kind: 'brand', listingValue: '자벨크로커', how: 'translated' });
  });

  it('hears a short brand and the line after it as one Hangul sound', () => {
    const engine = buildEngine([
      record('eu-safety-gate', 'A12/07002/25', {
        name: 'Rell Tovana bicycle helmet',
        type: 'Helmet',
        brands: ['Rell'],
      }),
    ]);
    const [match] = engine.match({ site: 'temu', title: '렐 토바나 자전거 헬멧 경량 통풍' });
    expect(match?.tier).not.toBe('similar');
    expect(match?.evidence[0]).toMatchObject({ kind: 'brand', listingValue: '렐 토바나', how: 'translated' });
    const warned = (title: string) => engine.match({ site: 'temu', title }).filter((m) => m.tier !== 'similar');
    expect(warned('렐 카리노 자전거 헬멧 경량 통풍')).toEqual([]);
  });

  it('hears a brand that holds a kind word in a short Hangul word leading the title', () => {
    const engine = buildEngine([
      record('us-cpsc', '90023', { name: 'Velo Jumper 12-foot trampolines', brands: ['Velo Jumper'] }),
    ]);
    const [match] = engine.match({ site: 'temu', title: '벨로점퍼 트램펄린 12ft 보호망 포함 가정용' });
    expect(match?.tier).toBe('strong');
    expect(match?.evidence[0]).toMatchObject({ kind: 'brand', listingValue: '벨로점퍼', how: 'translated' });
  });

  it('matches a Latin title against a brand the record writes in Hangul', () => {
    const engine = buildEngine([
      record('kr-safetykorea', '9902', { name: '전기포트', type: '전기포트', brands: ['벨모라'], models: ['2207'] }),
    ]);
    const [match] = engine.match({ site: 'aliexpress', title: 'Velmora 2207 electric kettle 1.7L' });
    expect(match?.rule).toBe('brand-model');
    expect(match?.evidence[0]).toMatchObject({
      kind: 'brand',
      listingValue: 'Velmora',
      recordValue: '벨모라',
      how: 'translated',
    });
    expect(
      engine
        .match({ site: 'aliexpress', title: 'Belkora 2207 electric kettle 1.7L' })
        .filter((m) => m.tier !== 'similar'),
    ).toEqual([]);
  });

  it('hears a soft g in a Latin title against a brand the record writes in Hangul', () => {
    const engine = buildEngine([
      record('kr-safetykorea', '9903', { name: '전기포트', type: '전기포트', brands: ['젠토라'], models: ['2207'] }),
    ]);
    const [match] = engine.match({ site: 'aliexpress', title: 'Gentora 2207 electric kettle 1.7L' });
    expect(match?.rule).toBe('brand-model');
    expect(match?.evidence[0]).toMatchObject({ listingValue: 'Gentora', recordValue: '젠토라', how: 'translated' });
  });

  it('finds the brand inside a recall notice title', () => {
    const engine = buildEngine([
      record(
        'us-cpsc',
        '27101',
        { name: 'Night Lights', models: [] },
        { url: 'https://www.cpsc.gov/Recalls/2026/Drell-Home-Recalls-Zorvani-Night-Lights-Due-to-Fire-Hazard' },
      ),
    ]);
    const [match] = engine.match({ site: 'aliexpress', title: 'Zorvani LED night light plug in' });
    expect(match?.tier).toBe('strong');
    expect(match?.evidence[0]).toMatchObject({ kind: 'brand', recordValue: 'Zorvani' });
  });

  it("takes no brand from a notice's leading word that its own names write as a common noun", () => {
    const en = (...texts: string[]) => texts.map((text) => ({ lang: 'en' as const, text }));
    const engine = buildEngine([
      record('us-cpsc', '27201', { names: en('Paddleboard Drying Racks', 'paddleboard drying racks') }),
      record('us-cpsc', '27202', { names: en('Wexford-style patio chairs', 'Wexford Patio Chairs') }),
      // A brand styled in lower case keeps the capitals of the words around it.
      record('us-cpsc', '27203', { names: en('zumo Drying Racks') }),
    ]);
    const strong = (title: string) =>
      engine
        .match({ site: 'aliexpress', title })
        .filter((m) => m.tier !== 'similar')
        .map((m) => m.ref);
    expect(strong('Paddleboard Drying Rack Wall Mount Storage 2pcs')).toEqual([]);
    expect(strong('Wexford Patio Chair Weather Resistant Outdoor Lawn Chair')).toEqual([]);
    expect(strong('zumo Drying Rack Wall Mount Storage 2pcs')).toEqual(['27203']);
  });

  it("counts a name's first word as its name when the listing's brand is the notice's firm", () => {
    const engine = buildEngine([
      record(
        'us-cpsc',
        '27401',
        { name: 'Sparkel, Vireo Inline Skates', models: [] },
        { url: 'https://www.cpsc.gov/Recalls/2026/Zorvani-USA-Recalls-Inline-Skates-Due-to-Fall-Hazard' },
      ),
    ]);
    const [match] = engine.match({ site: 'aliexpress', title: 'Zorvani Sparkel 80 Inline Skates Adult Fitness' });
    expect(match?.rule).toBe('brand-name');
    expect(match?.evidence[1]).toMatchObject({ kind: 'title', recordValue: 'sparkel' });
    // Not repeated by the listing, the first word asks for nothing: the rest of the name still decides.
    const [other] = engine.match({ site: 'aliexpress', title: 'Zorvani Vireo 80 Inline Skates Adult Fitness' });
    expect(other?.rule).toBe('brand-name');
  });

  it('ends the firm a notice title names "recalled by" where the hazard begins', () => {
    const engine = buildEngine([
      record(
        'us-cpsc',
        '27703',
        { name: 'Bicycles with Q-LOX Front Wheel Rims', models: [] },
        {
          url: 'https://www.cpsc.gov/Recalls/2009/Bicycles-with-Q-LOX-Wheel-Rims-Recalled-by-Torvane-USA-Due-to-Crash-Hazard',
        },
      ),
    ]);
    const [match] = engine.match({ site: 'aliexpress', title: 'Torvane Q-LOX front wheel rim 700C road clincher' });
    expect(match?.evidence[0]).toMatchObject({ kind: 'brand', recordValue: 'Torvane USA' });
  });

  it('reads each part a brand leads as its product, and no firm from "<Product> Recalled Due to …"', () => {
    const engine = buildEngine([
      record(
        'us-cpsc',
        '27704',
        { name: 'Zento 14 and Zento 16 Kids Bikes', models: [] },
        {
          url: 'https://www.cpsc.gov/Recalls/2021/Zento-14-and-Zento-16-Kids-Bikes-Recalled-Due-to-Crash-Hazard-Imported-by-Drell-Recall-Alert',
        },
      ),
    ]);
    const warned = (title: string) => engine.match({ site: 'aliexpress', title }).filter((m) => m.tier !== 'similar');
    expect(warned('Zento 16 Kids Bike 16 inch Alloy Children Bicycle')[0]?.rule).toBe('brand-name');
    expect(warned('Zento 14 Kids Bike 14 inch balance')[0]?.rule).toBe('brand-name');
    expect(warned('Zento 24 Kids Bike 24 inch Alloy Youth Mountain Bike')).toEqual([]);
  });

  it('reads the product after "Announce Recall to Replace" and before "Recall by <Firm>"', () => {
    const engine = buildEngine([
      record('us-cpsc', '27705', {
        name: 'CPSC, Quillet LLC Announce Recall to Inspect and Replace Food Processors',
        models: [],
      }),
      record('us-cpsc', '27706', { name: 'Orvane Bicycles Recall by Drell Industries', models: [] }),
    ]);
    const warned = (title: string) => engine.match({ site: 'aliexpress', title }).filter((m) => m.tier !== 'similar');
    expect(warned('Quillet Food Processor 3 Cup Electric Chopper')[0]?.ref).toBe('27705');
    expect(warned('Orvane 20 inch Bicycle Kids Mountain Bike')[0]?.ref).toBe('27706');
  });

  it('finds the firm in an older notice title that puts the authority first', () => {
    const engine = buildEngine([
      record(
        'us-cpsc',
        '27701',
        { name: 'Pitchstar TV Tennis video games', models: [] },
        { url: 'https://www.cpsc.gov/Recalls/2001/CPSC-Zorvani-USA-Ltd-Recall-Tennis-Video-Games-to-Replace-Rackets' },
      ),
      record(
        'us-cpsc',
        '27702',
        { name: 'Otterling Baby Float baby flotation devices', models: [] },
        { url: 'https://www.cpsc.gov/Recalls/1995/CPSC-And-Quillet-Announce-Otterling-Baby-Float-Recall' },
      ),
    ]);
    const brandOf = (title: string) =>
      engine.match({ site: 'aliexpress', title }).find((m) => m.tier === 'strong')?.evidence[0];
    expect(brandOf('Zorvani Pitchstar TV Tennis Plug and Play Video Game')).toMatchObject({
      recordValue: 'Zorvani USA Ltd',
    });
    expect(brandOf('Quillet Otterling Baby Float Infant Swim Seat Pool Ring')).toMatchObject({
      recordValue: 'Quillet',
    });
  });

  it('finds a Latin product name written in Hangul, two words glued as Korean writes them', () => {
    const engine = buildEngine([
      record('eu-safety-gate', 'A12/90001/24', { name: 'Velmi Rosso', type: 'Aftershave', brands: ['Korvani'] }),
    ]);
    const warned = (title: string) => engine.match({ site: 'aliexpress', title }).filter((m) => m.tier !== 'similar');
    const [match] = warned('코르바니 벨미로소 애프터쉐이브 로션 100ml 남성용');
    expect(match?.rule).toBe('brand-name');
    expect(match?.evidence[1]).toMatchObject({ kind: 'title', listingValue: '벨미로소', how: 'translated' });
    expect(warned('코르바니 아쿠아 애프터쉐이브 로션 100ml 남성용')).toEqual([]);
  });
});

describe('a brand with several records', () => {
  it('cites the record whose model agrees and says other products of the brand were reported', () => {
    const engine = buildEngine([
      record('eu-safety-gate', 'SR/09001/25', {
        name: 'Electric kettle',
        type: 'Kettle',
        brands: ['Quillet'],
        models: ['QK-1702'],
      }),
      record('eu-safety-gate', 'SR/09002/25', {
        name: 'Electric kettle',
        type: 'Kettle',
        brands: ['Quillet'],
        models: ['QK-2290'],
      }),
      record('eu-safety-gate', 'SR/09003/25', {
        name: 'Hair dryer',
        type: 'Hair dryer',
        brands: ['Quillet'],
        models: ['QH-400'],
      }),
    ]);
    const matches = engine.match({ site: 'aliexpress', title: 'Quillet QK-1702 electric kettle 1.7L' });
    const warnings = matches.filter((m) => m.tier !== 'similar');
    expect(warnings.map((m) => m.ref)).toEqual(['SR/09001/25']);
    expect(warnings[0]!.otherRecordsOfBrand).toBe(2);
  });

  it('cites the record whose line the title names before the brand\u2019s records of brand and kind alone', () => {
    const engine = buildEngine([
      record('us-cpsc', '30101', { name: 'Corvella Breeze Folding Bicycles' }),
      record('us-cpsc', '30102', { name: 'Corvella Folding Bicycles' }),
      record('us-cpsc', '30103', { name: 'Corvella Electric Folding Bicycles' }),
    ]);
    const warned = (title: string) => engine.match({ site: 'aliexpress', title }).filter((m) => m.tier !== 'similar');
    const named = warned('Corvella Breeze Folding Bike 16 inch 6 Speed');
    expect(named.map((m) => m.ref)).toEqual(['30101']);
    expect(named[0]!.otherRecordsOfBrand).toBe(2);
    // A title that names no line of the brand still warns for the brand's records of its kind.
    expect(warned('Corvella Folding Bike 16 inch 6 Speed').map((m) => m.ref)).toContain('30102');
  });

  it('lets no record cite closer on words the title only translates', () => {
    const engine = buildEngine([
      record('us-cpsc', '30201', { name: 'Korvane Carabiners for Climbing', brands: ['Korvane'], models: [] }),
      record('us-cpsc', '30202', { name: 'Korvane Vista Climbing Harness', models: [] }),
    ]);
    const warned = engine
      .match({ site: 'aliexpress', title: '코르바네 클라이밍 하네스 성인용 안전벨트' })
      .filter((m) => m.tier !== 'similar');
    expect(warned.map((m) => m.ref)).toContain('30202');
  });

  it('says nothing of other products when the brand has one record', () => {
    const engine = buildEngine([
      record('eu-safety-gate', 'SR/09001/25', {
        name: 'Electric kettle',
        type: 'Kettle',
        brands: ['Quillet'],
        models: ['QK-1702'],
      }),
    ]);
    expect(
      engine.match({ site: 'aliexpress', title: 'Quillet QK-1702 electric kettle' })[0]?.otherRecordsOfBrand,
    ).toBeUndefined();
  });
});

describe('models that are ordinary words', () => {
  it('does not take a word other records use in their names as a model', () => {
    const engine = buildEngine([
      record('eu-safety-gate', 'SR/09101/25', {
        name: 'Night light',
        type: 'Night light',
        brands: ['Korvani'],
        models: ['Dream'],
      }),
      record('eu-safety-gate', 'SR/09102/25', { name: 'Dream catcher lamp', type: 'Lamp', brands: ['Plovik'] }),
      record('eu-safety-gate', 'SR/09103/25', { name: 'Sweet dream pillow', type: 'Pillow', brands: ['Holmvik'] }),
    ]);
    const rules = engine.match({ site: 'aliexpress', title: 'Korvani Dream desk lamp' }).map((m) => m.rule);
    expect(rules).not.toContain('brand-model');
  });

  it('reads several words without a digit in the model field as the product name', () => {
    const engine = buildEngine([
      record('kr-safetykorea', '9911', {
        name: '플러그 어댑터',
        type: '플러그 어댑터',
        brands: ['Norvik'],
        models: ['Adaptador Giratorio Con Interruptor'],
      }),
    ]);
    const warned = (title: string) => engine.match({ site: 'aliexpress', title }).filter((m) => m.tier !== 'similar');
    expect(warned('Norvik Rotating Plug Adapter with Switch EU')[0]?.rule).toBe('brand-name');
    expect(warned('Norvik Travel Plug Adapter EU')).toEqual([]);
  });

  it('still takes a rare word as the model beside the brand', () => {
    const engine = buildEngine([
      record('eu-safety-gate', 'SR/09101/25', {
        name: 'Night light',
        type: 'Night light',
        brands: ['Korvani'],
        models: ['Zephyrine'],
      }),
    ]);
    expect(engine.match({ site: 'aliexpress', title: 'Korvani Zephyrine night light' })[0]?.rule).toBe('brand-model');
  });
});

describe('a Korean product name that leads with its brand', () => {
  // Korean notices name products "<브랜드> <제품명>" while the maker field names the company behind them.
  const engine = buildEngine([
    record('kr-consumer24', 'RCLL_900001', {
      name: '루미엘 스테인리스 찌든때 지우개 클리너',
      brands: ['주식회사 벨라무역'],
    }),
    record('kr-consumer24', 'RCLL_900002', { name: '더 폴라베어 미라클 세정 페이스트', brands: ['소라상사'] }),
    record('kr-consumer24', 'RCLL_900003', { name: '유기농 모란 양배추환', brands: ['(주)다온농산'] }),
    record('kr-consumer24', 'RCLL_900004', { name: '하랑 청소용 식초' }),
    record('kr-consumer24', 'RCLL_900005', { name: '소담 세탁물 헹굼식초' }),
    record('kr-consumer24', 'RCLL_900007', { name: '벽걸이형 원목 선반 거치대' }),
    record('kr-safetykorea', '9907', { name: '가정용 섬유제품 (의류)', brands: ['Norvelle'] }),
  ]);
  const warnings = (title: string) => engine.match({ site: 'aliexpress', title }).filter((m) => m.tier !== 'similar');

  it('reads the first Hangul word as the brand', () => {
    const [match] = warnings('루미엘 스테인리스 찌든때 지우개 클리너 주방청소 1+1');
    expect(match?.rule).toBe('brand-name');
    expect(match?.evidence[0]).toMatchObject({ kind: 'brand', listingValue: '루미엘' });
  });

  it('keeps "더" (the) with the brand, written with or without the space, or leaves it out', () => {
    expect(warnings('더폴라베어 미라클 세정 페이스트 대용량')[0]?.ref).toBe('RCLL_900002');
    expect(warnings('폴라베어 미라클 세정 페이스트 대용량')[0]?.ref).toBe('RCLL_900002');
  });

  it('stays silent on the name without the brand, or the brand on another product', () => {
    expect(warnings('스테인리스 찌든때 지우개 클리너 주방청소')).toEqual([]);
    expect(warnings('루미엘 허브 티백 20개입')).toEqual([]);
  });

  it('reads a brand of two Hangul syllables', () => {
    expect(warnings('하랑 청소용 식초 1L')[0]?.ref).toBe('RCLL_900004');
    expect(warnings('하랑 주방세제 1L')).toEqual([]);
  });

  it('finds a name written without the space between its nouns', () => {
    expect(warnings('하랑 청소용식초 1L 천연세제')[0]?.ref).toBe('RCLL_900004');
    expect(warnings('하랑 청소용세제 1L')).toEqual([]);
  });

  it('finds a glued name word the title writes with the space', () => {
    expect(warnings('소담 세탁물 헹굼 식초 대용량')[0]?.ref).toBe('RCLL_900005');
    expect(warnings('소담 세탁물 헹굼 세제')).toEqual([]);
  });

  it('reads a leading Latin word as the brand of an imported product', () => {
    const imported = buildEngine([
      record('kr-consumer24', 'RCLL_900008', {
        name: 'Quillaro Grout Tile Pen(타일 줄눈 펜, 실버)',
        brands: ['연수무역'],
      }),
    ]);
    const warned = (title: string) => imported.match({ site: 'aliexpress', title }).filter((m) => m.tier !== 'similar');
    const [match] = warned('Quillaro 타일 줄눈 펜 그라우트 펜 실버 욕실 보수');
    expect(match?.rule).toBe('brand-name');
    expect(match?.evidence[0]).toMatchObject({ kind: 'brand', listingValue: 'Quillaro' });
    expect(warned('타일 줄눈 펜 그라우트 펜 실버 욕실 보수')).toEqual([]);
    expect(warned('Quillaro 욕실 실리콘 건 300ml')).toEqual([]);
  });

  it('counts the Hangul half of a name given in both scripts as the whole name', () => {
    const imported = buildEngine([
      record('kr-consumer24', 'RCLL_900012', {
        name: 'Quillaro Grout Tile Pen(타일 줄눈 펜, 실버)',
        brands: ['연수무역'],
      }),
    ]);
    const warned = (title: string) => imported.match({ site: 'aliexpress', title }).filter((m) => m.tier !== 'similar');
    expect(warned('Quillaro 타일 줄눈 펜 실버 욕실 주방 보수 마커')[0]?.rule).toBe('brand-name');
    expect(warned('Quillaro 타일 줄눈 펜 화이트 욕실 주방 보수 마커')).toEqual([]);
  });

  it('matches a foreign product the notice names in Hangul against a title in Latin letters', () => {
    const engine = buildEngine([
      record('kr-consumer24', 'RCLL_900011', { name: '더 벨로스터프 미라클 클리닝 페이스트', brands: ['소라상사'] }),
    ]);
    const warned = (title: string) => engine.match({ site: 'aliexpress', title }).filter((m) => m.tier !== 'similar');
    const [match] = warned('The Bellostuff Miracle Cleaning Paste 500g All Purpose Cleaner');
    expect(match?.rule).toBe('brand-name');
    expect(match?.evidence[0]).toMatchObject({ kind: 'brand', how: 'translated' });
    expect(warned('The Bellostuff Glass Spray 500ml')).toEqual([]);
  });

  it('reads a leading run of words in capitals as one brand', () => {
    const imported = buildEngine([
      record('kr-consumer24', 'RCLL_900010', { name: 'KORVI LAB Nano Liquid Coating Spray' }),
    ]);
    const warned = (title: string) => imported.match({ site: 'aliexpress', title }).filter((m) => m.tier !== 'similar');
    expect(warned('KORVI-LAB Nano Liquid Coating Spray Car Ceramic 100ml')[0]?.rule).toBe('brand-name');
    expect(warned('KORVI LAB Nano Liquid Coating Spray 100ml')[0]?.rule).toBe('brand-name');
    expect(warned('Nano Liquid Coating Spray Car Ceramic 100ml')).toEqual([]);
  });

  it('does not take a describing word that leads a name for a brand', () => {
    const described = buildEngine([
      record('kr-consumer24', 'RCLL_900009', { name: 'Handmade Incense Sticks(coffee 咖啡)' }),
    ]);
    const warned = (title: string) =>
      described.match({ site: 'aliexpress', title }).filter((m) => m.tier !== 'similar');
    expect(warned('Handmade Incense Sticks Coffee Scent 30pcs Bamboo Incense')).toEqual([]);
  });

  it('finds the brand of a maker named "<brand><trade>" in a glued product name', () => {
    const maker = buildEngine([
      record('kr-consumer24', 'RCLL_900006', { name: '한별소독용에탄올', brands: ['주식회사한별제약'] }),
    ]);
    const warned = (title: string) => maker.match({ site: 'aliexpress', title }).filter((m) => m.tier !== 'similar');
    expect(warned('한별 소독용 에탄올 1L')[0]?.rule).toBe('brand-name');
    expect(warned('소독용 에탄올 1L 약국')).toEqual([]);
    expect(warned('한별 손소독제 500ml')).toEqual([]);
  });

  it('finds the brand a title glues to the product type', () => {
    const lamps = buildEngine([
      record('kr-safetykorea', '9908', { name: '무드등', type: '무드등', brands: ['루미엘'] }),
    ]);
    const warned = (title: string) => lamps.match({ site: 'aliexpress', title }).filter((m) => m.tier !== 'similar');
    expect(warned('루미엘무드등 수면등 침실')[0]?.evidence[0]).toMatchObject({ kind: 'brand', listingValue: '루미엘' });
    expect(warned('미니무드등 수면등 침실')).toEqual([]);
  });

  it('never reads a descriptive word as the brand', () => {
    expect(warnings('유기농 양배추환 300g 국내산')).toEqual([]);
    // "-형" (…-type), "-용" (for …): modifiers; KATS names the kind of product, its brand has a field.
    expect(warnings('벽걸이형 원목 선반 거치대 인테리어')).toEqual([]);
    expect(warnings('가정용 섬유제품 의류 티셔츠')).toEqual([]);
  });
});

describe('the brand a CPSC product name leads with', () => {
  const implicitBrands = (name: string) =>
    buildProfile(record('us-cpsc', '99001', { name }))
      .features.filter((f) => f.key.startsWith(FEATURE.implicitBrand))
      .map((f) => f.key.slice(1));

  it('is the first word when the product follows it', () => {
    expect(implicitBrands('Zentra Plush Toys with Clips')).toContain('zentra');
    expect(implicitBrands('Zentra and Lumo-branded Power Supplies')).toContain('zentra');
    // A second brand joined by "and" or "&", with more of the name after it.
    expect(implicitBrands('Zentra and Lumotrak Chrome Dumbbells')).toEqual(['zentra', 'lumotrak']);
    expect(implicitBrands('Zentra & Lumotrak Chrome Dumbbells')).toEqual(['zentra', 'lumotrak']);
    expect(implicitBrands('Zentra and Kids Dumbbells')).toEqual(['zentra']);
  });

  it.each([
    'Quillows with Clips',
    'Snowpegs Products Used for Climbing',
    'Snowpegs (used for ice climbing)',
    'Lanterns sold at garden stores',
    'Giraffe and Zebra Plush Toys with Clips',
  ])('is not the thing itself: %s', (name) => {
    expect(implicitBrands(name)).toEqual([]);
  });
});

describe('a brand the seller appends to the title', () => {
  const engine = buildEngine([record('us-cpsc', '99002', { name: 'Zentra Crib Mattresses' })]);
  const tierOf = (title: string) => engine.match({ site: 'aliexpress', title })[0]?.tier;

  it('counts after a dash or bar at the end, as where sellers state it', () => {
    expect(tierOf('Foldable Crib Mattress Pad, Waterproof Cover - Zentra')).toBe('strong');
    expect(tierOf('Foldable Crib Mattress Pad Waterproof Cover | ZENTRA')).toBe('strong');
  });

  it('does not count in the middle of the title or glued on with a hyphen', () => {
    expect(tierOf('Foldable Crib Mattress Pad Zentra Waterproof Cover')).not.toBe('strong');
    expect(tierOf('Foldable Crib Mattress Pad Waterproof Cover-Zentra')).not.toBe('strong');
  });
});
