import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import {
  MAX_ASSIGNMENTS,
  MAX_JSON_CHARS,
  MAX_JSON_DEPTH,
  findCodeMarkers,
  jsonDepthExceeds,
  parseAssignedJson,
  parseBoundedJson,
  parseJsonElement,
} from '../../../lib/sites/inline-json';

describe('inline JSON slicing', () => {
  it('reads `window.rawData={…};document.dispatchEvent(…)`', () => {
    const script = 'window.rawData={"store":{"goodsId":"601099650626830"}};document.dispatchEvent(new Event("x"));';
    expect(parseAssignedJson(script, 'window.rawData')).toEqual([{ store: { goodsId: '601099650626830' } }]);
  });

  it('counts braces only outside strings, with escaped quotes and backslashes', () => {
    const value = { title: 'a } b { "c" \\ }', nested: [{ x: '}}}' }], tail: '\\' };
    const script = `window.rawData = ${JSON.stringify(value)};document.dispatchEvent(e)`;
    expect(parseAssignedJson(script, 'window.rawData')).toEqual([value]);
  });

  it('ignores markers inside comments and string literals', () => {
    const script = [
      '// window.rawData = {"decoy": "line comment"};',
      '/* window.rawData = {"decoy": "block comment"} */',
      'var s = "window.rawData = {\\"decoy\\": \\"string\\"}";',
      "var t = 'window.rawData={}';",
      'window.rawData = {"real": true};',
    ].join('\n');
    expect(parseAssignedJson(script, 'window.rawData')).toEqual([{ real: true }]);
    expect(findCodeMarkers(script, 'window.rawData')).toHaveLength(1);
  });

  it('returns duplicate assignments in source order', () => {
    const script = 'window.rawData={"n":1};window.rawData={"n":2};';
    expect(parseAssignedJson(script, 'window.rawData')).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('skips values that are not JSON or are cut off', () => {
    expect(parseAssignedJson('window.rawData = {a: 1};', 'window.rawData')).toEqual([]);
    expect(parseAssignedJson('window.rawData = {"a": {"b": 1};', 'window.rawData')).toEqual([]);
    expect(parseAssignedJson('window.rawData && go();', 'window.rawData')).toEqual([]);
    expect(parseAssignedJson('window.rawDataCopy = {"a": 1};', 'window.rawData')).toEqual([]);
  });

  it('descends into a JS object literal to the JSON under a key (runParams, _init_data_)', () => {
    const script = `window.runParams = {
      csrfToken: 'x{y}',
      "other": {"data": "not this one"},
      data: {"titleModule": {"subject": "Toy {robot}"}},
      abTest: '}'
    };`;
    expect(parseAssignedJson(script, 'window.runParams', { innerKey: 'data' })).toEqual([
      { titleModule: { subject: 'Toy {robot}' } },
    ]);
    expect(parseAssignedJson('window.runParams = {\n};', 'window.runParams', { innerKey: 'data' })).toEqual([]);
    const search = 'window._dida_config_._init_data_&&go();window._dida_config_._init_data_= { data: {"a":[1,2]} }';
    expect(parseAssignedJson(search, '_init_data_', { innerKey: 'data' })).toEqual([{ a: [1, 2] }]);
  });

  it('finds the closing bracket past brackets in strings, and skips a cut-off value', () => {
    expect(parseAssignedJson('x = [1, {"a": "]"}] tail', 'x')).toEqual([[1, { a: ']' }]]);
    expect(parseAssignedJson('x = {"open": true', 'x')).toEqual([]);
    expect(parseAssignedJson('x = no value', 'x')).toEqual([]);
  });
});

describe('bounded reading of hostile scripts', () => {
  it('reads the real value after thousands of unclosed assignments', () => {
    const script = `${'window.rawData={'.repeat(5000)}\nwindow.rawData={"store":{"goodsId":"601099650626830"}};`;
    // The unclosed ones never close (the last one's braces close only itself), so only it is read.
    expect(parseAssignedJson(script, 'window.rawData')).toEqual([{ store: { goodsId: '601099650626830' } }]);
    const separate = `${'window.rawData={'.repeat(5000)}</script>`;
    expect(findCodeMarkers(separate, 'window.rawData')).toHaveLength(5000);
    expect(parseAssignedJson(separate, 'window.rawData')).toEqual([]);
  });

  it('reads an assignment once, not again for each marker nested inside its value', () => {
    const nested = `${'window.rawData={"a":'.repeat(3)}1}}}`;
    expect(parseAssignedJson(nested, 'window.rawData')).toEqual([]);
    const json = 'window.rawData={"a":"window.rawData={}"};window.rawData={"b":2};';
    expect(parseAssignedJson(json, 'window.rawData')).toEqual([{ a: 'window.rawData={}' }, { b: 2 }]);
  });

  it('does not parse values nested deeper than the cap, in scripts and in JSON elements', () => {
    const deep = `${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`;
    const fine = `${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`;
    expect(parseAssignedJson(`window.rawData=${deep};`, 'window.rawData')).toEqual([]);
    expect(parseAssignedJson(`window.rawData=${fine};`, 'window.rawData')).toHaveLength(1);
    expect(parseBoundedJson(deep)).toBeUndefined();
    expect(parseBoundedJson(fine)).toBeDefined();
    expect(jsonDepthExceeds('{"a":"[[[[[[[[[[[[[["}', 3)).toBe(false);
    const doc = new Window().document as unknown as Document;
    const script = doc.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.textContent = `{"@type":"Product","name":"Invented","x":${deep}}`;
    expect(parseJsonElement(script)).toBeUndefined();
  });

  it('does not parse values over the size cap', () => {
    const big = `{"name":"${'x'.repeat(MAX_JSON_CHARS)}"}`;
    expect(parseBoundedJson(big)).toBeUndefined();
    expect(parseAssignedJson(`window.rawData=${big};`, 'window.rawData')).toEqual([]);
    expect(parseBoundedJson('{"name":"Invented"}')).toEqual({ name: 'Invented' });
  });

  it('reads at most a bounded number of assignments of one marker', () => {
    const script = 'window.rawData={"n":1};'.repeat(MAX_ASSIGNMENTS + 10);
    expect(parseAssignedJson(script, 'window.rawData')).toHaveLength(MAX_ASSIGNMENTS);
  });
});
