import type { RiskProfile } from '../../../src-shared/domain/plan';

/** End-state score weights per risk profile (domain.md §4.4). Each row sums to 1. */
export interface ScoreWeights {
  totalReturn: number;
  diversification: number;
  longTermPromise: number;
  stability: number;
  opinion: number;
}

export const RISK_WEIGHTS: Readonly<Record<RiskProfile, ScoreWeights>> = {
  balanced: { totalReturn: 0.35, diversification: 0.25, longTermPromise: 0.2, stability: 0.15, opinion: 0.05 },
  conservative: { totalReturn: 0.25, diversification: 0.3, longTermPromise: 0.2, stability: 0.2, opinion: 0.05 },
  aggressive: { totalReturn: 0.45, diversification: 0.2, longTermPromise: 0.25, stability: 0.05, opinion: 0.05 },
};

/** The neutral opinion score (no analyst input in the planner). */
export const OPINION_SCORE = 0.5;
