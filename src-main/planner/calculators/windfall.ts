/**
 * The windfall rule behind profit taking (domain.md §3.1): how much of a gain is "excess" over
 * what the security's own growth rate explains, a 0–1 windfall score, and how much to sell.
 *
 * `threshold` is the TOML key `windfall_threshold` (the source documented but never read it): the
 * smallest excess that triggers the 20% sale (the source hard-coded 0.25). A doubled position
 * (gain ≥ 100%) always takes profits: 50% if excess > 0.30, else 30%. Excess ≥ max(0.50,
 * threshold) sells 40%.
 */
export interface WindfallResult {
  gain: number;
  excess: number;
  score: number;
  sellFraction: number;
  reason: string;
}

export function windfallScore(excess: number): number {
  if (excess >= 0.5) return 1;
  if (excess >= 0.25) return 0.5 + (0.5 * (excess - 0.25)) / 0.25;
  if (excess > 0) return (0.5 * excess) / 0.25;
  return 0;
}

export function assessWindfall(gain: number, yearsHeld: number, cagr: number, threshold: number): WindfallResult {
  const expected = yearsHeld <= 0 || cagr <= -1 ? 0 : (1 + cagr) ** yearsHeld - 1;
  const excess = gain - expected;
  const score = windfallScore(excess);
  const g = (gain * 100).toFixed(0);
  const e = (excess * 100).toFixed(0);
  let sellFraction = 0;
  let reason = '';
  if (gain >= 1) {
    sellFraction = excess > 0.3 ? 0.5 : 0.3;
    reason = excess > 0.3 ? `Windfall doubler: up ${g}%, ${e} points above its usual growth` : `Consistent doubler: up ${g}%`;
  } else if (excess >= Math.max(0.5, threshold)) {
    sellFraction = 0.4;
    reason = `Large windfall: up ${g}%, ${e} points above its usual growth`;
  } else if (excess >= threshold) {
    sellFraction = 0.2;
    reason = `Windfall: up ${g}%, ${e} points above its usual growth`;
  }
  return { gain, excess, score, sellFraction, reason };
}
