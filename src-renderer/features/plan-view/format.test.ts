import { describe, expect, it } from 'vitest';
import { formatEur, formatMs, formatQuantity, formatScore, formatScoreDelta } from './format';

describe('plan formats', () => {
  it('shows scores as points out of 100 and deltas signed', () => {
    expect(formatScore(0.6123)).toBe('61.23');
    expect(formatScoreDelta(0.0125)).toBe('+1.25');
    expect(formatScoreDelta(-0.004)).toBe('−0.40');
    expect(formatScoreDelta(0.00001)).toBe('±0.00');
  });
  it('formats money, durations and share counts', () => {
    expect(formatEur(1234.5)).toBe('€1,234.50');
    expect(formatMs(3.456)).toBe('3.46 ms');
    expect(formatMs(250)).toBe('250 ms');
    expect(formatMs(1500)).toBe('1.50 s');
    expect(formatQuantity(12)).toBe('12');
    expect(formatQuantity(0.125)).toBe('0.125');
  });
});
