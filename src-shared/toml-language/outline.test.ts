import { describe, expect, it } from 'vitest';
import { TomlDocument } from './document';
import { foldingRanges } from './folding';
import { outline, type OutlineSymbol } from './outline';

const text = [
  '[planner]', // 1
  'name = "x"', // 2
  '', // 3
  '# calculators', // 4
  '[opportunity_calculators.profit_taking]', // 5
  'enabled = true', // 6
  '[opportunity_calculators.profit_taking.params]', // 7
  'windfall_threshold = 0.3', // 8
  'list = [', // 9
  '  1,', // 10
  ']', // 11
  '', // 12
  '[opportunity_calculators.averaging_down]', // 13
  'enabled = { x = 1 }', // 14
  '', // 15
].join('\n');

function shape(symbols: OutlineSymbol[]): unknown[] {
  return symbols.map((s) => [s.name, s.kind, s.range.line, s.range.endLine, ...(s.children.length ? [shape(s.children)] : [])]);
}

describe('outline', () => {
  it('nests tables under their sections and keys under their tables', () => {
    expect(shape(outline(new TomlDocument(text)))).toEqual([
      ['planner', 'table', 1, 4, [['name', 'key', 2, 2]]],
      [
        'opportunity_calculators',
        'section',
        5,
        14,
        [
          ['profit_taking', 'table', 5, 11, [['enabled', 'key', 6, 6], ['params', 'table', 7, 11, [['windfall_threshold', 'key', 8, 8], ['list', 'key', 9, 11]]]]],
          ['averaging_down', 'table', 13, 14, [['enabled', 'key', 14, 14]]],
        ],
      ],
    ]);
  });

  it('gives the header as the selection range and the value as detail', () => {
    const [planner] = outline(new TomlDocument(text));
    expect(planner!.selectionRange).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 10 });
    expect(planner!.children[0]!.detail).toBe('"x"');
  });

  it('copes with broken text', () => {
    expect(shape(outline(new TomlDocument('[a.b\nx = [1,\n[c]\n')))).toEqual([
      ['a', 'section', 1, 2, [['b', 'table', 1, 2, [['x', 'key', 2, 2]]]]],
      ['c', 'table', 3, 3],
    ]);
  });
});

describe('foldingRanges', () => {
  it('folds tables to their last content line, multi-line values and comment runs', () => {
    const doc = new TomlDocument(text.replace('# calculators', '# calculators\n# more'));
    expect(foldingRanges(doc)).toEqual([
      { start: 1, end: 2 },
      { start: 4, end: 5, kind: 'comment' },
      { start: 6, end: 7 },
      { start: 8, end: 12 },
      { start: 10, end: 12 },
      { start: 14, end: 15 },
    ]);
  });
});
