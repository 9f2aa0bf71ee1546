import { describe, expect, it } from 'vitest';
import { toggleInPair } from './pick-two';

describe('toggleInPair', () => {
  it('adds up to two ids in pick order', () => {
    expect(toggleInPair([], 3)).toEqual([3]);
    expect(toggleInPair([3], 1)).toEqual([3, 1]);
  });
  it('drops the earliest pick when a third is picked', () => {
    expect(toggleInPair([3, 1], 7)).toEqual([1, 7]);
  });
  it('unpicks an id already picked', () => {
    expect(toggleInPair([3, 1], 3)).toEqual([1]);
  });
});
