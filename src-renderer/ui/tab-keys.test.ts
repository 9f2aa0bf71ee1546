import { describe, expect, it } from 'vitest';
import { tabIndexForKey } from './tab-keys';

describe('tabIndexForKey', () => {
  it('steps with the arrows and wraps at both ends', () => {
    expect(tabIndexForKey('ArrowRight', 2, 8)).toBe(3);
    expect(tabIndexForKey('ArrowRight', 7, 8)).toBe(0);
    expect(tabIndexForKey('ArrowLeft', 0, 8)).toBe(7);
  });
  it('jumps to the ends with Home and End', () => {
    expect(tabIndexForKey('Home', 5, 8)).toBe(0);
    expect(tabIndexForKey('End', 1, 8)).toBe(7);
  });
  it('ignores other keys and empty strips', () => {
    expect(tabIndexForKey('Enter', 1, 8)).toBeNull();
    expect(tabIndexForKey('ArrowRight', 0, 0)).toBeNull();
  });
});
