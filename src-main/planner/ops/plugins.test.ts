import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PortfolioSnapshot, Security } from '../../../src-shared/domain/portfolio';
import { createBuiltinRegistry } from '../builtins';
import { buildPortfolioModel } from '../model/portfolio-model';
import type { CalculatorModule, PlanningContext } from '../module-types';
import { createRng } from '../rng';
import { ModuleRegistry } from '../registry';
import { security as baseSecurity } from '../testing/fixtures';
import { bundledPluginsDir, discoverPluginFiles, loadPlugins, loadedPluginFiles, registerPluginFiles, type PluginFile } from './plugins';

const fixtures = path.join(bundledPluginsDir(), 'test-fixtures');
const fixture = (name: string): PluginFile => ({ file: path.join(fixtures, name), origin: 'user' });
const bundled = (name: string): PluginFile => ({ file: path.join(bundledPluginsDir(), name), origin: 'bundled' });

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A security with the two growth metrics the momentum plugin reads. */
function security(symbol: string, cagr5: number, cagr10: number, extra: Partial<Security> = {}): Security {
  return baseSecurity(symbol, { name: symbol, metrics: { CAGR_5Y: cagr5, CAGR_10Y: cagr10 }, ...extra });
}

describe('plugin discovery', () => {
  it('lists .js/.mjs files directly inside each folder, sorted, skipping sub-folders and missing folders', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ops-plugins-'));
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, 'b.mjs'), '');
    fs.writeFileSync(path.join(dir, 'a.js'), '');
    fs.writeFileSync(path.join(dir, 'notes.md'), '');
    fs.mkdirSync(path.join(dir, 'nested.mjs'));
    expect(discoverPluginFiles([{ dir, origin: 'user' }, { dir: path.join(dir, 'missing'), origin: 'user' }])).toEqual([
      { file: path.join(dir, 'a.js'), origin: 'user' },
      { file: path.join(dir, 'b.mjs'), origin: 'user' },
    ]);
  });

  it('does not load the test fixtures from the bundled folder', () => {
    expect(discoverPluginFiles([{ dir: bundledPluginsDir(), origin: 'bundled' }]).map((p) => path.basename(p.file))).toEqual(['momentum.mjs']);
  });
});

describe('loadPlugins', () => {
  it('loads the momentum example into the registry and its catalog, with plugin metadata', async () => {
    const registry = createBuiltinRegistry();
    const [result] = await loadPlugins(registry, [bundled('momentum.mjs')]);
    expect(result).toMatchObject({ status: 'loaded', origin: 'bundled', modules: [{ kind: 'calculator', name: 'momentum' }], message: null });
    const entry = registry.catalog().modules.find((m) => m.meta.name === 'momentum');
    expect(entry?.meta).toMatchObject({ kind: 'calculator', version: '1.0.0', source: { type: 'plugin', plugin: 'momentum.mjs' } });
    expect(entry?.params.min_acceleration?.default).toBe(0.02);
  });

  it('runs the momentum rule: buys only accelerating, growing, good-quality securities', async () => {
    const registry = new ModuleRegistry();
    await registerPluginFiles(registry, [bundled('momentum.mjs')]);
    const momentum = registry.get('calculator', 'momentum') as CalculatorModule;
    const snapshot: PortfolioSnapshot = {
      name: 't',
      asOf: '2026-01-01',
      cashEur: 5000,
      securities: [
        security('FAST', 0.12, 0.06), // acceleration 0.06 → priority 0.6
        security('SLOW', 0.08, 0.07), // acceleration 0.01 < 0.02
        security('SMALL', 0.04, -0.02), // CAGR 5y 0.04 < 0.05
        security('JUNK', 0.2, 0.05, { qualityScore: 0.3 }), // quality too low
        security('LOCKED', 0.2, 0.05, { allowBuy: false }),
        security('PRICY', 0.15, 0.05, { price: 400, priorityMultiplier: 2 }), // acceleration 0.10 → 1.0 × 2
      ],
      positions: [],
      countryGroups: {},
      industryGroups: {},
      countryTargets: {},
      industryTargets: {},
      targetWeights: null,
      trades: [],
      correlations: null,
      marketRegime: 'sideways',
    };
    const ctx = { model: buildPortfolioModel(snapshot), availableCashEur: 5000, rng: createRng(1) } as unknown as PlanningContext;
    const params = { min_acceleration: 0.02, min_cagr_5y: 0.05, min_quality_score: 0.5, priority_weight: 1, base_trade_amount_eur: 1000 };
    const out = momentum.run(ctx, params);
    expect(out.map((a) => [a.symbol, a.side, a.quantity, Number(a.priority.toFixed(6)), a.valueEur])).toEqual([
      ['FAST', 'BUY', 10, 0.6, 1000],
      ['PRICY', 'BUY', 2, 2, 800],
    ]);
    expect(out[0]?.reason).toBe('Momentum: 5-year growth 12.0% vs 10-year 6.0%');
    expect(momentum.categoryOf?.(out[0]!)).toBe('opportunity_buys');
  });

  it('reports broken plugins and keeps loading the others', async () => {
    const registry = createBuiltinRegistry();
    const before = registry.all().length;
    const results = await loadPlugins(registry, [
      fixture('broken-syntax.mjs'),
      fixture('throws-on-register.mjs'),
      fixture('bad-params.mjs'),
      bundled('momentum.mjs'),
      bundled('momentum.mjs'),
    ]);
    expect(results.map((r) => [path.basename(r.file), r.status])).toEqual([
      ['broken-syntax.mjs', 'failed'],
      ['throws-on-register.mjs', 'failed'],
      ['bad-params.mjs', 'failed'],
      ['momentum.mjs', 'loaded'],
      ['momentum.mjs', 'failed'],
    ]);
    expect(results[1]?.message).toBe('this plugin is broken on purpose');
    expect(results[2]?.message).toBe('bad-params.mjs: filter "bad_params": param "limit": default 50 is above its max 10');
    expect(results[4]?.message).toBe('a calculator named "momentum" is already registered; plugin not loaded');
    expect(registry.all().length).toBe(before + 1);
    expect(loadedPluginFiles(results)).toEqual([bundled('momentum.mjs')]);
  });

  it('times out plugins that loop while loading or registering, without blocking this thread', async () => {
    const registry = new ModuleRegistry();
    const results = await loadPlugins(registry, [fixture('loops-on-load.mjs'), fixture('loops-in-register.mjs'), bundled('momentum.mjs')], {
      timeoutMs: 1000,
    });
    expect(results.map((r) => r.status)).toEqual(['timeout', 'timeout', 'loaded']);
    expect(results[0]?.message).toBe('did not finish loading within 1000 ms (endless loop?); not loaded');
    expect(registry.all().map((m) => m.meta.name)).toEqual(['momentum']);
  });
});
