import type { ActionCandidate } from '../../src-shared/domain/plan';
import type { PortfolioModel } from './model/portfolio-model';

/**
 * Picks `maxCount` candidates of one category (domain.md §3.2, monolith diverse selection).
 * Without diversity: the highest priorities. With it: candidates are clustered by country
 * (else industry, else the first 3 letters of the symbol); clusters are visited by summed
 * priority, each giving its best max(1, maxCount ÷ clusters); the rest is topped up by priority;
 * then the picks are re-ranked by (1 − w) × priority / 100 + w / (1 + 0.5 × others in the same
 * cluster) and cut to maxCount.
 */
export function selectCandidates(
  list: readonly ActionCandidate[],
  maxCount: number,
  diverse: boolean,
  weight: number,
  model: PortfolioModel,
): ActionCandidate[] {
  const byPriority = [...list].sort((a, b) => b.priority - a.priority);
  if (byPriority.length <= maxCount) return byPriority;
  if (!diverse) return byPriority.slice(0, maxCount);
  const clusterOf = (a: ActionCandidate): string => {
    const i = model.index.get(a.symbol);
    const s = i === undefined ? undefined : model.securities[i];
    if (s?.country) return `COUNTRY:${s.country}`;
    if (s?.industry) return `INDUSTRY:${s.industry}`;
    return `SYMBOL:${a.symbol.slice(0, 3)}`;
  };
  const clusters = new Map<string, ActionCandidate[]>();
  for (const a of byPriority) {
    const key = clusterOf(a);
    const c = clusters.get(key);
    if (c) c.push(a);
    else clusters.set(key, [a]);
  }
  const quota = Math.max(1, Math.floor(maxCount / clusters.size));
  const ordered = [...clusters.values()].sort(
    (x, y) => y.reduce((s, a) => s + a.priority, 0) - x.reduce((s, a) => s + a.priority, 0),
  );
  const picked: ActionCandidate[] = [];
  for (const c of ordered) {
    if (picked.length >= maxCount) break;
    picked.push(...c.slice(0, quota));
  }
  for (const a of byPriority) {
    if (picked.length >= maxCount) break;
    if (!picked.includes(a)) picked.push(a);
  }
  const counts = new Map<string, number>();
  for (const a of picked) counts.set(clusterOf(a), (counts.get(clusterOf(a)) ?? 0) + 1);
  const rank = (a: ActionCandidate) => (1 - weight) * (a.priority / 100) + weight / (1 + 0.5 * ((counts.get(clusterOf(a)) ?? 1) - 1));
  return picked
    .map((a, order) => ({ a, order, r: rank(a) }))
    .sort((x, y) => y.r - x.r || x.order - y.order)
    .slice(0, maxCount)
    .map((x) => x.a);
}
