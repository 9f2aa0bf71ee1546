import { describe, expect, it } from 'vitest';
import { cursorContext } from './cursor-path';
import { withCursor } from './fixtures/cursor';

function ctx(marked: string) {
  const { doc, pos } = withCursor(marked);
  return cursorContext(doc, pos);
}

describe('cursorContext', () => {
  it('in a header: finished segments, the typed prefix, and the word it replaces', () => {
    expect(ctx('[opportunity_calculators.pro|')).toEqual({
      kind: 'header',
      array: false,
      segments: ['opportunity_calculators'],
      prefix: 'pro',
      replace: { line: 1, column: 26, endLine: 1, endColumn: 29 },
      line: { line: 1, column: 1, endLine: 1, endColumn: 29 },
      closed: false,
    });
    expect(ctx('[|')).toMatchObject({ kind: 'header', segments: [], prefix: '' });
    expect(ctx('[[filters.|]]')).toMatchObject({ kind: 'header', array: true, segments: ['filters'], prefix: '', closed: true });
    // The rest of the word after the cursor is replaced too.
    expect(ctx('[planner.a|bc]')).toMatchObject({ prefix: 'a', replace: { column: 10, endColumn: 13 } });
    expect(ctx('  [ "quoted key" . x|')).toMatchObject({ kind: 'header', segments: ['quoted key'], prefix: 'x' });
  });

  it('past a closed header or in a comment: nothing', () => {
    expect(ctx('[planner] |')).toEqual({ kind: 'none' });
    expect(ctx('[planner] # co|')).toEqual({ kind: 'none' });
    expect(ctx('[planner]\n# max_|')).toEqual({ kind: 'none' });
  });

  it('at a key: the table in force and the dotted prefix', () => {
    expect(ctx('[planner]\nmax|')).toEqual({
      kind: 'key',
      table: ['planner'],
      segments: [],
      prefix: 'max',
      replace: { line: 2, column: 1, endLine: 2, endColumn: 4 },
      hasValue: false,
    });
    // Renaming an existing key: the rest of the line already has its value.
    expect(ctx('[planner]\nmax_de|pth = 5')).toMatchObject({ kind: 'key', prefix: 'max_de', replace: { column: 1, endColumn: 10 }, hasValue: true });
    expect(ctx('[a]\n\n[opportunity_calculators.profit_taking]\nenabled = true\n  |')).toMatchObject({
      kind: 'key',
      table: ['opportunity_calculators', 'profit_taking'],
      prefix: '',
    });
    expect(ctx('[opportunity_calculators.profit_taking]\nparams.win|')).toMatchObject({
      kind: 'key',
      table: ['opportunity_calculators', 'profit_taking'],
      segments: ['params'],
      prefix: 'win',
    });
    expect(ctx('|')).toMatchObject({ kind: 'key', table: [], prefix: '' });
    // A finished key followed by a space is waiting for "=", not for another key.
    expect(ctx('[planner]\nmax_depth |')).toEqual({ kind: 'none' });
  });

  it('at a value: the full key path, the typed prefix and the token it replaces', () => {
    expect(ctx('[planner]\nallow_sell = |')).toEqual({
      kind: 'value',
      path: ['planner', 'allow_sell'],
      prefix: '',
      inArray: false,
      replace: { line: 2, column: 14, endLine: 2, endColumn: 14 },
      afterEquals: false,
    });
    expect(ctx('[planner]\nallow_sell =|')).toMatchObject({ kind: 'value', replace: { column: 13, endColumn: 13 }, afterEquals: true });
    expect(ctx('[planner]\nrisk_profile = "ag|"')).toMatchObject({
      kind: 'value',
      path: ['planner', 'risk_profile'],
      prefix: '"ag',
      replace: { column: 16, endColumn: 20 },
    });
    expect(ctx('[x.y]\nparams.max_depth=|')).toMatchObject({ kind: 'value', path: ['x', 'y', 'params', 'max_depth'] });
    // After a complete value (a space), or in its trailing comment: nothing.
    expect(ctx('[planner]\nallow_sell = true |')).toEqual({ kind: 'none' });
    expect(ctx('[planner]\nallow_sell = true # |')).toEqual({ kind: 'none' });
    expect(ctx('[planner]\nname = "a b|')).toMatchObject({ kind: 'value', prefix: '"a b' });
  });

  it('inside arrays, on the same line or a continuation line', () => {
    expect(ctx('[filters.diversity.params]\ntags = ["a", |')).toMatchObject({
      kind: 'value',
      path: ['filters', 'diversity', 'params', 'tags'],
      prefix: '',
      inArray: true,
      replace: { line: 2, column: 14, endColumn: 14 },
    });
    expect(ctx('[f]\ntags = [\n  "a",\n  "b|\n]')).toMatchObject({ kind: 'value', path: ['f', 'tags'], prefix: '"b', inArray: true });
    expect(ctx('[f]\ntags = ["a"] |')).toEqual({ kind: 'none' });
  });

  it('inside inline tables: keys and values of the innermost table', () => {
    expect(ctx('[opportunity_calculators.profit_taking]\nparams = { windfall_threshold = 0.5, pri|')).toMatchObject({
      kind: 'key',
      table: ['opportunity_calculators', 'profit_taking', 'params'],
      prefix: 'pri',
      replace: { line: 2, column: 38, endColumn: 41 },
    });
    expect(ctx('[planner]\nx = { a = 1, b = { c = "s|" } }')).toMatchObject({ kind: 'value', path: ['planner', 'x', 'b', 'c'], prefix: '"s' });
    expect(ctx('[f]\nx = { tags = ["a", |')).toMatchObject({ kind: 'value', path: ['f', 'x', 'tags'], inArray: true, prefix: '' });
    expect(ctx('[f]\nx = { |')).toMatchObject({ kind: 'key', table: ['f', 'x'], prefix: '' });
    // Past the closing brace, inside a table in an array, or in a finished value: nothing.
    expect(ctx('[f]\nx = { a = 1 } |')).toEqual({ kind: 'none' });
    expect(ctx('[f]\nx = { a = [{ b|')).toEqual({ kind: 'none' });
    expect(ctx('[f]\nx = { a = 1 |')).toEqual({ kind: 'none' });
  });

  it('inside a multi-line string: nothing', () => {
    expect(ctx('[planner]\ndescription = """\nsome [text|\n"""')).toEqual({ kind: 'none' });
  });

  it('survives broken documents mid-edit', () => {
    expect(ctx('[planner\nmax_depth = 3\n[pattern_generators.|')).toMatchObject({ kind: 'header', segments: ['pattern_generators'] });
    expect(ctx('= = =\n[planner]\nx = [1, 2\nallow_|')).toMatchObject({ kind: 'key' });
    expect(ctx('[planner]\n"unterminated = |')).toEqual({ kind: 'none' });
  });
});
