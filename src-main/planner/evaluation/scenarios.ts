import type { PortfolioModel } from '../model/portfolio-model';
import type { Rng } from '../rng';
import type { EncodedSequences } from './encoded';
import { type Evaluator, OUT_SIZE } from './evaluator';

export type EvaluationMode = 'plain' | 'stochastic' | 'monte_carlo';

export const STOCHASTIC_SHIFTS = [-0.1, -0.05, 0, 0.05, 0.1] as const;

export interface ScenarioStats {
  mean: number;
  min: number;
  max: number;
  p10: number;
  p90: number;
  final: number;
  count: number;
}

/**
 * Scores a sequence under price scenarios (domain.md §4.7). Stochastic: the five uniform shifts,
 * final = 0.6 × worst + 0.4 × mean. Monte Carlo: per path and security a multiplier
 * exp(σ·Z) (σ = annual volatility clamped to [0.1, 1] / √252), clamped to [0.5, 2];
 * final = 0.4 × worst + 0.3 × p10 + 0.3 × mean. The paths are drawn once per run from the seeded
 * RNG and shared by all sequences (common random numbers: sequences are compared on the same
 * scenarios, and the same seed gives the same plan). The cost penalty applies in every scenario.
 * `out` receives the unshifted evaluation, which multi-objective search and the breakdown use.
 */
export class ScenarioScorer {
  private readonly scenarios: Float64Array[];
  private readonly scores: Float64Array;
  private readonly scratch = new Float64Array(OUT_SIZE);

  constructor(
    private readonly evaluator: Evaluator,
    readonly mode: EvaluationMode,
    model: PortfolioModel,
    paths: number,
    rng: Rng,
  ) {
    if (mode === 'stochastic') {
      this.scenarios = STOCHASTIC_SHIFTS.map((s) => new Float64Array(model.n).fill(1 + s));
    } else if (mode === 'monte_carlo') {
      this.scenarios = [];
      for (let p = 0; p < paths; p++) {
        const mult = new Float64Array(model.n);
        for (let i = 0; i < model.n; i++) {
          const sigma = model.volatility[i]! / Math.sqrt(252);
          mult[i] = Math.min(2, Math.max(0.5, Math.exp(sigma * rng.normal())));
        }
        this.scenarios.push(mult);
      }
    } else {
      this.scenarios = [];
    }
    this.scores = new Float64Array(this.scenarios.length);
  }

  /** Final score of sequence `j`; `out` gets the unshifted evaluation. */
  score(enc: EncodedSequences, j: number, out: Float64Array): number {
    const base = this.evaluator.evaluate(enc, j, null, out);
    if (this.mode === 'plain') return base;
    for (let s = 0; s < this.scenarios.length; s++) this.scores[s] = this.evaluator.evaluate(enc, j, this.scenarios[s]!, this.scratch);
    return this.stats().final;
  }

  /** Statistics of the last `score` call's scenarios. */
  stats(): ScenarioStats {
    const n = this.scores.length;
    let sum = 0;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (let s = 0; s < n; s++) {
      const v = this.scores[s]!;
      sum += v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    const mean = n > 0 ? sum / n : 0;
    if (this.mode === 'stochastic') return { mean, min, max, p10: min, p90: max, final: 0.6 * min + 0.4 * mean, count: n };
    const sorted = this.scores.slice().sort();
    const p10 = sorted[Math.floor(0.1 * n)]!;
    const p90 = sorted[Math.floor(0.9 * n)]!;
    return { mean, min, max, p10, p90, final: 0.4 * min + 0.3 * p10 + 0.3 * mean, count: n };
  }
}
