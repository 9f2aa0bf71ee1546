import { describe, expect, it } from 'vitest';
import { decodeSource, encodeSource, newSeed } from './source';

describe('config source encoding', () => {
  it('round-trips every kind', () => {
    for (const s of [{ kind: 'buffer' }, { kind: 'version', id: 12 }, { kind: 'preset', id: 3 }] as const) {
      expect(decodeSource(encodeSource(s))).toEqual(s);
    }
  });
  it('rejects anything else', () => {
    expect(decodeSource('version:0')).toBeNull();
    expect(decodeSource('version:x')).toBeNull();
    expect(decodeSource('run:1')).toBeNull();
    expect(decodeSource('')).toBeNull();
  });
  it('makes non-negative 31-bit seeds', () => {
    expect(newSeed(() => 0)).toBe(0);
    expect(newSeed(() => 0.999999999)).toBeLessThan(2_147_483_647);
  });
});
