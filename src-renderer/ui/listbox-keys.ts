/**
 * The option a key moves to in a listbox of `count` options (ARIA listbox pattern): the arrows
 * step without wrapping, Home and End jump to the ends; null for any other key.
 */
export function optionIndexForKey(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return Math.min(index + 1, count - 1);
    case 'ArrowUp':
      return Math.max(index - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
