import type { ActionCandidate } from '../../src-shared/domain/plan';
import type { PortfolioModel } from './model/portfolio-model';

/**
 * Lot-aware trade construction shared by the calculators (domain.md §3, TradeSizingService):
 * a buy of `targetEur` rounds down to whole lots but never below one lot; a sell rounds down to
 * whole lots and never exceeds the holding.
 */
export function buyQuantity(m: PortfolioModel, i: number, targetEur: number): number {
  const s = m.securities[i]!;
  const lot = Math.max(1, s.minLot);
  const lotCostEur = lot * m.priceEur[i]!;
  if (lotCostEur > targetEur) return lot;
  return Math.max(1, Math.floor(targetEur / lotCostEur)) * lot;
}

export function sellQuantity(m: PortfolioModel, i: number, wanted: number): number {
  const lot = Math.max(1, m.securities[i]!.minLot);
  const held = m.quantity[i]!;
  return Math.min(held, Math.floor(wanted / lot) * lot);
}

export function makeAction(
  m: PortfolioModel,
  i: number,
  side: 'BUY' | 'SELL',
  quantity: number,
  priority: number,
  reason: string,
  tags: string[],
): ActionCandidate {
  const s = m.securities[i]!;
  return {
    side,
    symbol: s.symbol,
    name: s.name,
    quantity,
    price: s.price,
    valueEur: quantity * m.priceEur[i]!,
    currency: s.currency,
    priority,
    reason,
    tags,
  };
}

export function pct(x: number, digits = 1): string {
  return `${(x * 100).toFixed(digits)}%`;
}
