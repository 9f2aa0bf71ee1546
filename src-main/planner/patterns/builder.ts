import type { ParamSpec } from '../../../src-shared/domain/modules';
import type { ActionCandidate } from '../../../src-shared/domain/plan';
import type { PlannerSettings } from '../../../src-shared/config/strategy';
import type { OpportunitiesByCategory } from '../module-types';

/**
 * Shared mechanics of the pattern generators (domain.md §3.2): sells first, each adding its value
 * to the running cash; buys greedily, skipping ones the running cash cannot pay; never more than
 * `maxDepth` actions and never the same symbol twice (such sequences fail feasibility anyway).
 */
export class SequenceBuilder {
  readonly actions: ActionCandidate[] = [];
  private readonly symbols = new Set<string>();
  cash: number;

  constructor(
    cash: number,
    readonly maxDepth: number,
  ) {
    this.cash = cash;
  }

  get full(): boolean {
    return this.actions.length >= this.maxDepth;
  }

  has(symbol: string): boolean {
    return this.symbols.has(symbol);
  }

  /** Adds a sell if there is room; returns whether it was added. */
  sell(a: ActionCandidate): boolean {
    if (this.full || this.symbols.has(a.symbol)) return false;
    this.push(a);
    this.cash += a.valueEur;
    return true;
  }

  /** Adds a buy if there is room and cash; returns whether it was added. */
  buy(a: ActionCandidate): boolean {
    if (this.full || this.symbols.has(a.symbol) || a.valueEur > this.cash) return false;
    this.push(a);
    this.cash -= a.valueEur;
    return true;
  }

  sellUpTo(list: readonly ActionCandidate[], limit: number): void {
    let added = 0;
    for (const a of list) {
      if (added >= limit || this.full) break;
      if (this.sell(a)) added++;
    }
  }

  /** Greedy buys in list order, skipping unaffordable ones. */
  buyGreedy(list: readonly ActionCandidate[]): void {
    for (const a of list) {
      if (this.full) break;
      this.buy(a);
    }
  }

  /** Buys in list order, stopping at the first unaffordable one (market_regime, adaptive). */
  buyUntilUnaffordable(list: readonly ActionCandidate[]): void {
    for (const a of list) {
      if (this.full || a.valueEur > this.cash) break;
      this.buy(a);
    }
  }

  result(): ActionCandidate[][] {
    return this.actions.length > 0 ? [this.actions] : [];
  }

  private push(a: ActionCandidate): void {
    this.actions.push(a);
    this.symbols.add(a.symbol);
  }
}

export const CATEGORY = {
  PT: 'profit_taking',
  AD: 'averaging_down',
  OB: 'opportunity_buys',
  RS: 'rebalance_sells',
  RB: 'rebalance_buys',
} as const;

export function cat(by: OpportunitiesByCategory, name: string): readonly ActionCandidate[] {
  return by[name] ?? [];
}

/** Concatenation of categories, optionally sorted by priority (descending, stable). */
export function union(by: OpportunitiesByCategory, names: readonly string[], sortByPriority: boolean): ActionCandidate[] {
  const list = names.flatMap((n) => [...cat(by, n)]);
  return sortByPriority ? list.sort((a, b) => b.priority - a.priority) : list;
}

export function maxDepthParam(defaultDepth: number): ParamSpec {
  return {
    type: 'integer',
    default: defaultDepth,
    min: 1,
    max: 10,
    unit: 'actions',
    description: 'Longest sequence this pattern builds. When left out, the [planner] max_depth applies.',
  };
}

/** Patterns follow the global max_depth unless their own is written in the file. */
export function depthFromSettings(settings: PlannerSettings): Record<string, number> {
  return { max_depth: settings.max_depth };
}
