/** How a composite widget moves between its items (ARIA tabs and listbox patterns). */
export interface ArrowKeyLayout {
  /** The keys that step back and forward: Left/Right for a tab strip, Up/Down for a listbox. */
  previous: 'ArrowLeft' | 'ArrowUp';
  next: 'ArrowRight' | 'ArrowDown';
  /** Tabs wrap around at the ends; a listbox stops there. */
  wrap: boolean;
}

export const TAB_STRIP: ArrowKeyLayout = { previous: 'ArrowLeft', next: 'ArrowRight', wrap: true };
export const LISTBOX: ArrowKeyLayout = { previous: 'ArrowUp', next: 'ArrowDown', wrap: false };

/** The item a key moves to among `count` items from `index`: arrows step, Home and End jump; null for any other key. */
export function indexForKey(layout: ArrowKeyLayout, key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case layout.next:
      return layout.wrap ? (index + 1) % count : Math.min(index + 1, count - 1);
    case layout.previous:
      return layout.wrap ? (index - 1 + count) % count : Math.max(index - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
