import type { ActionCandidate } from '../../src-shared/domain/plan';
import { countryAllocation, type PortfolioModel } from './model/portfolio-model';

/**
 * Human explanations (domain.md §4.9): why each step, and what the plan does as a whole. Texts
 * come from the action's tags and the portfolio's figures, so they read the same whichever
 * module produced the action.
 */
const eur = (x: number) => `€${Math.round(x).toLocaleString('en-US')}`;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function groupTag(tags: readonly string[], prefix: string): string | undefined {
  return tags.find((t) => t.startsWith(prefix))?.slice(prefix.length).toUpperCase();
}

function allocationText(model: PortfolioModel, group: string): string {
  const g = model.countryGroupNames.indexOf(group);
  if (g < 0) return '';
  const target = model.countryGroupTarget[g]!;
  if (Number.isNaN(target)) return '';
  return ` (${pct(countryAllocation(model)[g]!)} of the portfolio, target ${pct(target)})`;
}

function sellWhy(a: ActionCandidate, model: PortfolioModel): string {
  if (a.tags.includes('windfall') || a.tags.includes('profit_taking')) return `to take profits — ${a.reason.charAt(0).toLowerCase()}${a.reason.slice(1)}`;
  const over = groupTag(a.tags, 'overweight_');
  if (over) return `because ${over} is overweight${allocationText(model, over)}`;
  if (a.tags.includes('optimizer_target')) return `to move toward the optimizer's target — ${a.reason}`;
  return `because ${a.reason.charAt(0).toLowerCase()}${a.reason.slice(1)}`;
}

function buyWhy(a: ActionCandidate, model: PortfolioModel, i: number | undefined): string {
  if (a.tags.includes('averaging_down') && i !== undefined && model.avgPrice[i]! > 0) {
    const s = model.securities[i]!;
    const below = (model.avgPrice[i]! - s.price) / model.avgPrice[i]!;
    return `to average down: it trades ${pct(below)} below your average cost of ${model.avgPrice[i]!.toFixed(2)} ${s.currency}, lowering the cost basis of a quality holding`;
  }
  const under = groupTag(a.tags, 'underweight_');
  if (under) return `because ${under} is underweight${allocationText(model, under)}`;
  if (a.tags.includes('optimizer_target')) return `to move toward the optimizer's target — ${a.reason}`;
  if (a.tags.includes('quality') || a.tags.includes('opportunity')) {
    return `because it is a high-quality security (quality score ${i === undefined ? '?' : model.quality[i]!.toFixed(2)})`;
  }
  return `because ${a.reason.charAt(0).toLowerCase()}${a.reason.slice(1)}`;
}

/** Why this step: "Sell €V of Name (SYM), P% of the position, to take profits — …". */
export function stepNarrative(a: ActionCandidate, model: PortfolioModel, fundsBuy: ActionCandidate | undefined): string {
  const i = model.index.get(a.symbol);
  const who = `${a.name} (${a.symbol})`;
  if (a.side === 'SELL') {
    const held = i === undefined ? 0 : model.valueEur[i]!;
    const share = held > 0 ? `, ${Math.round((a.valueEur / held) * 100)}% of the position,` : '';
    const funds = fundsBuy ? ` This frees capital to buy ${fundsBuy.name} (${fundsBuy.symbol}).` : '';
    return `Sell ${eur(a.valueEur)} of ${who}${share} ${sellWhy(a, model)}.${funds}`;
  }
  const y = i === undefined ? 0 : model.dividendYield[i]!;
  const dividend = y > 0.03 ? ` It also yields ${pct(y)} in dividends.` : '';
  return `Buy ${eur(a.valueEur)} of ${who} ${buyWhy(a, model, i)}.${dividend}`;
}

/** What the plan does: strategy sentence, size, totals, expected outcome. */
export function planNarrative(actions: readonly ActionCandidate[], currentScore: number, endScore: number): string {
  if (actions.length === 0) return 'No actions recommended. The portfolio is well-positioned.';
  const sells = actions.filter((a) => a.side === 'SELL');
  const buys = actions.filter((a) => a.side === 'BUY');
  let strategy: string;
  if (sells.some((a) => a.tags.includes('windfall'))) strategy = 'Take profits from windfall gains and put the proceeds to work.';
  else if (buys.some((a) => a.tags.includes('averaging_down'))) strategy = 'Average down into quality holdings that trade below cost.';
  else if (sells.length > 0 && buys.length > 0) strategy = 'Rebalance: trim what is overweight and add what is underweight.';
  else if (buys.length > 0) strategy = 'Invest available cash in the best opportunities.';
  else strategy = 'Reduce exposure where the portfolio is overweight or gains are excessive.';
  const parts = [strategy, `The plan consists of ${actions.length} action${actions.length === 1 ? '' : 's'}.`];
  const sum = (list: readonly ActionCandidate[]) => list.reduce((s, a) => s + a.valueEur, 0);
  if (sells.length > 0) parts.push(`Sell ${eur(sum(sells))} (${sells.map((a) => a.symbol).join(', ')}).`);
  if (buys.length > 0) parts.push(`Buy ${eur(sum(buys))} (${buys.map((a) => a.symbol).join(', ')}).`);
  const delta = (endScore - currentScore) * 100;
  parts.push(
    Math.abs(delta) < 0.05
      ? 'Expected outcome: the portfolio score is maintained.'
      : `Expected outcome: ${delta > 0 ? '+' : ''}${delta.toFixed(1)} points (score ${(currentScore * 100).toFixed(1)} → ${(endScore * 100).toFixed(1)}).`,
  );
  return parts.join(' ');
}
