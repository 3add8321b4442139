/**
 * Rules found by matching listings written for records the matcher was never tuned on. Brands, names and
 * models here are invented; each test names the general rule it holds.
 */
import { describe, expect, it } from 'vitest';
import { buildEngine } from '../../../lib/matching/engine';
import type { Match } from '../../../lib/matching/types';
import { corpus, record } from './fixtures';

const en = (...texts: string[]) => texts.map((text) => ({ lang: 'en', text }));

const engine = buildEngine([
  ...corpus(),
  // The Safety Gate export gives the type as a second name.
  record('eu-safety-gate', 'SR/00101/25', { names: en('Silk Ready MOCHA', 'Tattoo ink - Permanent makeup'), type: 'Tattoo ink - Permanent makeup', brands: ['Dermaglo'], category: 'cosmetics' }),
  record('eu-safety-gate', 'SR/00103/25', { names: en('Travel Charger', 'USB charger'), type: 'USB charger', brands: ['Comet'], category: 'chargers' }),
  record('kr-safetykorea', '9101', { name: '초음파 가습기', type: '초음파 가습기', brands: ['Aquilo'], models: ['HQ-207'], category: 'electrical' }),
  record('us-cpsc', '29101', { name: 'Hammering Toys', models: ['Q777'], category: 'toys', forChildren: true }),
  record('eu-safety-gate', 'SR/00104/25', { names: en('Hairband with light for kids', 'Fancy-dress hairband'), type: 'Fancy-dress hairband', brands: ['Nordlys Copenhagen'], category: 'kids-clothing', forChildren: true }),
  record('eu-safety-gate', 'SR/00102/25', { names: en('FAST CHARGER, TRAVEL ADAPTER', 'USB charger'), type: 'USB charger', brands: ['Kaitun'], category: 'chargers' }),
]);
const warned = (title: string) =>
  engine.match({ site: 'aliexpress', title }).filter((m: Match) => m.tier !== 'similar').map((m) => m.recordId);

describe('names that only repeat the product type', () => {
  it('do not count as the specific name: brand + "tattoo ink" is not another shade of the brand', () => {
    expect(warned('Dermaglo Silk Caramel Permanent Makeup Pigment Eyebrow Tattoo Ink 15ml')).toEqual([]);
    expect(warned('Dermaglo Silk Ready Mocha Permanent Makeup Tattoo Ink 15ml')).toEqual(['eu-safety-gate:SR/00101/25']);
  });
});

describe('a name that repeats the type asks for no more than the type', () => {
  it('lets brand + the kind of product match when the record names nothing more specific', () => {
    expect(warned('Nordlys Copenhagen Hairband with Light for Kids LED Glow Headband Party')).toEqual(['eu-safety-gate:SR/00104/25']);
    expect(warned('Nordlys Copenhagen Bluetooth Speaker for Kids')).toEqual([]);
  });
});

describe('a misspelt brand', () => {
  it('needs more than the product type beside it: one letter apart is another company', () => {
    expect(warned('Kaiyun Fast Charger Travel Adapter 18W QC3.0 USB Wall Plug')).toEqual([]);
    expect(warned('Kaitun Fast Charger Travel Adapter 18W QC3.0 USB Wall Plug')).toEqual(['eu-safety-gate:SR/00102/25']);
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
    expect(warned('Ultrasonic Humidifier HQ-207 Cool Mist Aroma Diffuser Bedroom 300ml')).toEqual(['kr-safetykorea:9101']);
    expect(warned('미니 가습기 HQ207 USB 무드등')).toEqual(['kr-safetykorea:9101']);
    expect(warned('Ultrasonic Humidifier HQ-208 Cool Mist')).toEqual([]);
  });

  it('read "toys" and "toy" as one word, so a plural record name meets a singular title', () => {
    expect(warned('Wooden Hammering Toy Q777 Whack a Mole Game')).toEqual(['us-cpsc:29101']);
  });
});
