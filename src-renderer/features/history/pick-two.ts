/**
 * Toggles `id` in a selection of at most two (for "compare these two"): picking a third drops
 * the earliest pick, so the last two picks are always the pair.
 */
export function toggleInPair(selection: readonly number[], id: number): number[] {
  if (selection.includes(id)) return selection.filter((x) => x !== id);
  return [...selection, id].slice(-2);
}
