import { describe, expect, it } from 'vitest';
import { indexForKey, LISTBOX, TAB_STRIP } from './arrow-keys';

describe('indexForKey', () => {
  it('steps a tab strip with Left/Right and wraps at both ends', () => {
    expect(indexForKey(TAB_STRIP, 'ArrowRight', 2, 8)).toBe(3);
    expect(indexForKey(TAB_STRIP, 'ArrowRight', 7, 8)).toBe(0);
    expect(indexForKey(TAB_STRIP, 'ArrowLeft', 0, 8)).toBe(7);
    expect(indexForKey(TAB_STRIP, 'ArrowDown', 2, 8)).toBeNull();
  });

  it('steps a listbox with Up/Down and stops at the ends', () => {
    expect(indexForKey(LISTBOX, 'ArrowDown', 0, 3)).toBe(1);
    expect(indexForKey(LISTBOX, 'ArrowDown', 2, 3)).toBe(2);
    expect(indexForKey(LISTBOX, 'ArrowUp', 0, 3)).toBe(0);
    expect(indexForKey(LISTBOX, 'ArrowRight', 0, 3)).toBeNull();
  });

  it('jumps to the ends with Home and End, and ignores other keys and empty widgets', () => {
    expect(indexForKey(TAB_STRIP, 'Home', 5, 8)).toBe(0);
    expect(indexForKey(LISTBOX, 'End', 0, 3)).toBe(2);
    expect(indexForKey(TAB_STRIP, 'Enter', 1, 8)).toBeNull();
    expect(indexForKey(LISTBOX, 'ArrowDown', 0, 0)).toBeNull();
  });
});
