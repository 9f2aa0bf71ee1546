import type { ActionCandidate } from '../../src-shared/domain/plan';
import type { PortfolioModel } from './model/portfolio-model';

/**
 * Human explanations (domain.md §4.9): why each step, and what the plan does as a whole.
 */
const eur = (x: number) => `€${Math.round(x).toLocaleString('en-US')}`;

function tagGroup(tags: readonly string[], prefix: string): string | undefined {
  return tags.find((t) => t.startsWith(prefix))?.slice(prefix.length).toUpperCase();
}

export function stepNarrative(a: ActionCandidate, model: PortfolioModel, firstBuyAfter: ActionCandidate | undefined): string {
  const i = model.index.get(a.symbol);
  const who = `${a.name} (${a.symbol})`;
  if (a.side === 'SELL') {
    const held = i === undefined ? 0 : model.valueEur[i]!;
    const share = held > 0 ? ` (${Math.round((a.valueEur / held) * 100)}% of the position)` : '';
    let why = a.reason;
    if (a.tags.includes('windfall')) why = `it has gained far more than its usual growth explains — ${a.reason.charAt(0).toLowerCase()}${a.reason.slice(1)}`;
    else if (a.tags.includes('profit_taking')) why = `to lock in gains: ${a.reason}`;
    else if (a.tags.includes('rebalance')) {
      const g = tagGroup(a.tags, 'overweight_');
      why = g ? `${g} is above its target allocation` : a.reason;
    }
    const funds = firstBuyAfter ? `; this frees capital to invest in ${firstBuyAfter.name} (${firstBuyAfter.symbol})` : '';
    return `Sell ${eur(a.valueEur)} of ${who}${share} because ${why}${funds}.`;
  }
  let why = a.reason;
  if (a.tags.includes('averaging_down')) why = `it trades below your average cost (${a.reason.charAt(0).toLowerCase()}${a.reason.slice(1)}), lowering the cost basis`;
  else if (a.tags.includes('rebalance')) {
    const g = tagGroup(a.tags, 'underweight_');
    why = g ? `${g} is below its target allocation` : a.reason;
  } else if (a.tags.includes('quality') || a.tags.includes('opportunity')) why = `it is a high-quality opportunity (${a.reason.charAt(0).toLowerCase()}${a.reason.slice(1)})`;
  const y = i === undefined ? 0 : model.dividendYield[i]!;
  const dividend = y > 0.03 ? ` It also pays a ${(y * 100).toFixed(1)}% dividend yield.` : '';
  return `Buy ${eur(a.valueEur)} of ${who} because ${why}.${dividend}`;
}

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
