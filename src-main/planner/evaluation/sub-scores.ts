import type { SecurityMetrics } from '../../../src-shared/domain/portfolio';

/**
 * The per-security sub-scores of the end-state score (domain.md §4.4), 0–1 each. Missing metrics
 * take the documented 0.5 defaults — not the monolith's 0.0 conversion, which scored "unknown"
 * as "bad" (e.g. a missing Sharpe as 0).
 */

const TOTAL_RETURN_TARGET = 0.12;

/** Bell curve around a 12% total return; below-target falls faster (σ 0.06) than above (σ 0.12). */
export function scoreTotalReturn(r: number): number {
  if (r <= 0) return 0.15;
  const sigma = r < TOTAL_RETURN_TARGET ? 0.06 : 0.12;
  return 0.15 + 0.85 * Math.exp(-((r - TOTAL_RETURN_TARGET) ** 2) / (2 * sigma * sigma));
}

export function scoreSortino(s: number): number {
  if (s >= 2) return 1;
  if (s >= 1.5) return 0.8 + 0.4 * (s - 1.5);
  if (s >= 1) return 0.6 + 0.4 * (s - 1);
  if (s >= 0) return 0.6 * s;
  return 0;
}

/** Dividend consistency derived from the payout ratio when not measured. */
export function dividendConsistencyFromPayout(p: number): number {
  if (p >= 0.3 && p <= 0.6) return 1;
  if (p < 0.3) return 0.5 + (0.5 * p) / 0.3;
  if (p <= 0.8) return 1 - (0.3 * (p - 0.6)) / 0.2;
  return 0.4;
}

export function scoreVolatility(v: number): number {
  if (v <= 0.15) return 1;
  if (v <= 0.25) return 1 - (0.3 * (v - 0.15)) / 0.1;
  if (v <= 0.4) return 0.7 - (0.4 * (v - 0.25)) / 0.15;
  return Math.max(0.1, 0.3 - (v - 0.4));
}

/** Max drawdown as a positive or negative fraction (its magnitude is scored). */
export function scoreMaxDrawdown(mdd: number): number {
  const d = Math.abs(mdd);
  if (d <= 0.1) return 1;
  if (d <= 0.2) return 0.8 + 2 * (0.2 - d);
  if (d <= 0.3) return 0.6 + 2 * (0.3 - d);
  if (d <= 0.5) return 0.2 + 2 * (0.5 - d);
  return Math.max(0, 0.2 - (d - 0.5));
}

export function scoreSharpe(s: number): number {
  if (s >= 2) return 1;
  if (s >= 1) return 0.7 + 0.3 * (s - 1);
  if (s >= 0.5) return 0.4 + 0.6 * (s - 0.5);
  if (s >= 0) return 0.8 * s;
  return 0;
}

/** Total-return sub-score: CAGR_5Y + dividend yield (missing ⇒ 0). */
export function totalReturnScore(m: SecurityMetrics): number {
  return scoreTotalReturn((m.CAGR_5Y ?? 0) + (m.DIVIDEND_YIELD ?? 0));
}

/** Long-term promise: 0.35 consistency + 0.25 financial strength + 0.25 dividend consistency + 0.15 Sortino. */
export function longTermPromiseScore(m: SecurityMetrics): number {
  const consistency = m.CONSISTENCY_SCORE ?? 0.5;
  const strength = m.FINANCIAL_STRENGTH ?? 0.5;
  const divConsistency =
    m.DIVIDEND_CONSISTENCY ?? (m.PAYOUT_RATIO !== undefined ? dividendConsistencyFromPayout(m.PAYOUT_RATIO) : 0.5);
  const sortino = m.SORTINO !== undefined ? scoreSortino(m.SORTINO) : 0.5;
  return Math.min(1, 0.35 * consistency + 0.25 * strength + 0.25 * divConsistency + 0.15 * sortino);
}

/** Stability: 0.5 volatility + 0.3 max drawdown + 0.2 Sharpe. */
export function stabilityScore(m: SecurityMetrics): number {
  const vol = m.VOLATILITY_ANNUAL !== undefined && m.VOLATILITY_ANNUAL > 0 ? scoreVolatility(m.VOLATILITY_ANNUAL) : 0.5;
  const dd = m.MAX_DRAWDOWN !== undefined ? scoreMaxDrawdown(m.MAX_DRAWDOWN) : 0.5;
  const sharpe = m.SHARPE !== undefined ? scoreSharpe(m.SHARPE) : 0.5;
  return 0.5 * vol + 0.3 * dd + 0.2 * sharpe;
}
