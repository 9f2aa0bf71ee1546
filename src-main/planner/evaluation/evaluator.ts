import type { RiskProfile, ScoreBreakdown } from '../../../src-shared/domain/plan';
import type { PortfolioModel } from '../model/portfolio-model';
import type { EncodedSequences } from './encoded';
import { OPINION_SCORE, RISK_WEIGHTS, type ScoreWeights } from './risk-weights';

export interface EvaluatorOptions {
  fixedCost: number;
  percentCost: number;
  costPenaltyFactor: number;
  riskProfile: RiskProfile;
  multiTimeframe: boolean;
}

/** Slots of the `out` array `evaluate` fills (no object per evaluation). */
export const OUT = {
  score: 0,
  endState: 1,
  diversification: 2,
  risk: 3,
  cost: 4,
  totalReturn: 5,
  longTermPromise: 6,
  endCash: 7,
} as const;
export const OUT_SIZE = 8;

/** ×1.015: the 20/30/50 blend of 0.95, 1.0 and 1.05 (domain.md §4.6). */
const MULTI_TIMEFRAME = 0.2 * 0.95 + 0.3 * 1 + 0.5 * 1.05;

/**
 * Simulates a sequence on the portfolio and scores the end state (domain.md §4.1–4.6), in
 * O(actions): the weighted sums of the five-part score, the health score's dividend and quality
 * sums, each country group's value and the summed deviation from the group targets are kept as
 * aggregates of the current portfolio, and a sequence only applies the deltas of the positions it
 * touches (then restores them). Simulation follows the source: a sell lowers the position (floored
 * at 0) and adds its value to cash; a buy that cash cannot pay is skipped; total value (invested +
 * cash) stays constant. Transaction costs are charged for executed actions and enter as the cost
 * penalty; `multipliers` (per security) scale traded values for price scenarios.
 *
 * Health score (§4.3, 0–100, the end-state score's diversification input, ÷ 100):
 * 0.4 D + 0.3 V + 0.3 Q with D = max(0, 100 × (1 − mean |group share − target| / 0.3)) over the
 * country groups with a target (mean 0.2 without targets), V = min(100, 30 + 1000 × Σ yield ×
 * weight) (50 without dividend data), Q = 100 × Σ quality × weight (50 without quality data).
 * Nothing is rounded: rounding is for display, and inside it would create ties.
 */
export class Evaluator {
  readonly weights: ScoreWeights;
  private readonly work: Float64Array;
  private readonly groupBase: Float64Array;
  private readonly groupWork: Float64Array;
  /** Target per country group, NaN without one. */
  private readonly groupTarget: Float64Array;
  private readonly targetCount: number;
  private readonly base: { tr: number; ltp: number; st: number; div: number; q: number; deviation: number };

  constructor(
    private readonly model: PortfolioModel,
    private readonly options: EvaluatorOptions,
  ) {
    this.weights = RISK_WEIGHTS[options.riskProfile];
    this.work = Float64Array.from(model.valueEur);
    const g = model.countryGroupNames.length;
    this.groupBase = new Float64Array(g);
    this.groupTarget = Float64Array.from(model.countryGroupTarget);
    this.targetCount = this.groupTarget.filter((t) => !Number.isNaN(t)).length;
    const base = { tr: 0, ltp: 0, st: 0, div: 0, q: 0, deviation: 0 };
    for (let i = 0; i < model.n; i++) {
      const v = model.valueEur[i]!;
      if (v <= 0) continue;
      base.tr += model.totalReturn[i]! * v;
      base.ltp += model.longTermPromise[i]! * v;
      base.st += model.stability[i]! * v;
      base.div += model.dividendYield[i]! * v;
      base.q += model.quality[i]! * v;
      this.groupBase[model.countryGroup[i]!] = this.groupBase[model.countryGroup[i]!]! + v;
    }
    const total = model.totalValueEur;
    for (let k = 0; k < g; k++) {
      const t = this.groupTarget[k]!;
      if (!Number.isNaN(t) && total > 0) base.deviation += Math.abs(this.groupBase[k]! / total - t);
    }
    this.groupWork = Float64Array.from(this.groupBase);
    this.base = base;
  }

  /**
   * End-state score of the portfolio as it is (no actions), on the same scale as `evaluate`, so a
   * plan's improvement is like-for-like (the source compared the health score with the end-state
   * score, two different metrics; domain.md §2.7).
   */
  scoreAsIs(): number {
    const empty: EncodedSequences = { count: 1, offsets: new Int32Array(2), security: new Int32Array(0), sell: new Uint8Array(0), valueEur: new Float64Array(0) };
    return this.evaluate(empty, 0, null, new Float64Array(OUT_SIZE));
  }

  /** Scores sequence `j` of `enc` into `out` and returns the score (0–1). Allocation-free. */
  evaluate(enc: EncodedSequences, j: number, multipliers: Float64Array | null, out: Float64Array): number {
    const m = this.model;
    const o = this.options;
    const work = this.work;
    const gw = this.groupWork;
    const total = m.totalValueEur;
    const inv = total > 0 ? 1 / total : 0;
    const start = enc.offsets[j]!;
    const end = enc.offsets[j + 1]!;
    let cash = m.cashEur;
    let tr = this.base.tr;
    let ltp = this.base.ltp;
    let st = this.base.st;
    let div = this.base.div;
    let q = this.base.q;
    let deviation = this.base.deviation;
    let held = m.heldCount;
    let cost = 0;
    for (let k = start; k < end; k++) {
      const i = enc.security[k]!;
      const value = multipliers === null ? enc.valueEur[k]! : enc.valueEur[k]! * multipliers[i]!;
      const old = work[i]!;
      let next: number;
      if (enc.sell[k] === 1) {
        next = old - value;
        if (next < 0) next = 0;
        cash += value;
      } else {
        if (value > cash) continue;
        next = old + value;
        cash -= value;
      }
      const d = next - old;
      work[i] = next;
      tr += m.totalReturn[i]! * d;
      ltp += m.longTermPromise[i]! * d;
      st += m.stability[i]! * d;
      div += m.dividendYield[i]! * d;
      q += m.quality[i]! * d;
      const g = m.countryGroup[i]!;
      const before = gw[g]!;
      gw[g] = before + d;
      const t = this.groupTarget[g]!;
      if (t === t) deviation += Math.abs((before + d) * inv - t) - Math.abs(before * inv - t); // t === t: has a target
      if (old <= 0 && next > 0) held++;
      else if (old > 0 && next <= 0) held--;
      cost += o.fixedCost + value * o.percentCost;
    }
    for (let k = start; k < end; k++) {
      const i = enc.security[k]!;
      work[i] = m.valueEur[i]!;
      const g = m.countryGroup[i]!;
      gw[g] = this.groupBase[g]!;
    }
    let endState = 0.5;
    let diversification = 0.5;
    let trScore = 0;
    let ltpScore = 0;
    let risk = 0.5;
    if (total > 0 && held > 0) {
      const meanDeviation = this.targetCount > 0 ? deviation / this.targetCount : 0.2;
      const dPart = Math.max(0, 100 * (1 - meanDeviation / 0.3));
      const vPart = m.hasDividendData ? Math.min(100, 30 + 1000 * div * inv) : 50;
      const qPart = m.hasQualityData ? 100 * q * inv : 50;
      diversification = (0.4 * dPart + 0.3 * vPart + 0.3 * qPart) / 100;
      trScore = tr * inv;
      ltpScore = ltp * inv;
      risk = st * inv;
      const w = this.weights;
      endState = w.totalReturn * trScore + w.diversification * diversification + w.longTermPromise * ltpScore + w.stability * risk + w.opinion * OPINION_SCORE;
      if (endState > 1) endState = 1;
    }
    let score = endState - cost * inv * o.costPenaltyFactor;
    if (score < 0) score = 0;
    if (o.multiTimeframe) score = Math.min(1, score * MULTI_TIMEFRAME);
    out[OUT.score] = score;
    out[OUT.endState] = endState;
    out[OUT.diversification] = diversification;
    out[OUT.risk] = risk;
    out[OUT.cost] = cost;
    out[OUT.totalReturn] = trScore;
    out[OUT.longTermPromise] = ltpScore;
    out[OUT.endCash] = cash;
    return score;
  }

  /** The full breakdown of one evaluation (for the chosen plan only; allocates). */
  breakdown(enc: EncodedSequences, j: number): ScoreBreakdown {
    const out = new Float64Array(OUT_SIZE);
    this.evaluate(enc, j, null, out);
    const w = this.weights;
    const part = (score: number, weight: number) => ({ score, weight, contribution: score * weight });
    const penalty = this.model.totalValueEur > 0 ? (out[OUT.cost]! / this.model.totalValueEur) * this.options.costPenaltyFactor : 0;
    const b: ScoreBreakdown = {
      totalReturn: part(out[OUT.totalReturn]!, w.totalReturn),
      diversification: part(out[OUT.diversification]!, w.diversification),
      longTermPromise: part(out[OUT.longTermPromise]!, w.longTermPromise),
      stability: part(out[OUT.risk]!, w.stability),
      opinion: part(OPINION_SCORE, w.opinion),
      endStateScore: out[OUT.endState]!,
      riskProfile: this.options.riskProfile,
      transactionCost: { totalCostEur: out[OUT.cost]!, costPenalty: penalty, adjustedScore: Math.max(0, out[OUT.endState]! - penalty) },
    };
    if (this.options.multiTimeframe) b.multiTimeframe = { factor: MULTI_TIMEFRAME };
    return b;
  }
}
