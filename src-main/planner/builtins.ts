import { averagingDownCalculator } from './calculators/averaging-down';
import { opportunityBuysCalculator } from './calculators/opportunity-buys';
import { profitTakingCalculator } from './calculators/profit-taking';
import { rebalanceBuysCalculator } from './calculators/rebalance-buys';
import { rebalanceSellsCalculator } from './calculators/rebalance-sells';
import { weightBasedCalculator } from './calculators/weight-based';
import { correlationAwareFilter } from './filters/correlation-aware';
import { diversityFilter } from './filters/diversity';
import { eligibilityFilter } from './filters/eligibility';
import { recentlyTradedFilter } from './filters/recently-traded';
import { combinatorialGenerator } from './generators/combinatorial';
import { constraintRelaxationGenerator } from './generators/constraint-relaxation';
import { enhancedCombinatorialGenerator } from './generators/enhanced-combinatorial';
import { partialExecutionGenerator } from './generators/partial-execution';
import { adaptivePattern } from './patterns/adaptive';
import { averagingDownPattern } from './patterns/averaging-down';
import { cashGenerationPattern } from './patterns/cash-generation';
import { costOptimizedPattern } from './patterns/cost-optimized';
import { deepRebalancePattern } from './patterns/deep-rebalance';
import { directBuyPattern } from './patterns/direct-buy';
import { marketRegimePattern } from './patterns/market-regime';
import { mixedStrategyPattern } from './patterns/mixed-strategy';
import { multiSellPattern } from './patterns/multi-sell';
import { opportunityFirstPattern } from './patterns/opportunity-first';
import { profitTakingPattern } from './patterns/profit-taking';
import { rebalancePattern } from './patterns/rebalance';
import { singleBestPattern } from './patterns/single-best';
import { ModuleRegistry } from './registry';

/**
 * A registry holding the 27 built-in modules in execution order (domain.md §5.1; filters in the
 * DESIGN order eligibility, recently_traded, correlation_aware, diversity, so the diversity cap
 * applies to tradeable sequences only). Plugins are registered after these.
 */
export function createBuiltinRegistry(): ModuleRegistry {
  const r = new ModuleRegistry();
  for (const m of [profitTakingCalculator, averagingDownCalculator, opportunityBuysCalculator, rebalanceSellsCalculator, rebalanceBuysCalculator, weightBasedCalculator]) {
    r.register('calculator', m);
  }
  for (const m of [
    directBuyPattern,
    profitTakingPattern,
    rebalancePattern,
    averagingDownPattern,
    singleBestPattern,
    multiSellPattern,
    mixedStrategyPattern,
    opportunityFirstPattern,
    deepRebalancePattern,
    cashGenerationPattern,
    costOptimizedPattern,
    adaptivePattern,
    marketRegimePattern,
  ]) {
    r.register('pattern', m);
  }
  for (const m of [combinatorialGenerator, enhancedCombinatorialGenerator, partialExecutionGenerator, constraintRelaxationGenerator]) {
    r.register('sequence_generator', m);
  }
  for (const m of [eligibilityFilter, recentlyTradedFilter, correlationAwareFilter, diversityFilter]) r.register('filter', m);
  return r;
}
