import type { Plan, PlanStep } from '../../../src-shared/domain/plan';

/** One trade (side + symbol) as it appears in two plans. */
export interface TradeChange {
  side: PlanStep['side'];
  symbol: string;
  name: string;
  kind: 'added' | 'removed' | 'resized' | 'unchanged';
  /** Shares in plan A / plan B (0 when absent). */
  quantityA: number;
  quantityB: number;
  valueEurA: number;
  valueEurB: number;
}

export interface PlanDiff {
  trades: TradeChange[];
  added: number;
  removed: number;
  resized: number;
  scoreBefore: number;
  scoreAfter: number;
  /** scoreAfter − scoreBefore (0–1 scale, like the scores). */
  scoreDelta: number;
  cashRequiredBefore: number;
  cashRequiredAfter: number;
}

interface Aggregate {
  side: PlanStep['side'];
  symbol: string;
  name: string;
  quantity: number;
  valueEur: number;
  firstStep: number;
}

/**
 * Trades of one plan keyed by side and symbol. A plan may buy the same security in two steps;
 * what a person compares is the total traded, so steps of the same trade are summed.
 */
function aggregate(plan: Plan): Map<string, Aggregate> {
  const out = new Map<string, Aggregate>();
  for (const step of plan.steps) {
    const key = `${step.side}:${step.symbol}`;
    const prev = out.get(key);
    if (prev) {
      prev.quantity += step.quantity;
      prev.valueEur += step.estimatedValueEur;
    } else {
      out.set(key, {
        side: step.side,
        symbol: step.symbol,
        name: step.name,
        quantity: step.quantity,
        valueEur: step.estimatedValueEur,
        firstStep: step.stepNumber,
      });
    }
  }
  return out;
}

/** Quantities are shares, possibly fractional after float maths: equal within a millionth. */
function sameQuantity(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * What changes in the outcome when plan A (e.g. the saved config's) becomes plan B (the edited
 * one's): trades added, removed or resized, and the end-state score before and after.
 * Trades are listed in B's step order, then the removed ones in A's order.
 */
export function diffPlans(a: Plan, b: Plan): PlanDiff {
  const tradesA = aggregate(a);
  const tradesB = aggregate(b);
  const trades: TradeChange[] = [];
  for (const [key, tb] of tradesB) {
    const ta = tradesA.get(key);
    const kind = !ta ? 'added' : sameQuantity(ta.quantity, tb.quantity) ? 'unchanged' : 'resized';
    trades.push({
      side: tb.side,
      symbol: tb.symbol,
      name: tb.name,
      kind,
      quantityA: ta?.quantity ?? 0,
      quantityB: tb.quantity,
      valueEurA: ta?.valueEur ?? 0,
      valueEurB: tb.valueEur,
    });
  }
  for (const [key, ta] of tradesA) {
    if (tradesB.has(key)) continue;
    trades.push({
      side: ta.side,
      symbol: ta.symbol,
      name: ta.name,
      kind: 'removed',
      quantityA: ta.quantity,
      quantityB: 0,
      valueEurA: ta.valueEur,
      valueEurB: 0,
    });
  }
  const count = (kind: TradeChange['kind']) => trades.filter((t) => t.kind === kind).length;
  return {
    trades,
    added: count('added'),
    removed: count('removed'),
    resized: count('resized'),
    scoreBefore: a.endStateScore,
    scoreAfter: b.endStateScore,
    scoreDelta: b.endStateScore - a.endStateScore,
    cashRequiredBefore: a.cashRequiredEur,
    cashRequiredAfter: b.cashRequiredEur,
  };
}
