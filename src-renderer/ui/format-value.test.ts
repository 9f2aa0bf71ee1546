import { describe, expect, it } from 'vitest';
import { formatValue } from './format-value';

describe('formatValue', () => {
  it('writes values the way TOML does', () => {
    expect(formatValue(0.25)).toBe('0.25');
    expect(formatValue(true)).toBe('true');
    expect(formatValue('balanced')).toBe('"balanced"');
    expect(formatValue([0.5, 1])).toBe('[0.5, 1]');
    expect(formatValue({ a: 1, b: 'x' })).toBe('{ a = 1, b = "x" }');
  });
  it('shows an absent value as a dash', () => {
    expect(formatValue(null)).toBe('—');
  });
});
