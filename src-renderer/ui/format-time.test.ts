import { describe, expect, it } from 'vitest';
import { formatTime, shortHash } from './format-time';

describe('formatTime', () => {
  it('formats an ISO time as local YYYY-MM-DD HH:MM', () => {
    const local = new Date(2026, 0, 5, 7, 3, 59);
    expect(formatTime(local.toISOString())).toBe('2026-01-05 07:03');
  });
  it('returns text that is not a time unchanged', () => {
    expect(formatTime('yesterday')).toBe('yesterday');
  });
});

describe('shortHash', () => {
  it('keeps the first 10 characters', () => {
    expect(shortHash('0123456789abcdef')).toBe('0123456789');
  });
});
