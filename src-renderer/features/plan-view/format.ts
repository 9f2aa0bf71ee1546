/** Display formats for planner figures: scores are 0–1 in data and shown ×100 (domain.md §2.7). */

export function formatScore(score: number): string {
  return (score * 100).toFixed(2);
}

/** A score difference in points, always signed: "+1.25", "−0.40", "±0.00". */
export function formatScoreDelta(delta: number): string {
  const points = delta * 100;
  if (Math.abs(points) < 0.005) return '±0.00';
  return `${points > 0 ? '+' : '−'}${Math.abs(points).toFixed(2)}`;
}

const eur = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 });

export function formatEur(value: number): string {
  return eur.format(value);
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
}

export function formatQuantity(q: number): string {
  return Number.isInteger(q) ? String(q) : q.toFixed(4).replace(/0+$/, '');
}
