import type { ParamSpecs } from '../../../src-shared/domain/modules';
import type { ActionCandidate } from '../../../src-shared/domain/plan';
import type { PlannerSettings } from '../../../src-shared/config/strategy';

/** Params shared by combinatorial and enhanced_combinatorial (domain.md §3.3). */
export const COMBINATION_PARAMS: ParamSpecs = {
  max_sells: { type: 'integer', default: 3, min: 1, max: 10, description: 'Most sells in one combination.' },
  max_buys: { type: 'integer', default: 3, min: 1, max: 10, description: 'Most buys in one combination.' },
  priority_threshold: { type: 'number', default: 0.3, min: 0, max: 1, description: 'Candidates below this priority are left out. Defaults to the [planner] priority_threshold.' },
  max_steps: { type: 'integer', default: 5, min: 1, max: 10, unit: 'actions', description: 'Longest combination. Defaults to the [planner] max_depth.' },
  max_combinations: { type: 'integer', default: 50, min: 10, max: 1000, description: 'Most sequences produced.' },
  max_candidates: { type: 'integer', default: 12, min: 5, max: 50, description: 'Sells and buys considered (each side, highest priority first).' },
};

export function combinationRuntime(settings: PlannerSettings): Record<string, number> {
  return { priority_threshold: settings.priority_threshold, max_steps: settings.max_depth };
}

/** Sells and buys at or above the threshold, highest priority first, each cut to `maxCandidates`. */
export function splitCandidates(
  opportunities: readonly ActionCandidate[],
  threshold: number,
  maxCandidates: number,
): { sells: ActionCandidate[]; buys: ActionCandidate[] } {
  const eligible = opportunities.filter((o) => o.priority >= threshold).sort((a, b) => b.priority - a.priority);
  return {
    sells: eligible.filter((o) => o.side === 'SELL').slice(0, maxCandidates),
    buys: eligible.filter((o) => o.side === 'BUY').slice(0, maxCandidates),
  };
}

/** Calls `visit` with every k-combination of `items` (lexicographic) until it returns false. */
export function forEachCombination<T>(items: readonly T[], k: number, visit: (combo: T[]) => boolean): boolean {
  const idx = Array.from({ length: k }, (_, i) => i);
  if (k <= 0 || k > items.length) return true;
  for (;;) {
    if (!visit(idx.map((i) => items[i]!))) return false;
    let j = k - 1;
    while (j >= 0 && idx[j] === items.length - k + j) j--;
    if (j < 0) return true;
    idx[j]!++;
    for (let t = j + 1; t < k; t++) idx[t] = idx[t - 1]! + 1;
  }
}

export function hasDuplicateSymbol(actions: readonly ActionCandidate[]): boolean {
  const seen = new Set<string>();
  for (const a of actions) {
    if (seen.has(a.symbol)) return true;
    seen.add(a.symbol);
  }
  return false;
}
