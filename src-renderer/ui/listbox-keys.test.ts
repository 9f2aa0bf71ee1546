import { describe, expect, it } from 'vitest';
import { optionIndexForKey } from './listbox-keys';

describe('optionIndexForKey', () => {
  it('steps with the arrows and stops at the ends', () => {
    expect(optionIndexForKey('ArrowDown', 0, 3)).toBe(1);
    expect(optionIndexForKey('ArrowDown', 2, 3)).toBe(2);
    expect(optionIndexForKey('ArrowUp', 1, 3)).toBe(0);
    expect(optionIndexForKey('ArrowUp', 0, 3)).toBe(0);
  });

  it('jumps with Home and End, and ignores other keys and empty lists', () => {
    expect(optionIndexForKey('Home', 2, 3)).toBe(0);
    expect(optionIndexForKey('End', 0, 3)).toBe(2);
    expect(optionIndexForKey('a', 1, 3)).toBeNull();
    expect(optionIndexForKey('ArrowDown', 0, 0)).toBeNull();
  });
});
