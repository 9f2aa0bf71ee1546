import { parse, stringify } from 'smol-toml';

/**
 * The strategy text with one number set at a key path (`["planner","max_depth"]`,
 * `["pattern_generators","direct_buy","params","max_depth"]`), creating missing tables. Used for
 * sweep points, so comments and layout of the generated text do not matter; the result is
 * validated like any strategy before it is planned.
 */
export function setTomlNumber(toml: string, path: readonly string[], value: number): string {
  const doc = parse(toml) as Record<string, unknown>;
  let table: Record<string, unknown> = doc;
  for (const key of path.slice(0, -1)) {
    const next = table[key];
    if (next === undefined) table[key] = {};
    else if (typeof next !== 'object' || next === null || Array.isArray(next)) {
      throw new Error(`${path.join('.')}: "${key}" is not a table in this strategy.`);
    }
    table = table[key] as Record<string, unknown>;
  }
  const last = path.at(-1);
  if (last === undefined) throw new Error('An empty key path cannot be set.');
  table[last] = value;
  return stringify(doc);
}
