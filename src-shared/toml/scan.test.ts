import { describe, expect, it } from 'vitest';
import { locateKey, locateValue, scanToml, tableAtLine } from './scan';

const doc = [
  '# strategy',
  '[planner]',
  'name = "default"  # the name',
  'max_depth = 5',
  '',
  '[pattern_generators.direct_buy]',
  'enabled = false',
  '[pattern_generators.direct_buy.params]',
  'max_depth = 12',
  'shifts = [',
  '  -0.1, # down',
  '  0.1,',
  ']',
  'inline = { a = 1, "b c" = true }',
  'text = """',
  'multi [not.a.table]',
  '"""',
  'after = 3',
].join('\n');

describe('scanToml', () => {
  const scan = scanToml(doc);

  it('records tables and keys with their full paths', () => {
    expect(scan.entries.map((e) => `${e.kind}:${e.path.join('.')}`)).toEqual([
      'table:planner',
      'key:planner.name',
      'key:planner.max_depth',
      'table:pattern_generators.direct_buy',
      'key:pattern_generators.direct_buy.enabled',
      'table:pattern_generators.direct_buy.params',
      'key:pattern_generators.direct_buy.params.max_depth',
      'key:pattern_generators.direct_buy.params.shifts',
      'key:pattern_generators.direct_buy.params.inline',
      'key:pattern_generators.direct_buy.params.inline.a',
      'key:pattern_generators.direct_buy.params.inline.b c',
      'key:pattern_generators.direct_buy.params.text',
      'key:pattern_generators.direct_buy.params.after',
    ]);
  });

  it('gives 1-based, end-exclusive ranges of keys and values', () => {
    expect(locateKey(scan, ['pattern_generators', 'direct_buy', 'params', 'max_depth'])).toEqual({
      line: 9,
      column: 1,
      endLine: 9,
      endColumn: 10,
    });
    expect(locateValue(scan, ['pattern_generators', 'direct_buy', 'params', 'max_depth'])).toEqual({
      line: 9,
      column: 13,
      endLine: 9,
      endColumn: 15,
    });
    expect(locateValue(scan, ['planner', 'name'])).toEqual({ line: 3, column: 8, endLine: 3, endColumn: 17 });
  });

  it('spans multi-line arrays and strings as one value', () => {
    const shifts = scan.entries.find((e) => e.path.at(-1) === 'shifts');
    expect(shifts?.valueRange).toEqual({ line: 10, column: 10, endLine: 13, endColumn: 2 });
    const text = scan.entries.find((e) => e.path.at(-1) === 'text');
    expect(text?.valueRange?.endLine).toBe(17);
  });

  it('locates a table path in the header segment that spells it', () => {
    expect(locateKey(scan, ['pattern_generators', 'direct_buy'])).toEqual({ line: 6, column: 21, endLine: 6, endColumn: 31 });
  });

  it('falls back to the closest written ancestor for a missing key', () => {
    expect(locateKey(scan, ['planner', 'nope'])).toEqual({ line: 2, column: 2, endLine: 2, endColumn: 9 });
  });

  it('tells the table in force at a line', () => {
    expect(tableAtLine(scan, 4)).toEqual(['planner']);
    expect(tableAtLine(scan, 18)).toEqual(['pattern_generators', 'direct_buy', 'params']);
    expect(tableAtLine(scan, 1)).toEqual([]);
  });

  it('keeps going past broken lines mid-edit', () => {
    const broken = scanToml('[planner\nmax_depth = \n= 3\n[filters.diversity]\nenabled = tr');
    expect(broken.entries.map((e) => e.path.join('.'))).toEqual(['planner', 'planner.max_depth', 'filters.diversity', 'filters.diversity.enabled']);
    expect(broken.entries[3]?.valueText).toBe('tr');
  });

  it('recovers after an unclosed array at the next table header', () => {
    const s = scanToml('[a]\nx = [1, 2\n[b]\ny = 1');
    expect(s.entries.map((e) => e.path.join('.'))).toEqual(['a', 'a.x', 'b', 'b.y']);
  });

  it('handles CRLF line ends', () => {
    const s = scanToml('[a]\r\nx = 1\r\n');
    expect(locateValue(s, ['a', 'x'])).toEqual({ line: 2, column: 5, endLine: 2, endColumn: 6 });
  });
});
