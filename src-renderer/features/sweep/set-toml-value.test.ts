import { describe, expect, it } from 'vitest';
import { setTomlNumber, tomlNumber } from './set-toml-value';

const base = `# strategy
[planner]
name = "x"
max_depth = 5 # deep enough

[pattern_generators.direct_buy]
enabled = true
`;

describe('setTomlNumber', () => {
  it('replaces a written value and keeps its comment', () => {
    const out = setTomlNumber(base, ['planner', 'max_depth'], 3, true);
    expect(out).toBe(base.replace('max_depth = 5 #', 'max_depth = 3 #'));
  });

  it('adds a key right under its table header', () => {
    const out = setTomlNumber(base, ['planner', 'priority_threshold'], 0.45, false);
    expect(out).toBe(base.replace('[planner]\n', '[planner]\npriority_threshold = 0.45\n'));
  });

  it('appends a missing table', () => {
    const out = setTomlNumber(base, ['pattern_generators', 'direct_buy', 'params', 'max_depth'], 4, true);
    expect(out).toBe(`${base}\n[pattern_generators.direct_buy.params]\nmax_depth = 4\n`);
  });

  it('replaces a value inside an inline table, and refuses to add a key to one', () => {
    const path = ['pattern_generators', 'direct_buy', 'params', 'max_depth'];
    const inline = '[pattern_generators.direct_buy]\nparams = { max_depth = 2 }\n';
    expect(setTomlNumber(inline, path, 4, true)).toBe(inline.replace('= 2', '= 4'));
    const without = '[pattern_generators.direct_buy]\nparams = { other = 2 }\n';
    expect(() => setTomlNumber(without, path, 4, true)).toThrow(/would break the TOML/);
  });
});

describe('tomlNumber', () => {
  it('writes floats with a point and integers without', () => {
    expect(tomlNumber(2, false)).toBe('2.0');
    expect(tomlNumber(0.1 + 0.2, false)).toBe('0.3');
    expect(tomlNumber(2.6, true)).toBe('3');
  });
});
