import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinMeta } from '../builtin-meta';
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
    expect(pt).toMatchObject({ name: 'averaging_down', kind: 'calculator', enabled: false, source: 'builtin', breaker: 'closed' });
  });

  it('lists the params each module will run with and where each value comes from', () => {
    const toml = `${SMALL.replace('max_depth = 3\n', 'max_depth = 3\nsell_cooldown_days = 60\n')}
[filters.recently_traded.params]
buy_cooldown_days = 7
`;
    const report = dryRun({ toml, catalog });
    expect(report.valid).toBe(true);
    const of = (name: string) => report.modules.find((m) => m.name === name);
    // adaptive: max_depth injected from [planner] (3, not its default 5); thresholds are its defaults
    expect(of('adaptive')?.resolvedParams).toEqual({ max_depth: 3, geographic_gap_threshold: 0.02, sector_gap_threshold: 0.01 });
    expect(of('adaptive')?.paramSources).toEqual({ max_depth: 'runtime', geographic_gap_threshold: 'default', sector_gap_threshold: 'default' });
    // direct_buy: the file's max_depth = 2 wins over the injected 3
    expect([of('direct_buy')?.resolvedParams.max_depth, of('direct_buy')?.paramSources.max_depth]).toEqual([2, 'file']);
    // single_best: nothing injected, its own default
    expect([of('single_best')?.resolvedParams.max_depth, of('single_best')?.paramSources.max_depth]).toEqual([1, 'default']);
    // recently_traded: buy cooldown from the file, sell cooldown from [planner] (60, not 180)
    expect(of('recently_traded')?.resolvedParams).toEqual({
      buy_cooldown_days: 7,
      sell_cooldown_days: 60,
      enforce_buy_cooldown: true,
      enforce_sell_cooldown: true,
    });
    expect(of('recently_traded')?.paramSources).toEqual({
      buy_cooldown_days: 'file',
      sell_cooldown_days: 'runtime',
      enforce_buy_cooldown: 'default',
      enforce_sell_cooldown: 'default',
    });
  });

  it('resolves a plugin module from its catalog descriptor: spec defaults and the file (its code never runs here)', () => {
    const withPlugin = {
      ...catalog,
      modules: [
        ...catalog.modules,
        {
          meta: { ...builtinMeta('filter', 'depth_cap', 'Test plugin filter.', []), source: { type: 'plugin' as const, plugin: 'depth-cap.mjs' } },
          params: {
            cap: { type: 'integer' as const, default: 9, min: 1, max: 20, description: 'Cap.' },
            strict: { type: 'boolean' as const, default: false, description: 'Strict.' },
          },
        },
      ],
    };
    const report = dryRun({ toml: `${SMALL}\n[filters.depth_cap]\nenabled = true\n[filters.depth_cap.params]\nstrict = true\n`, catalog: withPlugin });
    const cap = report.modules.find((m) => m.name === 'depth_cap');
    expect(cap).toMatchObject({ source: 'plugin depth-cap.mjs', resolvedParams: { cap: 9, strict: true }, paramSources: { cap: 'default', strict: 'file' } });
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
    breaker.failure('pattern:direct_buy');
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
