import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PortfolioSnapshot, Security } from '../../../src-shared/domain/portfolio';
import { createBuiltinRegistry } from '../builtins';
import { CatalogRegistry } from '../catalog-registry';
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

const catalogWithBuiltins = () => new CatalogRegistry(createBuiltinRegistry());
const pluginModules = (catalog: CatalogRegistry) => catalog.catalog().modules.filter((m) => m.meta.source.type === 'plugin');

/** A plugin file written for one test. */
function tempPlugin(name: string, source: string): PluginFile {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ops-plugins-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, name), source);
  return { file: path.join(dir, name), origin: 'user' };
}

const META = "version: '1.0.0', description: 'A test module.'";

describe('loadPlugins', () => {
  it('adds the momentum example to the catalog, with plugin metadata and params, after the built-ins of its kind', async () => {
    const catalog = catalogWithBuiltins();
    const [result] = await loadPlugins(catalog, [bundled('momentum.mjs')]);
    expect(result).toMatchObject({ status: 'loaded', origin: 'bundled', modules: [{ kind: 'calculator', name: 'momentum' }], message: null });
    const modules = catalog.catalog().modules;
    const at = modules.findIndex((m) => m.meta.name === 'momentum');
    expect(modules[at - 1]?.meta.name).toBe('weight_based');
    expect(modules[at + 1]?.meta.kind).toBe('pattern');
    expect(modules[at]?.meta).toMatchObject({
      kind: 'calculator',
      version: '1.0.0',
      author: 'Planner Studio examples',
      tags: ['buy', 'momentum', 'example'],
      dependencies: [{ kind: 'pattern', anyOf: ['direct_buy', 'opportunity_first', 'single_best'], reason: 'momentum buys are used by the buy patterns' }],
      source: { type: 'plugin', plugin: 'momentum.mjs' },
    });
    expect(modules[at]?.params.min_acceleration).toEqual({
      type: 'number',
      default: 0.02,
      min: 0,
      max: 0.5,
      unit: 'fraction',
      description: '5-year CAGR minus 10-year CAGR needed to buy.',
    });
    expect(Object.keys(modules[at]?.params ?? {})).toHaveLength(5);
  });

  it('never imports a plugin in this thread, yet catalogs its modules; planner workers import it', async () => {
    const plugin = fixture('counts-imports.mjs');
    const catalog = catalogWithBuiltins();
    try {
      const [result] = await loadPlugins(catalog, [plugin]);
      expect(result).toMatchObject({ status: 'loaded', modules: [{ kind: 'filter', name: 'import_counter' }] });
      expect(globalThis.plannerStudioFixtureImports).toBeUndefined();
      expect(pluginModules(catalog)).toEqual([
        {
          meta: {
            name: 'import_counter',
            kind: 'filter',
            version: '0.3.0',
            author: 'tests',
            description: 'Keeps the first max_kept sequences.',
            tags: ['test'],
            dependencies: [{ kind: 'pattern', reason: 'filters need sequences' }],
            source: { type: 'plugin', plugin: 'counts-imports.mjs' },
          },
          params: {
            max_kept: { type: 'integer', default: 5, min: 1, max: 50, description: 'Sequences kept.' },
            mode: { type: 'string', default: 'first', enum: ['first', 'last'], description: 'Which end to keep.' },
          },
        },
      ]);
      // what a planner worker does at start-up: this import is counted, so the check above can fail
      const registry = new ModuleRegistry();
      expect(await registerPluginFiles(registry, loadedPluginFiles([result!]))).toMatchObject([{ status: 'loaded' }]);
      expect(globalThis.plannerStudioFixtureImports).toBe(1);
      expect(registry.get('filter', 'import_counter')?.meta).toEqual(pluginModules(catalog)[0]?.meta);
    } finally {
      delete globalThis.plannerStudioFixtureImports;
    }
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
    const catalog = catalogWithBuiltins();
    const before = catalog.catalog().modules.length;
    const results = await loadPlugins(catalog, [
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
    expect(catalog.catalog().modules.length).toBe(before + 1);
    expect(loadedPluginFiles(results)).toEqual([bundled('momentum.mjs')]);
  });

  it('refuses a plugin with a taken name whole: none of its modules are added', async () => {
    const catalog = catalogWithBuiltins();
    const plugin = tempPlugin(
      'half-new.mjs',
      `export default (p) => {
        p.register('calculator', { meta: { name: 'fresh_one', ${META} }, run: () => [] });
        p.register('calculator', { meta: { name: 'profit_taking', ${META} }, run: () => [] });
      };`,
    );
    const twice = tempPlugin('twice.mjs', `export default (p) => { for (let i = 0; i < 2; i++) p.register('filter', { meta: { name: 'twice', ${META} }, run: (s) => s }); };`);
    const results = await loadPlugins(catalog, [plugin, twice]);
    expect(results.map((r) => [r.status, r.message, r.modules])).toEqual([
      ['failed', 'a calculator named "profit_taking" is already registered; plugin not loaded', []],
      ['failed', 'a filter named "twice" is already registered; plugin not loaded', []],
    ]);
    expect(pluginModules(catalog)).toEqual([]);
  });

  it('fails a plugin whose module descriptors are malformed, naming the file, the module and the problem', async () => {
    const cases: [string, string, string | RegExp][] = [
      ['bad-name.mjs', `p.register('calculator', { meta: { name: 'BadName', ${META} }, run: () => [] })`, 'bad-name.mjs: calculator "BadName": names are lower_snake_case (a-z, 0-9, _), at most 64 characters'],
      ['bad-version.mjs', `p.register('pattern', { meta: { name: 'v', version: '1.0', description: 'd' }, run: () => [] })`, 'bad-version.mjs: pattern "v": needs meta.version (semver, e.g. "1.0.0")'],
      ['no-run.mjs', `p.register('filter', { meta: { name: 'no_run', ${META} } })`, 'no-run.mjs: filter "no_run": needs a run function'],
      [
        'bad-dependency.mjs',
        `p.register('filter', { meta: { name: 'dep', ${META}, dependencies: [{ kind: 'patterns', reason: 'r' }] }, run: (s) => s })`,
        'bad-dependency.mjs: filter "dep": dependency 1: kind must be one of calculator, pattern, sequence_generator, filter, got "patterns"',
      ],
      [
        'bad-enum.mjs',
        `p.register('filter', { meta: { name: 'e', ${META} }, params: { mode: { type: 'string', default: 'x', enum: ['a'], description: 'd' } }, run: (s) => s })`,
        'bad-enum.mjs: filter "e": param "mode": default "x" is not one of its enum',
      ],
      [
        'bad-bound.mjs',
        `p.register('filter', { meta: { name: 'b', ${META} }, params: { n: { type: 'number', default: 1, min: '0', description: 'd' } }, run: (s) => s })`,
        'bad-bound.mjs: filter "b": param "n": min must be a finite number',
      ],
      // code inside the data the main thread receives; the plugin swallowing the error does not help
      [
        'code-in-meta.mjs',
        `try { p.register('filter', { meta: { name: 'c', ${META}, tags: [() => 'x'] }, run: (s) => s }); } catch {}
         p.register('filter', { meta: { name: 'c2', ${META} }, run: (s) => s })`,
        /^code-in-meta\.mjs: filter "c": meta and params must be plain data \(.+\)$/,
      ],
    ];
    const catalog = catalogWithBuiltins();
    const results = await loadPlugins(
      catalog,
      cases.map(([name, body]) => tempPlugin(name, `export default function register(p) {\n${body};\n}\n`)),
    );
    results.forEach((r, i) => {
      expect(r.status, cases[i]![0]).toBe('failed');
      expect(r.message, cases[i]![0]).toMatch(cases[i]![2]);
    });
    expect(pluginModules(catalog)).toEqual([]);
  });

  it('checks what arrives from the probe worker, where the plugin can post reports of its own', async () => {
    const forged = (name: string, report: string) =>
      tempPlugin(name, `import { parentPort } from 'node:worker_threads';\nparentPort.postMessage(${report});\nexport default () => new Promise(() => {});\n`);
    const catalog = catalogWithBuiltins();
    const results = await loadPlugins(catalog, [
      forged('not-a-report.mjs', `{ status: 'ok', modules: 'all of them' }`),
      forged(
        'forged-module.mjs',
        `{ status: 'ok', modules: [{ kind: 'filter', hasRun: true, module: { meta: { name: 'forged', ${META} }, params: { x: { type: 'integer', default: 'many', description: 'd' } } } }] }`,
      ),
    ]);
    expect(results.map((r) => [r.status, r.message])).toEqual([
      ['failed', "not-a-report.mjs: the loader's report is malformed; not loaded"],
      ['failed', 'forged-module.mjs: filter "forged": param "x": default "many" is not a integer'],
    ]);
    expect(pluginModules(catalog)).toEqual([]);
  });

  it('times out plugins that loop while loading or registering, without blocking this thread', async () => {
    const catalog = catalogWithBuiltins();
    const results = await loadPlugins(catalog, [fixture('loops-on-load.mjs'), fixture('loops-in-register.mjs'), bundled('momentum.mjs')], {
      timeoutMs: 1000,
    });
    expect(results.map((r) => r.status)).toEqual(['timeout', 'timeout', 'loaded']);
    expect(results[0]?.message).toBe('did not finish loading within 1000 ms (endless loop?); not loaded');
    expect(pluginModules(catalog).map((m) => m.meta.name)).toEqual(['momentum']);
  });
});
