/**
 * The portfolio snapshot a plan is made for: the universe of securities (with prices, FX, quality
 * and metrics), the held positions, cash, allocation targets and recent trades. This is also the
 * JSON format of `assets/sample-portfolio.json` and of imported portfolios.
 *
 * Money: `cashEur` and every `*Eur` field are EUR; prices are in the security's native currency;
 * `fxRate` = units of native currency per 1 EUR, so EUR = native / fxRate (domain.md §0).
 */

export type TradeSide = 'BUY' | 'SELL';

/** Per-security metrics as the source's metrics store names them (domain.md §2.8). All optional. */
export const METRIC_KEYS = [
  'CAGR_5Y',
  'CAGR_10Y',
  'DIVIDEND_YIELD',
  'CONSISTENCY_SCORE',
  'FINANCIAL_STRENGTH',
  'DIVIDEND_CONSISTENCY',
  'PAYOUT_RATIO',
  'SORTINO',
  'VOLATILITY_ANNUAL',
  'MAX_DRAWDOWN',
  'SHARPE',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];
export type SecurityMetrics = Partial<Record<MetricKey, number>>;

export interface Security {
  symbol: string;
  name: string;
  country: string | null;
  /** One industry or a comma-separated list. */
  industry: string | null;
  currency: string;
  /** Current price in native currency. */
  price: number;
  /** Native currency units per 1 EUR (1 for EUR). */
  fxRate: number;
  minLot: number;
  allowBuy: boolean;
  allowSell: boolean;
  /** User weighting: buys multiply their priority by it, sells divide. */
  priorityMultiplier: number;
  /** Quality score 0–1 (the source's `security_scores`). */
  qualityScore: number | null;
  metrics: SecurityMetrics;
}

export interface Position {
  symbol: string;
  quantity: number;
  /** Average purchase price in native currency. */
  avgPrice: number;
  /** ISO date of the first purchase (windfall "years held", minimum hold). */
  firstBoughtAt: string | null;
}

export interface TradeRecord {
  symbol: string;
  side: TradeSide;
  /** ISO date. */
  date: string;
}

export type MarketRegime = 'bull' | 'bear' | 'sideways';

export interface PortfolioSnapshot {
  name: string;
  /** ISO date the snapshot describes; cooldowns and holding periods count from it (not the clock). */
  asOf: string;
  cashEur: number;
  securities: Security[];
  positions: Position[];
  /** Country group → list of countries (unmapped countries belong to "OTHER"). */
  countryGroups: Record<string, string[]>;
  /** Industry group → list of industries. */
  industryGroups: Record<string, string[]>;
  /** Country group → target weight (fraction 0–1). */
  countryTargets: Record<string, number>;
  /** Industry group → target weight (fraction 0–1). */
  industryTargets: Record<string, number>;
  /** Optimizer target weights, symbol → fraction (used by weight_based). */
  targetWeights: Record<string, number> | null;
  /** Recent trades (cooldowns, minimum hold). */
  trades: TradeRecord[];
  /** Pairwise return correlations, key "A:B" (either order). */
  correlations: Record<string, number> | null;
  /** Detected market regime (used when enable_market_regime_scenarios is on). */
  marketRegime: MarketRegime;
}
