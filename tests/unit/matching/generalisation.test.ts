/**
 * Rules found by matching listings written for records the matcher was never tuned on. Brands, names and
 * models here are invented; each test names the general rule it holds.
 */
import { describe, expect, it } from 'vitest';
import { buildEngine, type Engine } from '../../../lib/matching/engine';
import type { Match } from '../../../lib/matching/types';
import { readName } from '../../../lib/matching/profile';
import { corpus, record } from './fixtures';

const en = (...texts: string[]) => texts.map((text) => ({ lang: 'en', text }));

const engine = buildEngine([
  ...corpus(),
  // The Safety Gate export gives the type as a second name.
  record('eu-safety-gate', 'SR/00101/25', {
    names: en('Silk Ready MOCHA', 'Tattoo ink - Permanent makeup'),
    type: 'Tattoo ink - Permanent makeup',
    brands: ['Dermaglo'],
    category: 'cosmetics',
  }),
  record('eu-safety-gate', 'SR/00103/25', {
    names: en('Travel Charger', 'USB charger'),
    type: 'USB charger',
    brands: ['Comet'],
    category: 'chargers',
  }),
  record('kr-safetykorea', '9101', {
    name: '초음파 가습기',
    type: '초음파 가습기',
    brands: ['Aquilo'],
    models: ['HQ-207'],
    category: 'electrical',
  }),
  record('us-cpsc', '29101', { name: 'Hammering Toys', models: ['Q777'], category: 'toys', forChildren: true }),
  record('eu-safety-gate', 'SR/00104/25', {
    names: en('Hairband with light for kids', 'Fancy-dress hairband'),
    type: 'Fancy-dress hairband',
    brands: ['Nordlys Copenhagen'],
    category: 'kids-clothing',
    forChildren: true,
  }),
  record('us-cpsc', '29201', { name: 'Zelvo Nova 3-Wheel Kick Scooters', category: 'sports', forChildren: true }),
  record('kr-safetykorea', '9201', {
    name: '완구 (인형)',
    type: '완구 (인형)',
    brands: ['Gleam'],
    category: 'toys',
    forChildren: true,
  }),
  record('eu-safety-gate', 'SR/00105/25', {
    names: en('Contact grill', 'Contact grill'),
    type: 'Contact grill',
    brands: ['KORVEN'],
    models: ['53113-000-0', 'AURELIS'],
    category: 'kitchen',
  }),
  record('eu-safety-gate', 'SR/00106/25', {
    names: en('Patterned soother chain', 'Soother holder'),
    type: 'Soother holder',
    brands: ['Tiny tot'],
    category: 'childcare',
    forChildren: true,
  }),
  record('eu-safety-gate', 'SR/00107/25', {
    names: en('Bear Lamp', 'Lamp'),
    type: 'Lamp',
    brands: ['Glowhaus'],
    category: 'lighting',
  }),
  record('eu-safety-gate', 'SR/00108/25', {
    names: en('Nola swing', 'Swing'),
    type: 'Swing',
    brands: ['Birchling'],
    category: 'toys',
    forChildren: true,
  }),
  // An alert written in French: its name is the type and a colour.
  record('eu-safety-gate', 'SR/00110/25', {
    names: [
      { lang: 'fr', text: 'Poupée rose' },
      { lang: 'fr', text: 'Poupée' },
    ],
    type: 'Poupée',
    brands: ['Velmora'],
    category: 'toys',
    forChildren: true,
  }),
  record('kr-safetykorea', '9102', {
    name: '제습기',
    type: '제습기',
    brands: ['Frostvik'],
    models: ['DQ-318'],
    category: 'electrical',
  }),
  record('eu-safety-gate', 'SR/00111/25', {
    names: en('Hair dye', 'Hair dye'),
    type: 'Hair dye',
    brands: ['Quenora'],
    category: 'cosmetics',
  }),
  // Alerts named in Hungarian and German, with a model and no brand.
  record('eu-safety-gate', 'SR/00112/25', {
    names: [{ lang: 'hu', text: 'Porszívó' }],
    type: 'Porszívó',
    models: ['VX-5520'],
    category: 'electrical',
  }),
  record('eu-safety-gate', 'SR/00113/25', {
    names: [{ lang: 'de', text: 'Heizlüfter mit Thermostat' }],
    type: 'Heizlüfter',
    models: ['HT-2291'],
    category: 'electrical',
  }),
  record('us-cpsc', '29301', { name: 'Power Banks', models: ['PB-7740'], category: 'chargers' }),
  // Names in the alert's language decorated with a theme or an animal, as English names are.
  record('eu-safety-gate', 'SR/00115/25', {
    names: [{ lang: 'fr', text: 'Peluche licorne' }],
    type: 'Soft toy',
    brands: ['Brimwell'],
    category: 'toys',
    forChildren: true,
  }),
  // Alerts naming the kind only in French or Polish, with a model.
  record('eu-safety-gate', 'SR/00119/25', {
    names: [{ lang: 'fr', text: 'Boîte à musique' }],
    type: 'Boîte à musique',
    models: ['MB-4471'],
    category: 'toys',
  }),
  record('eu-safety-gate', 'SR/00120/25', {
    names: [{ lang: 'pl', text: 'Lampka rowerowa tylna' }],
    type: 'Lampka rowerowa',
    models: ['BL-2207'],
    category: 'lighting',
  }),
  // Function and age words of Portuguese and Romanian names.
  record('eu-safety-gate', 'SR/00117/25', {
    names: [{ lang: 'pt', text: 'Boneca com roupa para criancas' }],
    type: 'Boneca',
    brands: ['Quarvel'],
    category: 'toys',
    forChildren: true,
  }),
  record('eu-safety-gate', 'SR/00119/25', {
    names: [{ lang: 'fr', text: 'Peinture à doigts lavable, primaire, 6' }],
    type: 'Finger paint',
    brands: ['Pastelo'],
    category: 'toys',
    forChildren: true,
  }),
  record('eu-safety-gate', 'SR/00120/25', {
    names: en('Astronaut starry sky projector'),
    type: 'Projector',
    brands: ['Quorvel'],
    category: 'lighting',
  }),
  record('eu-safety-gate', 'SR/00118/25', {
    names: [{ lang: 'ro', text: 'Papusa pentru copii' }],
    type: 'Papusa',
    brands: ['Zennick'],
    category: 'toys',
    forChildren: true,
  }),
  record('eu-safety-gate', 'SR/00116/25', {
    names: [{ lang: 'de', text: 'Kuscheltier Hase' }],
    type: 'Soft toy',
    brands: ['Tovenko'],
    category: 'toys',
    forChildren: true,
  }),
  record('eu-safety-gate', 'SR/00114/25', {
    names: en('Vacuum cleaner', 'Vacuum cleaner'),
    type: 'Vacuum cleaner',
    brands: ['Korvalo'],
    category: 'electrical',
  }),
  record('kr-consumer24', '9301', {
    name: 'Incense sticks sandalwood',
    type: 'Incense sticks',
    brands: ['Ashmorel'],
    category: 'chemical-products',
  }),
  record('eu-safety-gate', 'SR/00102/25', {
    names: en('FAST CHARGER, TRAVEL ADAPTER', 'USB charger'),
    type: 'USB charger',
    brands: ['Kaitun'],
    category: 'chargers',
  }),
  // A maker with many recalls: five notices lead with its name, one gives it as the brand.
  ...['Baby Swings', 'Ice Crushers', 'Space Heaters', 'Pressure Washers', 'Camping Stoves'].map((name, i) =>
    record('us-cpsc', `2960${i}`, { name: `Travorix ${name}`, category: 'other', forChildren: i === 0 }),
  ),
  record('us-cpsc', '29610', { name: 'Tool Chests', brands: ['Travorix'], category: 'other' }),
  // Another word leading as many notices, that no notice gives as a brand.
  ...['Baby Swings', 'Ice Crushers', 'Space Heaters', 'Pressure Washers', 'Camping Stoves'].map((name, i) =>
    record('us-cpsc', `2970${i}`, { name: `Quenbrook ${name}`, category: 'other', forChildren: i === 0 }),
  ),
  record('us-cpsc', '29620', { name: 'Zenthra Hair Growth Serum Bottles', category: 'other' }),
  record('us-cpsc', '29630', {
    name: 'Adult Portable Bed Rails',
    brands: ['Morvique'],
    models: ['MQV-330'],
    category: 'furniture',
  }),
  record('us-cpsc', '29631', { name: 'GR 450 Backpack Blowers', brands: ['Halvrik'], category: 'other' }),
  record('eu-safety-gate', 'SR/00140/25', {
    names: en('Art & Craft Stamps 20 pcs.', 'Toy stamps'),
    type: 'Toy stamps',
    brands: ['Kelvory'],
    category: 'toys',
    forChildren: true,
  }),
  record('kr-consumer24', '9140', {
    name: 'Nuvelo Bathroom Descaler',
    brands: ['Nuvelo'],
    category: 'chemical-products',
  }),
  record('eu-safety-gate', 'SR/00150/25', {
    names: en('Kestra', 'Passenger car'),
    type: 'Passenger car',
    brands: ['Vantor'],
    category: 'vehicles',
  }),
  record('eu-safety-gate', 'SR/00151/25', {
    names: en('AirPure 3', 'Air purifier'),
    type: 'Air purifier',
    brands: ['Quellon'],
    category: 'electrical',
  }),
  // A notice for a compatible part names the brand it fits in its own name.
  record('kr-consumer24', '9150', { name: 'Quellon 에어퓨어 공기청정기 호환필터 블루', category: 'chemical-products' }),
  record('eu-safety-gate', 'SR/00160/25', {
    names: en('Headband', 'Hair accessory'),
    type: 'Hair accessory',
    brands: ['Sinsay'],
    category: 'kids-clothing',
  }),
  record('eu-safety-gate', 'SR/00161/25', {
    names: en('Headband', 'Hair accessory'),
    type: 'Hair accessory',
    brands: ['Morvelle'],
    category: 'kids-clothing',
  }),
  record('us-cpsc', '29701', {
    // CPSC's description names the product a second time, "<Brand> branded …".
    names: en('Brivana Children\u2019s Activity Cubes', 'Brivana branded children\u2019s wooden activity cubes'),
    category: 'toys',
    forChildren: true,
  }),
  record('us-cpsc', '29702', { name: 'Talvero Children\u2019s Chess Games', brands: ['Talvero'], category: 'toys' }),
  record('us-cpsc', '29703', {
    names: en('Power Banks and Wireless Charging Stands', 'charging stands'),
    models: ['QZM417'],
    category: 'chargers',
  }),
  record('kr-safetykorea', '9702', {
    name: '가정용 섬유제품 (의류)',
    brands: ['Varnok'],
    models: ['Art. n\uFFFD 1471996'],
    category: 'clothing',
  }),
  record('kr-safetykorea', '9703', {
    name: '유아용 섬유제품 (신발)',
    brands: ['Lumibb'],
    models: ['Sizes: n\uFFFD15', '16', '17', '18.'],
    category: 'kids-clothing',
    forChildren: true,
  }),
  record('kr-consumer24', '9704', { name: 'Wipes removes stubborn grime(세정제)', brands: ['텔모리'] }),
  record('us-cpsc', '29704', {
    names: en('Quenbo Building Toy Sets', 'Quenbo-branded treehouse building toy sets'),
    category: 'toys',
    forChildren: true,
  }),
  record('us-cpsc', '29705', {
    names: en('Brelvo LED Mini Lights', 'Brelvo-branded LED mini lights'),
    category: 'lighting',
  }),
  record('kr-safetykorea', '9705', { name: '헬스기구', brands: ['Torvikson'], models: ['QX-71'], category: 'sports' }),
  record('kr-safetykorea', '9706', {
    name: '가구 (의자)',
    brands: ['Velmoor'],
    models: ['34571'],
    category: 'furniture',
  }),
  record('kr-safetykorea', '9707', {
    name: '자전거(마운틴바이크)',
    brands: ['벨로트레이딩주식회사'],
    models: ['QT사 제조 벨로체 4.0 2012년 모델', '프론트 포크 VELTOUR QF12-XVM 26'],
    category: 'sports',
  }),
  record('kr-safetykorea', '9708', { name: '차일드 트레일러', brands: ['Velrio'], models: ['QV(QV1, QV2)'] }),
  record('eu-safety-gate', 'SR/00171/25', {
    names: en('Toothpaste for children', 'Toothpaste'),
    type: 'Toothpaste',
    brands: ['Dentrova'],
    category: 'cosmetics',
  }),
  record('eu-safety-gate', 'SR/00172/25', {
    names: [
      { lang: 'und', text: 'Quilla d\u2019Orvane' },
      { lang: 'en', text: 'Perfume' },
    ],
    type: 'Perfume',
    brands: ['Orvane'],
    category: 'cosmetics',
  }),
  record('us-cpsc', '29710', {
    names: en('Corvane Studio Tea Kettles'),
    brands: ['Corvane Studio'],
    category: 'kitchen',
  }),
  record('us-cpsc', '29711', { names: en('Velsicar 18-Drawer Dressers'), category: 'furniture' }),
  record('us-cpsc', '29712', { names: en('Quelinux Baby Loungers'), category: 'other', forChildren: true }),
  record('us-cpsc', '29713', { names: en('Trovili Wintergreen Essential Oil'), category: 'other' }),
  record('us-cpsc', '29714', { names: en('Korvella Steam Espresso Machines'), models: ['90731'], category: 'kitchen' }),
  record('us-cpsc', '29715', { names: en('Zenvor Ice Crushers'), category: 'other' }),
  record('us-cpsc', '29716', {
    names: en('Quorli Adult Portable Bed Rails'),
    brands: ['Quorli'],
    category: 'furniture',
  }),
  record('us-cpsc', '29717', { names: en('Luvrin Submersible LED Lights'), category: 'lighting' }),
  record('us-cpsc', '29718', {
    names: en(
      'Velmoor Children\u2019s and Youth Helmets',
      'Velmoor-branded children\u2019s and youth bicycle/multi-purpose helmets',
    ),
    brands: ['Velmoor'],
    category: 'sports',
    forChildren: true,
  }),
  record('us-cpsc', '29719', {
    names: en('Quorvel Children\u2019s Pajamas', '12 styles of Quorvel-branded children\u2019s pajamas'),
    brands: ['Quorvel'],
    category: 'kids-clothing',
    forChildren: true,
  }),
  record('us-cpsc', '29720', {
    names: en('Trelva Nightgowns', 'Trelva children\u2019s 100% cotton short-sleeve nightgowns'),
    category: 'kids-clothing',
    forChildren: true,
  }),
  record('us-cpsc', '29721', {
    names: en('Zelvio Ice Crushers', 'Zelvio\u2019s ice crushing machines designed for consumer use'),
    category: 'other',
  }),
  record('us-cpsc', '29722', { names: en('Trevik 24 KG Quickset Dumbbells'), category: 'sports' }),
  record('us-cpsc', '29723', { names: en('Zorvex 36 volt Quorra scooters'), category: 'sports' }),
  record('us-cpsc', '29726', {
    names: en('Brisko Trampolines', 'Brisko 14-foot trampolines and enclosure combo'),
    brands: ['Brisko'],
    category: 'sports',
  }),
  record('us-cpsc', '29724', {
    names: en('Snowboard Boot Bindings', 'Velcora Snowboards Co'),
    brands: ['Velcora Snowboards'],
    category: 'sports',
  }),
  record('eu-safety-gate', 'SR/00170/25', {
    names: en('BARVA NA VLASY LUMIRA 5-12', 'Hair dye'),
    type: 'Hair dye',
    brands: ['Lumira'],
    category: 'cosmetics',
  }),
]);
/** The records an engine warns on for a title (exact or strong), by reference. */
const warnedRefs = (on: Engine) => (title: string) =>
  on
    .match({ site: 'aliexpress', title })
    .filter((m: Match) => m.tier !== 'similar')
    .map((m) => m.ref);

const warned = (title: string) =>
  engine
    .match({ site: 'aliexpress', title })
    .filter((m: Match) => m.tier !== 'similar')
    .map((m) => m.recordId);

describe('names that only repeat the product type', () => {
  it('do not count as the specific name: brand + "tattoo ink" is not another shade of the brand', () => {
    expect(warned('Dermaglo Silk Caramel Permanent Makeup Pigment Eyebrow Tattoo Ink 15ml')).toEqual([]);
    expect(warned('Dermaglo Silk Ready Mocha Permanent Makeup Tattoo Ink 15ml')).toEqual([
      'eu-safety-gate:SR/00101/25',
    ]);
  });
});

describe('a name that repeats the type asks for no more than the type', () => {
  it('lets brand + the kind of product match when the record names nothing more specific', () => {
    expect(warned('Nordlys Copenhagen Hairband with Light for Kids LED Glow Headband Party')).toEqual([
      'eu-safety-gate:SR/00104/25',
    ]);
    expect(warned('Nordlys Copenhagen Bluetooth Speaker for Kids')).toEqual([]);
  });
});

describe('a record named in its own language', () => {
  it('counts colours and fillers of that language as no specific name: brand + the type is enough', () => {
    expect(warned('Velmora Doll for Girls 30cm Soft Body Toy')).toEqual(['eu-safety-gate:SR/00110/25']);
    expect(warned('Velmora Bluetooth Speaker for Girls')).toEqual([]);
  });
});

describe('a misspelt brand', () => {
  it('needs more than the product type beside it: one letter apart is another company', () => {
    expect(warned('Kaiyun Fast Charger Travel Adapter 18W QC3.0 USB Wall Plug')).toEqual([]);
    expect(warned('Kaitun Fast Charger Travel Adapter 18W QC3.0 USB Wall Plug')).toEqual([
      'eu-safety-gate:SR/00102/25',
    ]);
  });
});

describe('a brand word that says what the product looks like', () => {
  it('is a description before "shape", "style" or "print", and a brand otherwise', () => {
    expect(warned('Cute Comet Shape USB Wall Charger 5V 2A Cartoon Phone Charger Kids Gift')).toEqual([]);
    expect(warned('Comet Travel Charger USB Wall Charger 5V 2A')).toEqual(['eu-safety-gate:SR/00103/25']);
  });
});

describe('everyday product types sold on the marketplaces', () => {
  it('pair a model number with a humidifier in English or Korean', () => {
    expect(warned('Ultrasonic Humidifier HQ-207 Cool Mist Aroma Diffuser Bedroom 300ml')).toEqual([
      'kr-safetykorea:9101',
    ]);
    expect(warned('미니 가습기 HQ207 USB 무드등')).toEqual(['kr-safetykorea:9101']);
    expect(warned('Ultrasonic Humidifier HQ-208 Cool Mist')).toEqual([]);
  });

  it('pair a model number with a large appliance named in Korean by the record and in English by the title', () => {
    expect(warned('Compact Dehumidifier DQ-318 12L Moisture Absorber Basement')).toEqual(['kr-safetykorea:9102']);
    expect(warned('가정용 제습기 DQ318 저소음')).toEqual(['kr-safetykorea:9102']);
    expect(warned('Compact Dehumidifier DQ-381 12L')).toEqual([]);
  });

  it('pair a brand with a cosmetic type written in Korean by the title', () => {
    expect(warned('Quenora 염색약 새치 커버 크림 100ml')).toEqual(['eu-safety-gate:SR/00111/25']);
    expect(warned('Quenora 바디워시 500ml')).toEqual([]);
  });

  it('read "toys" and "toy" as one word, so a plural record name meets a singular title', () => {
    expect(warned('Wooden Hammering Toy Q777 Whack a Mole Game')).toEqual(['us-cpsc:29101']);
  });
});

describe('what sellers write around the product', () => {
  it('does not read "3-Wheel" or "12-Pack" in a notice name as a model number', () => {
    expect(warned('Kids Scooter 3 Wheel Adjustable Height LED Wheels Kick Scooter for Toddlers')).toEqual([]);
    expect(warned('Zelvo Nova 3-Wheel Kick Scooter for Kids')).toEqual(['us-cpsc:29201']);
  });

  it('wants a brand + kind match to name the brand where sellers do: first, in capitals, or in a Korean title', () => {
    expect(warned('LOVEBABY Gleam Reborn Doll 50cm Silicone Realistic Newborn Baby Doll')).toEqual([]);
    expect(warned('Gleam Reborn Doll 50cm Silicone Realistic Newborn Baby Doll')).toEqual(['kr-safetykorea:9201']);
    expect(warned('리본 아기 인형 Gleam 50cm 실리콘')).toEqual(['kr-safetykorea:9201']);
  });

  it('does not let a product-line model of the brand match a listing of another kind', () => {
    expect(warned('KORVEN Aurelis Electric Kettle 1.5L Stainless Steel Cordless')).toEqual([]);
    expect(warned('KORVEN Aurelis Contact Grill Panini Press 2000W')).toEqual(['eu-safety-gate:SR/00105/25']);
  });

  it("keeps a brand followed by a look word when that word begins the record's own name", () => {
    expect(warned('Tiny Tot Patterned Soother Chain Pacifier Clip Dummy Holder')).toEqual([
      'eu-safety-gate:SR/00106/25',
    ]);
  });

  it('matches a brand + a name made of ordinary words only when the listing repeats all of it, brand first', () => {
    expect(warned('Glowhaus Bear Lamp LED Night Light Cute Bear Table Lamp')).toEqual(['eu-safety-gate:SR/00107/25']);
    expect(warned('Glowhaus Cat Lamp LED Night Light')).toEqual([]);
    expect(warned('Cute Bear Lamp LED Night Light Glowhaus')).toEqual([]);
  });

  it('knows a swing as a kind of product', () => {
    expect(warned('Birchling Nola Swing Kids Wooden Swing Seat Indoor Outdoor')).toEqual([
      'eu-safety-gate:SR/00108/25',
    ]);
  });
});

describe('a French name with an elided article', () => {
  it('reads "d\u2019Orvane" as the brand after its article, in the record and in the title', () => {
    expect(warned("Quilla d'Orvane Eau de Parfum 85ml for Women")).toEqual(['eu-safety-gate:SR/00172/25']);
    expect(warned('Orvane Quilla perfume 85ml')).toEqual(['eu-safety-gate:SR/00172/25']);
    expect(warned('Orvane Solenne perfume 85ml')).toEqual([]);
  });
});

describe('what a CPSC description adds around the name', () => {
  it('names no product with a count of styles, a share of cotton, a sleeve or what it is designed for', () => {
    expect(warned('Quorvel 아동 잠옷 세트 공식 키즈 파자마')).toEqual(['us-cpsc:29719']);
    expect(warned('Trelva 여아 잠옷 원피스 순면 반팔 아동 나이트가운')).toEqual(['us-cpsc:29720']);
    expect(warned('Zelvio 전기 빙삭기 얼음 분쇄기 업소용')).toEqual(['us-cpsc:29721']);
    expect(warned('Trelva 여아 운동화 키즈')).toEqual([]);
  });

  it("names no product with a firm's legal form left in a name", () => {
    expect(warned('Velcora Snowboards snowboard bindings men M/L black')).toEqual(['us-cpsc:29724']);
  });

  it('names no product with a measure and its unit', () => {
    expect(warned('Trevik Quickset adjustable dumbbells pair home gym')).toEqual(['us-cpsc:29722']);
    expect(warned('Trevik adjustable kettlebell 20 LB')).toEqual([]);
    // Feet written out or as "FT", and "combo" says nothing; another size is another product.
    expect(warned('Brisko 14FT Trampoline with Safety Enclosure Net')).toEqual(['us-cpsc:29726']);
    expect(warned('Brisko 12FT Trampoline with Safety Enclosure Net')).toEqual([]);
    // A unit written out ("36 volt") as well as glued ("36V").
    expect(warned('Zorvex Quorra 36V electric scooter foldable')).toEqual(['us-cpsc:29723']);
  });
});

describe('a model a notice writes with a space', () => {
  const spaced = buildEngine([
    record('us-cpsc', '29793', { name: 'Zento TX 440 and TX 550 Treadmills' }),
    record('us-cpsc', '29794', { name: 'Quillet REV 12-inch Bicycles' }),
    record('us-cpsc', '29795', { name: 'Model Year Quillet MY 2021 kick scooters' }),
  ]);
  const strong = warnedRefs(spaced);

  it('reads capitals and a number as the model, as sellers glue it', () => {
    expect(strong('TX440 folding treadmill home running machine')).toEqual(['29793']);
    expect(strong('TX-550 electric treadmill 2.5HP')).toEqual(['29793']);
    expect(strong('TX440 resistance bands set')).toEqual([]);
  });

  it('does not read a size or a model year as one', () => {
    expect(strong('REV12 kids bicycle with training wheels')).toEqual([]);
    expect(strong('MY2021 kick scooter for kids')).toEqual([]);
  });
});

describe('what a notice writes in its model field', () => {
  it('reads an article number behind a garbled n\u00b0 cue', () => {
    expect(warned('Varnok 바르녹 Art. 1471996 아동 방한 점퍼 의류')).toEqual(['kr-safetykorea:9702']);
    expect(warned('Varnok 바르녹 Art. 1471997 아동 방한 점퍼 의류')).toEqual([]);
  });

  it('reads a Korean sentence as a name and takes the codes in it as models', () => {
    expect(warned('QT 벨로체 4.0 산악자전거 MTB 26인치 VELTOUR QF12-XVM 포크')).toEqual(['kr-safetykorea:9707']);
    expect(warned('VELTOUR QF12-XVN 산악자전거 26인치')).toEqual([]);
  });

  it('reads whole models in parentheses that start with the base as models, not suffixes', () => {
    expect(warned('Velrio QV2 Child Bike Trailer 2 Seat')).toEqual(['kr-safetykorea:9708']);
    expect(warned('Velrio QV3 Child Bike Trailer 2 Seat')).toEqual([]);
  });

  it('takes a list of sizes for no model, so brand and kind can agree', () => {
    expect(warned('Lumibb 유아 아기 첫걸음마 신발 논슬립 소프트 밑창')).toEqual(['kr-safetykorea:9703']);
    expect(warned('Lumibb 유아 아기 양말 5켤레')).toEqual([]);
  });
});

describe('product types by kind and language', () => {
  it('read a basketball set as a hoop', () => {
    const hoops = buildEngine([record('us-cpsc', '29792', { name: 'Zento Grow-to-Pro Basketball Sets' })]);
    const strong = warnedRefs(hoops);
    expect(strong('젠토 Grow-to-Pro 농구대 세트 어린이 높이조절')).toEqual(['29792']);
    expect(strong('젠토 Grow-to-Pro 축구 골대 세트 어린이')).toEqual([]);
  });

  it('tell an espresso machine from a drip coffee maker, in English and Korean', () => {
    const coffee = buildEngine([
      record('us-cpsc', '29790', { name: 'Quillet automatic coffeemakers' }),
      record('us-cpsc', '29791', { name: 'Quillet Espresso/Cappuccino Machines' }),
    ]);
    const strong = warnedRefs(coffee);
    expect(strong('Quillet drip coffee maker 12 cup programmable')).toEqual(['29790']);
    expect(strong('Quillet espresso cappuccino machine 15 bar milk frother')).toEqual(['29791']);
    expect(strong('퀼렛 에스프레소 카푸치노 머신 스팀 우유거품기')).toEqual(['29791']);
  });

  it('read activity cubes and chess games as kinds, so brand and kind agree ("branded" names nothing)', () => {
    expect(warned('BRIVANA Wooden Activity Cube Baby Bead Maze Shape Sorter')).toEqual(['us-cpsc:29701']);
    expect(warned('BRIVANA wooden stacking rings for toddlers')).toEqual([]);
    expect(warned('talvero kids chess game magnetic board')).toEqual(['us-cpsc:29702']);
    expect(warned('talvero kids jigsaw puzzle 100 pieces')).toEqual([]);
  });

  it('read wipes as a kind, in English and Korean', () => {
    expect(warned('텔모리 Wipes removes stubborn grime 다목적 세정 티슈 80매')).toEqual(['kr-consumer24:9704']);
    expect(warned('텔모리 다목적 세정 스프레이 500ml')).toEqual([]);
  });

  it('read a building toy set as building blocks', () => {
    expect(warned('큐엔보 Quenbo 트리하우스 블록 조립 장난감 LED 조명')).toEqual(['us-cpsc:29704']);
    expect(warned('Quenbo treehouse wall sticker for kids room')).toEqual([]);
  });

  it('read mini and balloon lights as light strings, in English and Korean', () => {
    expect(warned('Brelvo LED 미니 라이트 풍선 파티 조명 30개입')).toEqual(['us-cpsc:29705']);
    expect(warned('Brelvo LED mini lights for balloons 30 pcs')).toEqual(['us-cpsc:29705']);
    expect(warned('Brelvo LED desk lamp with USB')).toEqual([]);
  });

  it('read a chair as a kind of furniture, and elliptical trainers as fitness equipment', () => {
    expect(warned('발모어 34571 의자 높이조절 학생 의자 사무용')).toEqual(['kr-safetykorea:9706']);
    expect(warned('34571 원목 책상 학생용')).toEqual([]);
    expect(warned('QX71 헬스 기구 가정용 일립티컬 크로스 트레이너')).toEqual(['kr-safetykorea:9705']);
    expect(warned('QX71 블루투스 스피커 휴대용')).toEqual([]);
  });

  it('read toothpaste as a kind, in English and Korean', () => {
    expect(warned('덴트로바 Dentrova 미백 치약 120g 3개')).toEqual(['eu-safety-gate:SR/00171/25']);
    expect(warned('Dentrova 칫솔 세트 부드러운모')).toEqual([]);
  });

  it('read household kinds in Korean titles: kettles, dressers, loungers, oils, espresso machines, ice crushers, bed rails', () => {
    expect(warned('Corvane Studio 스테인리스 주전자 휘슬 티케틀 2.5L')).toEqual(['us-cpsc:29710']);
    expect(warned('Velsicar 18칸 서랍장 패브릭 수납장 침실')).toEqual(['us-cpsc:29711']);
    expect(warned('Quelinux 아기 라운저 신생아 휴대용 아기 둥지')).toEqual(['us-cpsc:29712']);
    expect(warned('Trovili 윈터그린 에센셜 오일 30ml 천연 아로마')).toEqual(['us-cpsc:29713']);
    expect(warned('Korvella 스팀 에스프레소 머신 90731 커피메이커')).toEqual(['us-cpsc:29714']);
    expect(warned('Zenvor 전기 빙삭기 얼음 분쇄기 빙수기계 300W')).toEqual(['us-cpsc:29715']);
    expect(warned('Quorli 노인 침대 안전 레일 어르신 침대 보조 손잡이')).toEqual(['us-cpsc:29716']);
    expect(warned('Luvrin 수중 LED 조명 리모컨 방수 캔들 라이트')).toEqual(['us-cpsc:29717']);
    // The same brands on other kinds stay silent.
    expect(warned('Zenvor 전기 믹서기 블렌더 300W')).toEqual([]);
    expect(warned('Velsicar 원목 책상 학생용')).toEqual([]);
    expect(warned('Luvrin 책상 스탠드 LED 조명 무드등')).toEqual([]);
  });

  it('ask an English name only for the kind it ends with, not the kinds it is used with', () => {
    expect(warned('Velmoor Kids Bike Helmet Youth Multi-Sport Skateboard Helmet')).toEqual(['us-cpsc:29718']);
    expect(warned('Velmoor kids bicycle 16 inch with training wheels')).toEqual([]);
  });

  it('read a charging stand as a charger', () => {
    expect(warned('QZM417 3 in 1 Magnetic Wireless Charging Stand for Phone Watch')).toEqual(['us-cpsc:29703']);
    expect(warned('QZM417 phone case magnetic')).toEqual([]);
  });

  it('read a Czech hair-dye name as the hair dye kind', () => {
    expect(warned('루미라 염색약 LUMIRA 5-12 새치 커버 헤어 컬러')).toEqual(['eu-safety-gate:SR/00170/25']);
    expect(warned('LUMIRA 5-12 shampoo for coloured hair')).toEqual([]);
  });

  it('pair a model with the kind named in a Korean title and in the language of the alert', () => {
    expect(warned('무선 청소기 VX-5520 핸디형 강력 흡입')).toEqual(['eu-safety-gate:SR/00112/25']);
    expect(warned('Cordless vacuum cleaner VX5520 handheld')).toEqual(['eu-safety-gate:SR/00112/25']);
    expect(warned('미니 온풍기 HT-2291 사무실 전기히터')).toEqual(['eu-safety-gate:SR/00113/25']);
    // The same model on another kind of product is not the product.
    expect(warned('VX-5520 무선 이어폰 블루투스')).toEqual([]);
  });

  it('read the kinds of smaller goods in the alert\u2019s language: a music box, a bicycle light', () => {
    expect(warned('오르골 MB-4471 회전목마 선물')).toEqual(['eu-safety-gate:SR/00119/25']);
    expect(warned('Bike tail light BL-2207 USB rechargeable')).toEqual(['eu-safety-gate:SR/00120/25']);
    expect(warned('BL-2207 phone holder for bike')).toEqual([]);
  });

  it('find a Korean two-word type written with a space as well as without one', () => {
    expect(warned('보조 배터리 PB-7740 대용량 고속충전')).toEqual(['us-cpsc:29301']);
    expect(warned('보조배터리 PB-7740 대용량 고속충전')).toEqual(['us-cpsc:29301']);
  });

  it('do not read an ordinary word as the kind: a "vacuum" flask is no vacuum cleaner', () => {
    expect(warned('Korvalo vacuum cleaner cordless')).toEqual(['eu-safety-gate:SR/00114/25']);
    expect(warned('Korvalo vacuum insulated water bottle 750ml')).toEqual([]);
  });

  it('read household kinds in Korean: bed rails, a leaf blower', () => {
    expect(warned('노인 침대 안전바 MQV-330 낙상방지 베드레일')).toEqual(['us-cpsc:29630']);
    expect(warned('MQV-330 무선 이어폰 블루투스')).toEqual([]);
    expect(warned('Halvrik GR 450 배낭식 엔진 송풍기 낙엽 청소')).toEqual(['us-cpsc:29631']);
  });

  it('read a compound by its last word: a backpack blower is a blower, not a bag', () => {
    expect(warned('Halvrik GR 450 hiking backpack 40L')).toEqual([]);
  });

  it('read toy stamps as a kind, so the name words can count', () => {
    expect(warned('Kelvory Art & Craft Stamps 20 pcs Kids Stamp Set with Ink Pad')).toEqual([
      'eu-safety-gate:SR/00140/25',
    ]);
    expect(warned('Kelvory Art & Craft sticker book for kids')).toEqual([]);
  });

  it('read Korean words for descalers and glass cleaners as cleaning products', () => {
    expect(warned('Nuvelo 욕실 스케일 제거제 물때 제거 스프레이 500ml')).toEqual(['kr-consumer24:9140']);
    expect(warned('Nuvelo 욕실 미끄럼방지 슬리퍼')).toEqual([]);
  });

  it('tell incense from the holder it burns in', () => {
    expect(warned('Ashmorel sandalwood incense sticks 100 pcs')).toEqual(['kr-consumer24:9301']);
    expect(warned('Ashmorel sandalwood wooden incense holder')).toEqual([]);
  });
});

describe('a record named in its own language, decorated with a theme or an animal', () => {
  it('reads the theme as no specific name, as in English: brand + the type is enough', () => {
    expect(warned('Brimwell unicorn plush toy for kids 25cm')).toEqual(['eu-safety-gate:SR/00115/25']);
    expect(warned('Tovenko bunny stuffed animal soft toy')).toEqual(['eu-safety-gate:SR/00116/25']);
    expect(warned('Brimwell unicorn night light for kids')).toEqual([]);
  });
});

describe('a record named in Portuguese or Romanian', () => {
  it('reads its function and age words as no specific name, and its type through the lexicon', () => {
    expect(warned('Quarvel doll for girls with clothes 30cm')).toEqual(['eu-safety-gate:SR/00117/25']);
    expect(warned('Zennick baby doll for kids')).toEqual(['eu-safety-gate:SR/00118/25']);
    expect(warned('Zennick bluetooth speaker for kids')).toEqual([]);
  });
});

describe('a record whose name describes the product in its own language', () => {
  it('finds its describing words in their English form: washable, primary', () => {
    expect(warned('Pastelo Washable Finger Paint Primary Colours 6 Pack')).toEqual(['eu-safety-gate:SR/00119/25']);
    expect(warned('Pastelo Glitter Finger Paint Neon 6 Pack')).toEqual([]);
  });
});

describe('an English record name in a Korean title', () => {
  it('finds its describing words in Korean, translated or spelt as they sound', () => {
    expect(warned('Quorvel 우주비행사 별빛 프로젝터 은하수 무드등 리모컨')).toEqual(['eu-safety-gate:SR/00120/25']);
    expect(warned('Quorvel 공룡 프로젝터 무드등 리모컨')).toEqual([]);
  });
});

describe('a maker that leads many notices', () => {
  it('is a brand when some notice gives it as the brand, however many notices it leads', () => {
    expect(warned('Travorix electric baby swing bouncer 5 speeds with remote')).toEqual(['us-cpsc:29600']);
    // Leading as many notices without any stating it as a brand: not known to be a brand.
    expect(warned('Quenbrook electric baby swing bouncer 5 speeds with remote')).toEqual([]);
  });
});

describe('the container a notice names after the product', () => {
  it('is not a name word the listing must repeat', () => {
    expect(warned('ZENTHRA 헤어 그로스 세럼 탈모 두피 에센스 30ml')).toEqual(['us-cpsc:29620']);
    expect(warned('ZENTHRA silicone phone case')).toEqual([]);
  });
});

describe('a brand named as what an accessory fits', () => {
  it('is not the maker: "for <Brand>", "compatible with <Brand>", Korean 호환', () => {
    expect(warned('Vantor Kestra passenger car 1.2 petrol')).toEqual(['eu-safety-gate:SR/00150/25']);
    expect(warned('Car Floor Mats for Vantor Kestra 2019-2024 All Weather TPE Liner')).toEqual([]);
    expect(warned('Quellon AirPure 3 air purifier HEPA')).toEqual(['eu-safety-gate:SR/00151/25']);
    expect(warned('HEPA filter compatible with Quellon AirPure 3 air purifier')).toEqual([]);
    expect(warned('Quellon AirPure 3 공기청정기 호환 필터 헤파')).toEqual([]);
  });

  it('is the name when the notice itself is for such a part', () => {
    expect(warned('Quellon 에어퓨어 공기청정기 호환필터 블루 프리미엄')).toEqual(['kr-consumer24:9150']);
  });
});

describe("a chain's own name as the brand", () => {
  it('with the kind alone is not the product: the chain sells many of that kind', () => {
    expect(warned('Morvelle unicorn plush headband for kids party')).toEqual(['eu-safety-gate:SR/00161/25']);
    expect(warned('Sinsay unicorn plush headband for kids party')).toEqual([]);
  });
});

describe('a notice that lists several named products, by comma', () => {
  const listed = buildEngine([
    record('us-cpsc', '90020', {
      name: 'Orvane Lizard Helmets, Zento Sketch Helmets and Quillet Multi-Purpose Helmets',
    }),
  ]);
  const tiers = (title: string) => listed.match({ site: 'temu', title }).map((m) => m.tier);

  it('names each product with its own brand', () => {
    expect(tiers('Orvane Lizard Helmet kids bike')).toEqual(['strong']);
    expect(tiers('젠토 스케치 어린이 자전거 헬멧')).toEqual(['strong']);
  });

  it('still asks for the named product, not the brand and kind alone', () => {
    expect(tiers('Zento Kids Bike Helmet')).toEqual([]);
  });

  it('or by "or" before a name', () => {
    const either = buildEngine([
      record('us-cpsc', '90021', { name: 'Korvane Tow-a-Kid or Korvane Drafter Bicycle Attachment' }),
    ]);
    const warned = (title: string) => either.match({ site: 'temu', title }).filter((m) => m.tier !== 'similar');
    expect(warned('Korvane Tow-a-Kid trailer bike for children')).toHaveLength(1);
    expect(warned('Korvane Kids Bike 16 inch')).toEqual([]);
  });
});

describe('a notice that counts its models', () => {
  it('covers the line a listing names after the brand', () => {
    const counted = buildEngine([
      record(
        'us-cpsc',
        '90022',
        {
          names: en('Child bicycle trailers', 'seven models of Velmora Design child bicycle trailers'),
          brands: ['Velmora Design'],
        },
        { url: 'https://www.cpsc.gov/Recalls/2016/Velmora-Design-Recalls-Child-Bicycle-Trailers' },
      ),
    ]);
    const title = 'Velmora Design Roamer child bicycle trailer for two kids';
    expect(counted.match({ site: 'temu', title }).map((m) => m.tier)).toEqual(['strong']);
  });
});

describe('the kind a list of products ends with', () => {
  it('is every listed product\u2019s', () => {
    expect(readName('Velmora Astra Sit and Corvo Guide harnesses', true).products).toEqual([
      'Velmora Astra Sit harnesses',
      'Corvo Guide harnesses',
    ]);
    expect(readName('Quillet Vesta and Orvane Lumo Slow Cookers', true).products).toEqual([
      'Quillet Vesta Slow Cookers',
      'Orvane Lumo Slow Cookers',
    ]);
  });
});

describe('the firm in a notice URL that runs on into the hazard', () => {
  it('ends before the sentence about the hazard', () => {
    expect(readName('Pedals Recalled by Velmora Cycle Pedals Can Break Causing Falls', true).firms).toEqual([
      'Velmora Cycle',
    ]);
    expect(readName('Stems Recalled by Quillet Sports Stems May Break', true).firms).toEqual(['Quillet Sports']);
  });
});
