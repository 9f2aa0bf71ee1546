import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlannerEvent } from '../../../src-shared/api/events';
import { PlannerService } from '../service';
import { presetToml, samplePortfolio } from '../testing/fixtures';
import { JsonLinesLogger, type LogLine } from './json-lines-logger';
import { PlannerOps } from './planner-ops';
import { bundledPluginsDir } from './plugins';

/**
 * Issue 4's "done when": a plan run with one deliberately failing plugin module completes,
 * reports the failure in the plan, in the events and in health, and the breaker skips that
 * module on later runs until the cool-down passes. Real PlannerService, real worker threads.
 */
describe('PlannerOps with a failing plugin module', () => {
  const failing = path.join(bundledPluginsDir(), 'test-fixtures', 'failing-calculator.mjs');
  let dir: string;
  let service: PlannerService;
  let ops: PlannerOps;
  let clock = 1_000_000;
  const events: PlannerEvent[] = [];
  const toml = presetToml('default');
  const portfolio = samplePortfolio();

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ops-done-when-'));
    service = new PlannerService({ workers: 1, pluginFiles: [{ file: failing, origin: 'user' }] });
    ops = new PlannerOps({
      engine: service,
      log: new JsonLinesLogger({ file: path.join(dir, 'logs', 'planner.log'), level: 'debug' }),
      breaker: { failureThreshold: 2, cooldownMs: 60_000, now: () => clock },
    });
    ops.events.subscribe((e) => events.push(e));
  });
  afterAll(async () => {
    await service.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('completes the run without the failing module and reports it in the plan, the events, health and the log', async () => {
    const result = await ops.plan({ toml, portfolio, seed: 7, runId: 'run-1', bucket: 'core' });
    expect(result.plan.steps.length).toBeGreaterThan(0);
    expect(result.moduleFailures).toEqual([
      { module: 'always_fails', kind: 'calculator', operation: 'calculate', message: 'always_fails failed on purpose' },
    ]);
    expect(result.skippedModules).toEqual([]);

    // event order of a whole run
    const types = events.filter((e) => e.runId === 'run-1').map((e) => e.type);
    const firstOf = (t: string) => types.indexOf(t as PlannerEvent['type']);
    expect(types[0]).toBe('generation_started');
    expect(firstOf('module_failed')).toBeGreaterThan(firstOf('generation_started'));
    expect(firstOf('generation_completed')).toBeGreaterThan(firstOf('module_failed'));
    expect(firstOf('evaluation_started')).toBeGreaterThan(firstOf('generation_completed'));
    expect(firstOf('best_sequence_updated')).toBeGreaterThan(firstOf('evaluation_started'));
    expect(firstOf('evaluation_completed')).toBeGreaterThan(types.lastIndexOf('best_sequence_updated'));
    expect(types.at(-1)).toBe('planning_completed');
    expect(events.find((e) => e.type === 'module_failed')?.data).toMatchObject({ module: 'always_fails', error: 'always_fails failed on purpose' });
    expect(events.every((e) => e.bucket === 'core')).toBe(true);

    const health = await ops.health();
    expect(health.status).toBe('degraded');
    expect(health.reasons).toContain('circuit breakers: calculator:always_fails failed 1 time in a row.');

    const lines = fs
      .readFileSync(ops.log.file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as LogLine);
    expect(lines.find((l) => l.message === 'module failed')).toMatchObject({ level: 'warn', module: 'always_fails', runId: 'run-1', bucket: 'core' });
    expect(lines.at(-1)).toMatchObject({ message: 'planning completed', runId: 'run-1', fields: { failedModules: ['always_fails'] } });

    const perf = ops.performance('run-1');
    expect(perf?.report.operations.some((o) => o.module === 'always_fails' && o.operation === 'calculate' && o.count === 1)).toBe(true);
    expect(perf?.text.split('\n')[0]).toBe('Performance Report (Bucket: core, Run: run-1):');
  });

  it('opens the breaker after the second failure, skips the module until the cool-down passes, then tries it again', async () => {
    const second = await ops.plan({ toml, portfolio, seed: 7, runId: 'run-2', bucket: 'core' });
    expect(second.moduleFailures.map((f) => f.module)).toEqual(['always_fails']);
    expect(ops.breaker.state('calculator:always_fails').state).toBe('open');
    // the worker's calculation cache: 6 built-in calculators ran on the same context and params
    // in run-1, so they hit; the throwing one stores nothing and misses again
    expect(ops.performance('run-1')?.report.calculationCache).toEqual({ hits: 0, misses: 7, hitRate: 0 });
    expect(ops.performance('run-2')?.report.calculationCache).toEqual({ hits: 6, misses: 1, hitRate: 6 / 7 });
    expect(events.filter((e) => e.runId === 'run-2' && e.type === 'cache_miss').map((e) => e.data.module)).toEqual(['always_fails']);

    clock += 30_000;
    const third = await ops.plan({ toml, portfolio, seed: 7, runId: 'run-3', bucket: 'core' });
    expect(third.moduleFailures).toEqual([]);
    expect(third.skippedModules).toEqual([{ module: 'always_fails', kind: 'calculator', reason: 'circuit breaker open' }]);
    expect(events.filter((e) => e.runId === 'run-3' && e.type === 'module_skipped').map((e) => e.data.module)).toEqual(['always_fails']);
    expect(third.plan).toEqual(second.plan); // the failing module contributed nothing either way
    const health = await ops.health();
    expect(health.breakers).toEqual([
      {
        module: 'calculator:always_fails',
        state: 'open',
        failures: 2,
        openedAt: new Date(1_000_000).toISOString(),
        retryAt: new Date(1_060_000).toISOString(),
      },
    ]);
    expect(health.reasons[0]).toBe(`circuit breakers: calculator:always_fails is skipped until ${new Date(1_060_000).toISOString()} after 2 failures.`);

    clock += 30_000; // cool-down over: one trial run
    const fourth = await ops.plan({ toml, portfolio, seed: 7, runId: 'run-4', bucket: 'core' });
    expect(fourth.skippedModules).toEqual([]);
    expect(fourth.moduleFailures.map((f) => f.module)).toEqual(['always_fails']);
    expect(ops.breaker.state('calculator:always_fails').state).toBe('open');
  });

  it('rebuilds the bucket planner and emits configuration_changed when the bucket config changes', async () => {
    const changed = toml.replace('max_depth = 5 ', 'max_depth = 4 ');
    expect(changed).not.toBe(toml);
    clock += 120_000;
    await ops.plan({ toml: changed, portfolio, seed: 7, runId: 'run-5', bucket: 'core' });
    const change = events.filter((e) => e.type === 'configuration_changed');
    expect(change).toHaveLength(1);
    expect(change[0]).toMatchObject({ runId: 'run-5', bucket: 'core' });
    expect(ops.performance('run-5')?.report.instanceCache).toEqual({ hits: 0, misses: 1, hitRate: 0 });
    expect(ops.performance('run-4')?.report.instanceCache).toEqual({ hits: 1, misses: 0, hitRate: 1 });
  });

  it('lists plugin results, documents plugin modules and dry-runs with them', async () => {
    expect((await ops.plugins()).map((p) => [path.basename(p.file), p.status])).toEqual([['failing-calculator.mjs', 'loaded']]);
    expect(await ops.docs()).toContain('### `always_fails`');
    const report = await ops.dryRun(toml);
    expect(report.modules.find((m) => m.name === 'always_fails')).toMatchObject({ source: 'plugin failing-calculator.mjs', enabled: true });
  });
});
