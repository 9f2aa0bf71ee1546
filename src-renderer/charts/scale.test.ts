import { describe, expect, it } from 'vitest';
import { extent, formatNumber, linearScale, niceTicks, rampColor } from './scale';

describe('linearScale', () => {
  it('maps the domain ends onto the range ends, inverted ranges included', () => {
    const y = linearScale([0, 10], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(10)).toBe(0);
    expect(y(2.5)).toBe(150);
  });
  it('puts every value in the middle when the domain has no width', () => {
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
  });
});

describe('niceTicks', () => {
  it('chooses round steps covering the values', () => {
    expect(niceTicks(0.12, 0.87, 5)).toEqual({ ticks: [0, 0.2, 0.4, 0.6, 0.8, 1], domain: [0, 1] });
    expect(niceTicks(3, 47, 5)).toEqual({ ticks: [0, 10, 20, 30, 40, 50], domain: [0, 50] });
  });
  it('widens a single value into a range around it', () => {
    const { domain, ticks } = niceTicks(5, 5, 4);
    expect(domain[0]).toBeLessThan(5);
    expect(domain[1]).toBeGreaterThan(5);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
  });
});

describe('extent and formatNumber', () => {
  it('ignores non-finite values', () => {
    expect(extent([3, NaN, -1, Infinity, 2])).toEqual([-1, 3]);
    expect(extent([])).toEqual([0, 1]);
  });
  it('keeps labels short', () => {
    expect(formatNumber(0.123456)).toBe('0.1235');
    expect(formatNumber(1234.5)).toBe('1235');
    expect(formatNumber(NaN)).toBe('—');
    expect(formatNumber(0)).toBe('0');
  });
});

describe('rampColor', () => {
  it('runs from pale to deep blue and clamps', () => {
    expect(rampColor(0)).toBe('rgb(222, 235, 247)');
    expect(rampColor(1)).toBe('rgb(8, 48, 107)');
    expect(rampColor(2)).toBe(rampColor(1));
  });
});
