import type { TradeSide } from './portfolio';

/**
 * What the planner produces: candidate actions, sequences of them, and the plan (the best
 * sequence with scores and narratives). Scores are 0–1 everywhere (domain.md §8.1); the UI
 * multiplies by 100 only for display.
 */

/** Tag vocabulary of domain.md §2.6 (plus `underweight_<group>` / `overweight_<group>`). */
export type ActionTag = string;

export interface ActionCandidate {
  side: TradeSide;
  symbol: string;
  name: string;
  /** Shares (lot-aware for buys). */
  quantity: number;
  /** Native currency per share. */
  price: number;
  /** Trade value in EUR; all cash math uses it. */
  valueEur: number;
  currency: string;
  /** Higher = more important; not bounded to 0–1. */
  priority: number;
  reason: string;
  tags: ActionTag[];
}

/** An ordered list of actions, and the module that produced it. */
export interface ActionSequence {
  actions: ActionCandidate[];
  source: string;
}

export type RiskProfile = 'balanced' | 'conservative' | 'aggressive';

export interface ScoreComponent {
  score: number;
  weight: number;
  contribution: number;
}

/** The five-part end-state score and what the planner layered on top (domain.md §4.4–4.7). */
export interface ScoreBreakdown {
  totalReturn: ScoreComponent;
  diversification: ScoreComponent;
  longTermPromise: ScoreComponent;
  stability: ScoreComponent;
  opinion: ScoreComponent;
  /** Five-part score before cost penalty and scenario aggregation. */
  endStateScore: number;
  riskProfile: RiskProfile;
  transactionCost: { totalCostEur: number; costPenalty: number; adjustedScore: number };
  multiObjective?: { endScore: number; diversificationScore: number; riskScore: number; transactionCost: number };
  multiTimeframe?: { factor: number };
  stochastic?: { meanScore: number; worstScore: number; finalScore: number; scenariosEvaluated: number };
  monteCarlo?: {
    paths: number;
    mean: number;
    min: number;
    max: number;
    p10: number;
    p90: number;
    finalScore: number;
  };
}

export interface PlanStep {
  stepNumber: number;
  side: TradeSide;
  symbol: string;
  name: string;
  quantity: number;
  estimatedPrice: number;
  estimatedValueEur: number;
  currency: string;
  reason: string;
  narrative: string;
  isWindfall: boolean;
  isAveragingDown: boolean;
  contributesTo: ActionTag[];
}

export interface Plan {
  steps: PlanStep[];
  /** End-state score of the portfolio as it is (no actions), 0–1: the same metric as endStateScore. */
  currentScore: number;
  /** End-state score of the chosen sequence (after penalty/scenarios), 0–1. */
  endStateScore: number;
  /** endStateScore − currentScore, like-for-like (the source subtracted the health score; domain.md §2.7). */
  improvement: number;
  narrativeSummary: string;
  scoreBreakdown: ScoreBreakdown | null;
  cashRequiredEur: number;
  cashGeneratedEur: number;
  availableCashEur: number;
  feasible: boolean;
  /** Module that produced the chosen sequence. */
  source: string | null;
}
