import type { ActionSequence, Plan } from '../../src-shared/domain/plan';
import type { EncodedSequences } from './evaluation/encoded';
import { OUT_SIZE, type Evaluator } from './evaluation/evaluator';
import type { ScenarioScorer } from './evaluation/scenarios';
import type { Candidate } from './evaluation/search';
import type { PortfolioModel } from './model/portfolio-model';
import { planNarrative, stepNarrative } from './narrative';

/** The plan of a run (domain.md §1.1 step 8, §2.7): the winning sequence as steps with narratives. */
const NOTHING_FEASIBLE = 'No actionable opportunities found. Portfolio is well-balanced.';

/** No plan: nothing survived the checks, or the best sequence (`bestScore`) does not beat doing nothing. */
export function emptyPlan(model: PortfolioModel, currentScore: number, bestScore: number | null): Plan {
  return {
    steps: [],
    currentScore,
    endStateScore: currentScore,
    improvement: 0,
    narrativeSummary:
      bestScore === null
        ? NOTHING_FEASIBLE
        : `No sequence improves on the portfolio as it is (best ${(bestScore * 100).toFixed(1)} vs ${(currentScore * 100).toFixed(1)} now). Portfolio is well-balanced.`,
    scoreBreakdown: null,
    cashRequiredEur: 0,
    cashGeneratedEur: 0,
    availableCashEur: model.cashEur,
    feasible: true,
    source: null,
  };
}

export function buildPlan(
  seq: ActionSequence,
  winner: Candidate,
  enc: EncodedSequences,
  evaluator: Evaluator,
  scorer: ScenarioScorer,
  model: PortfolioModel,
  currentScore: number,
  multiObjective: boolean,
): Plan {
  const breakdown = evaluator.breakdown(enc, winner.index);
  if (scorer.mode !== 'plain') {
    scorer.score(enc, winner.index, new Float64Array(OUT_SIZE));
    const st = scorer.stats();
    if (scorer.mode === 'stochastic') breakdown.stochastic = { meanScore: st.mean, worstScore: st.min, finalScore: st.final, scenariosEvaluated: st.count };
    else breakdown.monteCarlo = { paths: st.count, mean: st.mean, min: st.min, max: st.max, p10: st.p10, p90: st.p90, finalScore: st.final };
  }
  if (multiObjective) breakdown.multiObjective = { endScore: winner.score, diversificationScore: winner.diversification, riskScore: winner.risk, transactionCost: winner.cost };
  const actions = seq.actions;
  const steps = actions.map((a, k) => ({
    stepNumber: k + 1,
    side: a.side,
    symbol: a.symbol,
    name: a.name,
    quantity: a.quantity,
    estimatedPrice: a.price,
    estimatedValueEur: a.valueEur,
    currency: a.currency,
    reason: a.reason,
    narrative: stepNarrative(a, model, a.side === 'SELL' ? actions.slice(k + 1).find((b) => b.side === 'BUY') : undefined),
    isWindfall: a.tags.includes('windfall'),
    isAveragingDown: a.tags.includes('averaging_down'),
    contributesTo: [...a.tags],
  }));
  const cashRequired = actions.filter((a) => a.side === 'BUY').reduce((s, a) => s + a.valueEur, 0);
  const cashGenerated = actions.filter((a) => a.side === 'SELL').reduce((s, a) => s + a.valueEur, 0);
  return {
    steps,
    currentScore,
    endStateScore: winner.score,
    improvement: winner.score - currentScore,
    narrativeSummary: planNarrative(actions, currentScore, winner.score),
    scoreBreakdown: breakdown,
    cashRequiredEur: cashRequired,
    cashGeneratedEur: cashGenerated,
    availableCashEur: model.cashEur,
    feasible: cashRequired <= model.cashEur + cashGenerated + 1e-9,
    source: seq.source,
  };
}
