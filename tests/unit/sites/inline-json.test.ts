import { describe, expect, it } from 'vitest';
import { balancedEnd, findCodeMarkers, parseAssignedJson } from '../../../lib/sites/inline-json';

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

  it('balancedEnd finds the closing bracket or reports a cut-off value', () => {
    expect(balancedEnd('x = [1, {"a": "]"}] tail', 4)).toBe(19);
    expect(balancedEnd('{"open": true', 0)).toBe(-1);
    expect(balancedEnd('no value', 0)).toBe(-1);
  });
});
