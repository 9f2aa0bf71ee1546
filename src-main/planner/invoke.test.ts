import { describe, expect, it } from 'vitest';
import { builtinMeta } from './builtin-meta';
import { createBuiltinRegistry } from './builtins';
import { ModuleInvoker } from './invoke';
import type { CalculatorModule } from './module-types';
import { runPlan } from './run-plan';
import { presetToml, samplePortfolio } from './testing/fixtures';

const meta = builtinMeta('calculator', 'probe', 'test module', []);

describe('ModuleInvoker', () => {
  it('times calls, and turns a throw into the fallback, a failure record and a module_failed event', () => {
    let clock = 0;
    const events: [string, Record<string, unknown>][] = [];
    const invoker = new ModuleInvoker(new Set(), (type, data) => events.push([type, data]), () => clock);
    expect(invoker.invokeModule(meta, 'calculate', [], () => ((clock += 3), [1, 2]))).toEqual([1, 2]);
    expect(
      invoker.invokeModule(meta, 'calculate', ['fallback'], () => {
        clock += 5;
        throw new Error('boom');
      }),
    ).toEqual(['fallback']);
    expect(invoker.failures).toEqual([{ module: 'probe', kind: 'calculator', operation: 'calculate', message: 'boom' }]);
    expect(events).toEqual([['module_failed', { module: 'probe', kind: 'calculator', operation: 'calculate', error: 'boom' }]]);
    expect(invoker.timingReport()).toEqual([{ module: 'probe', kind: 'calculator', operation: 'calculate', count: 2, totalMs: 8, minMs: 3, maxMs: 5 }]);
  });

  it('does not call a skipped module and reports it once', () => {
    const events: string[] = [];
    const invoker = new ModuleInvoker(new Set(['calculator:probe']), (type) => events.push(type));
    let called = false;
    invoker.invokeModule(meta, 'calculate', [], () => ((called = true), []));
    invoker.invokeModule(meta, 'calculate', [], () => ((called = true), []));
    expect(called).toBe(false);
    expect(invoker.skipped).toEqual([{ module: 'probe', kind: 'calculator', reason: 'circuit breaker open' }]);
    expect(events).toEqual(['module_skipped']);
  });

  it('skips a module by kind and name, never its namesake of another kind', () => {
    const invoker = new ModuleInvoker(new Set(['pattern:profit_taking']), () => {});
    const calculator = builtinMeta('calculator', 'profit_taking', 'test', []);
    const pattern = builtinMeta('pattern', 'profit_taking', 'test', []);
    expect(invoker.invokeModule(calculator, 'calculate', ['skipped'], () => ['ran'])).toEqual(['ran']);
    expect(invoker.invokeModule(pattern, 'generate', ['skipped'], () => ['ran'])).toEqual(['skipped']);
    expect(invoker.skipped).toEqual([{ module: 'profit_taking', kind: 'pattern', reason: 'circuit breaker open' }]);
  });
});

describe('graceful degradation in a run', () => {
  it('completes the plan with the other modules when one module throws', () => {
    const registry = createBuiltinRegistry();
    const broken: CalculatorModule = {
      meta: { ...builtinMeta('calculator', 'broken', 'always fails', []), source: { type: 'plugin', plugin: 'broken.js' } },
      params: {},
      run: () => {
        throw new Error('no data');
      },
    };
    registry.register('calculator', broken);
    const events: string[] = [];
    const r = runPlan({ toml: presetToml('default'), portfolio: samplePortfolio(), seed: 1 }, { registry, emit: (type) => events.push(type) });
    expect(r.moduleFailures).toEqual([{ module: 'broken', kind: 'calculator', operation: 'calculate', message: 'no data' }]);
    expect(events).toContain('module_failed');
    expect(r.plan.steps.length).toBeGreaterThan(0);
    expect(r.timings.some((t) => t.module === 'broken')).toBe(true);
  });
});

describe('malformed module output', () => {
  it('is a module failure, not a broken run', () => {
    const registry = createBuiltinRegistry();
    const sloppy: CalculatorModule = {
      meta: { ...builtinMeta('calculator', 'sloppy', 'returns junk', []), source: { type: 'plugin', plugin: 'sloppy.js' } },
      params: {},
      run: () => [{ side: 'BUY', symbol: 'AAPL', quantity: 1, price: 1, valueEur: Number.NaN, priority: 1, tags: [] }] as never,
    };
    registry.register('calculator', sloppy);
    const r = runPlan({ toml: presetToml('default'), portfolio: samplePortfolio(), seed: 1 }, { registry });
    expect(r.moduleFailures).toEqual([{ module: 'sloppy', kind: 'calculator', operation: 'calculate', message: 'returned an action (index 0) that has no finite valueEur' }]);
    expect(r.plan.steps.length).toBeGreaterThan(0);
  });
});
