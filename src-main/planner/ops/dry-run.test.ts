import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBuiltinRegistry } from '../builtins';
import { CircuitBreaker } from './circuit-breaker';
import { dryRun } from './dry-run';

const catalog = createBuiltinRegistry().catalog();
const preset = (name: string) => fs.readFileSync(path.resolve(import.meta.dirname, '../../../assets/presets', `${name}.toml`), 'utf8');

const SMALL = `
[planner]
max_depth = 3
max_opportunities_per_category = 4
enable_batch_generation = true

[opportunity_calculators.profit_taking]
enabled = true
[opportunity_calculators.averaging_down]
enabled = false
[opportunity_calculators.opportunity_buys]
enabled = false
[opportunity_calculators.rebalance_sells]
enabled = false
[opportunity_calculators.rebalance_buys]
enabled = true
[opportunity_calculators.weight_based]
enabled = false

[pattern_generators.adaptive]
enabled = true
[pattern_generators.direct_buy]
enabled = true
[pattern_generators.direct_buy.params]
max_depth = 2
[pattern_generators.single_best]
enabled = true
`;

function disableAllPatternsExcept(text: string, keep: string[]): string {
  const names = catalog.modules.filter((m) => m.meta.kind === 'pattern' && !keep.includes(m.meta.name)).map((m) => m.meta.name);
  const gens = catalog.modules.filter((m) => m.meta.kind === 'sequence_generator').map((m) => m.meta.name);
  return `${text}\n${names.map((n) => `[pattern_generators.${n}]\nenabled = false\n`).join('')}${gens
    .filter((g) => g !== 'partial_execution')
    .map((g) => `[sequence_generators.${g}]\nenabled = false\n`)
    .join('')}[sequence_generators.partial_execution.params]\nfill_percentages = [0.5, 1.0]\n[filters.diversity.params]\nmax_sequences = 12\n`;
}

describe('dryRun', () => {
  it('estimates sequences per pattern and depth, per generator, and the diversity cap', () => {
    const report = dryRun({ toml: disableAllPatternsExcept(SMALL, ['adaptive', 'direct_buy', 'single_best']), catalog });
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.estimates.map((e) => [e.module, e.depth, e.maxSequences])).toEqual([
      // direct_buy: its own max_depth 2 → depths 1, 2; adaptive follows the global 3, 2 per depth
      ['direct_buy', 1, 1],
      ['direct_buy', 2, 1],
      // single_best keeps its own max_depth 1 (the global one is not injected)
      ['single_best', 1, 1],
      ['adaptive', 1, 2],
      ['adaptive', 2, 2],
      ['adaptive', 3, 2],
      // 2 enabled calculators × 4 candidates × 2 fills
      ['partial_execution', null, 16],
    ]);
    expect(report.totalMaxGenerated).toBe(2 + 1 + 6 + 16);
    expect(report.totalMaxEvaluated).toBe(12);
    const pt = report.modules.find((m) => m.name === 'averaging_down');
    expect(pt).toEqual({ name: 'averaging_down', kind: 'calculator', enabled: false, source: 'builtin', breaker: 'closed' });
  });

  it('accepts each built-in preset', () => {
    for (const name of ['default', 'conservative', 'aggressive']) {
      const report = dryRun({ toml: preset(name), catalog });
      expect(report.valid, name).toBe(true);
      expect(report.totalMaxEvaluated, name).toBeGreaterThan(0);
      expect(report.totalMaxEvaluated, name).toBeLessThanOrEqual(report.totalMaxGenerated);
    }
  });

  it('reports invalid files with their problems and no estimates', () => {
    const report = dryRun({ toml: '[planner]\nmax_depth = 12\n', catalog });
    expect(report.valid).toBe(false);
    expect(report.problems.some((p) => p.path.join('.') === 'planner.max_depth' && p.severity === 'error')).toBe(true);
    expect(report.estimates).toEqual([]);
  });

  it('warns about open breakers and plugins that did not load', () => {
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 60_000, now: () => 0 });
    breaker.failure('direct_buy');
    const report = dryRun({
      toml: SMALL,
      catalog,
      breaker,
      plugins: [{ file: '/p/x.mjs', origin: 'user', status: 'timeout', modules: [], message: 'too slow', loadMs: 3000 }],
    });
    expect(report.modules.find((m) => m.name === 'direct_buy')?.breaker).toBe('open');
    expect(report.warnings).toContain('direct_buy is skipped: its circuit breaker is open after repeated failures.');
    expect(report.warnings).toContain('Plugin /p/x.mjs was not loaded (timeout): too slow');
  });
});
