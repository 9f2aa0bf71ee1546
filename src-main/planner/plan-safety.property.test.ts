import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from './fixtures/generate-portfolio';
import { runPlan } from './run-plan';
import { presetToml } from './testing/fixtures';

/**
 * Whatever the portfolio and the strategy, a plan never spends cash it does not have at any step
 * and never sells more of a security than is held (each security at most once per plan).
 */
describe('plan safety (property)', () => {
  it('never overspends cash or oversells holdings', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 0, max: 1_000_000 }),
          securities: fc.integer({ min: 5, max: 60 }),
          heldShare: fc.double({ min: 0, max: 1, noNaN: true }),
          cashFactor: fc.double({ min: 0, max: 3, noNaN: true }),
          preset: fc.constantFrom('default' as const, 'conservative' as const, 'aggressive' as const),
          depth: fc.integer({ min: 1, max: 10 }),
          relax: fc.boolean(),
          monteCarlo: fc.boolean(),
        }),
        (c) => {
          const p = generatePortfolio({ securities: c.securities, positions: Math.round(c.securities * c.heldShare), seed: c.seed });
          p.cashEur = Math.round(p.cashEur * c.cashFactor * 100) / 100;
          let toml = presetToml(c.preset).replace(/^max_depth = \d+/m, `max_depth = ${c.depth}`);
          if (c.relax) toml = toml.replace(/\[sequence_generators\.(partial_execution|constraint_relaxation)\]\nenabled = false/g, '[sequence_generators.$1]\nenabled = true');
          if (c.monteCarlo) toml = toml.replace('enable_monte_carlo_paths = false', 'enable_monte_carlo_paths = true');
          const { plan } = runPlan({ toml, portfolio: p, seed: c.seed });
          const held = new Map(p.positions.map((x) => [x.symbol, x.quantity]));
          const seen = new Set<string>();
          let cash = p.cashEur;
          for (const step of plan.steps) {
            expect(seen.has(step.symbol)).toBe(false);
            seen.add(step.symbol);
            expect(step.quantity).toBeGreaterThan(0);
            if (step.side === 'SELL') {
              expect(step.quantity).toBeLessThanOrEqual(held.get(step.symbol) ?? 0);
              cash += step.estimatedValueEur;
            } else {
              cash -= step.estimatedValueEur;
              expect(cash).toBeGreaterThanOrEqual(-1e-6);
            }
          }
          expect(plan.cashRequiredEur).toBeLessThanOrEqual(p.cashEur + plan.cashGeneratedEur + 1e-6);
          expect(plan.feasible).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
