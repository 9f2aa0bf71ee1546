import fc from 'fast-check';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { formatToml } from './format';

describe('formatToml', () => {
  it('normalises spacing, indentation, blank lines and the final newline', () => {
    const input = [
      '',
      '  [planner]   # globals',
      '   name="x"',
      'max_depth    =   3   ',
      '',
      '',
      '',
      '# calculators',
      '[ opportunity_calculators . profit_taking ]',
      'enabled=false',
      '[opportunity_calculators.profit_taking.params]',
      'windfall_threshold = 0.4 # high',
      '',
      '',
    ].join('\n');
    expect(formatToml(input)).toBe(
      [
        '[planner] # globals',
        'name = "x"',
        'max_depth = 3',
        '',
        '# calculators',
        '[opportunity_calculators.profit_taking]',
        'enabled = false',
        '',
        '[opportunity_calculators.profit_taking.params]',
        'windfall_threshold = 0.4 # high',
        '',
      ].join('\n'),
    );
  });

  it('keeps multi-line strings and arrays as written', () => {
    const input = '[planner]\ndescription = """  \n  indented   \n"""\nlist = [\n    1,\n  2, # two\n]\n  key2 =   { a = 1, b = "x" }\n';
    expect(formatToml(input)).toBe('[planner]\ndescription = """  \n  indented   \n"""\nlist = [\n    1,\n  2, # two\n]\nkey2 = { a = 1, b = "x" }\n');
  });

  it('keeps quoted keys, dotted keys and array tables', () => {
    expect(formatToml('[[ "a b" . c ]]\n  x . "y z"=1\n')).toBe('[["a b".c]]\nx."y z" = 1\n');
  });

  it('leaves a document that does not parse alone', () => {
    expect(formatToml('[planner\nmax_depth = ')).toBeNull();
    expect(formatToml('')).toBe('');
  });

  it('is stable and never changes the meaning (property test)', () => {
    const key = fc.constantFrom('a', 'b_c', '"q k"', 'd-e');
    const value = fc.oneof(
      fc.integer().map(String),
      fc.constantFrom('true', 'false', '1.5', '-0.2', 'inf', '"s"', "'lit'", '[1, 2]', '[\n  1,\n    2,\n]', '"""\n multi  \n"""', '{ x = 1 }'),
    );
    const pad = fc.constantFrom('', ' ', '   ', '\t');
    const line = fc.tuple(pad, key, pad, pad, value, fc.constantFrom('', ' # c', '   ')).map(([p1, k, p2, p3, v, tail]) => `${p1}${k}${p2}=${p3}${v}${tail}`);
    const table = fc.tuple(fc.constantFrom('t1', 't2.x', '"t 3"', 'u'), fc.uniqueArray(line, { selector: (l) => l.trim().split('=')[0]!.trim(), maxLength: 4 }), fc.constantFrom('', '\n', '\n\n', '# note\n'));
    const doc = fc.uniqueArray(table, { selector: (t) => t[0], maxLength: 4 }).map((tables) =>
      tables.map(([name, lines, gap]) => `${gap}[${name}]\n${lines.join('\n')}\n`).join(''),
    );
    fc.assert(
      fc.property(doc, (text) => {
        let original: unknown;
        try {
          original = parse(text);
        } catch {
          return; // duplicate keys across dotted/quoted spellings: not a document
        }
        const once = formatToml(text);
        expect(once).not.toBeNull();
        expect(parse(once!)).toEqual(original);
        expect(formatToml(once!)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
