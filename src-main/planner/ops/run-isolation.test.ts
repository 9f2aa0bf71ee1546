import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlannerEvent } from '../../../src-shared/api/events';
import { PlannerService } from '../service';
import { presetToml, samplePortfolio } from '../testing/fixtures';
import { JsonLinesLogger } from './json-lines-logger';
import { PlannerOps } from './planner-ops';
import { bundledPluginsDir } from './plugins';

/** A plugin module that loops while planning: its worker is stopped, the run completes without it. */
describe('a plugin module stuck in a loop', () => {
  const looping = path.join(bundledPluginsDir(), 'test-fixtures', 'looping-calculator.mjs');
  let dir: string;
  let service: PlannerService;
  let ops: PlannerOps;
  const events: PlannerEvent[] = [];

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ops-loop-'));
    service = new PlannerService({ workers: 1, pluginFiles: [{ file: looping, origin: 'user' }] });
    ops = new PlannerOps({
      engine: service,
      log: new JsonLinesLogger({ file: path.join(dir, 'planner.log') }),
      breaker: { failureThreshold: 3, cooldownMs: 600_000 },
      runTimeoutMs: 3000,
    });
    ops.events.subscribe((e) => events.push(e));
  });
  afterAll(async () => {
    await service.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is reported as failed after the time limit, its breaker opens, and the plan completes without it', async () => {
    const result = await ops.plan({ toml: presetToml('default'), portfolio: samplePortfolio(), seed: 1, runId: 'loop-1' });
    expect(result.moduleFailures).toEqual([
      {
        module: 'never_returns',
        kind: 'calculator',
        operation: 'run',
        message: 'The calculator "never_returns" did not return within the run\'s time limit of 3000 ms; its worker was stopped.',
      },
    ]);
    expect(result.skippedModules).toEqual([]);
    expect(result.plan.steps.length).toBeGreaterThan(0);
    expect(ops.breaker.state('calculator:never_returns')).toMatchObject({ state: 'open', failures: 3 });
    expect(events.find((e) => e.type === 'module_failed')?.data).toMatchObject({ module: 'never_returns', operation: 'run' });
    expect(events.at(-1)?.type).toBe('planning_completed');
  });

  it('is skipped on the next run, which needs no time limit', async () => {
    const result = await ops.plan({ toml: presetToml('default'), portfolio: samplePortfolio(), seed: 1, runId: 'loop-2' });
    expect(result.moduleFailures).toEqual([]);
    expect(result.skippedModules.map((s) => s.module)).toEqual(['never_returns']);
  });

  it('a cancelled run stuck in the module stops within the grace period and the pool keeps working', async () => {
    const controller = new AbortController();
    const stuck = service.plan({ toml: presetToml('default'), portfolio: samplePortfolio(), runId: 'loop-3' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 200);
    await expect(stuck).rejects.toMatchObject({ code: 'cancelled' });
    const after = await service.plan({ toml: presetToml('default'), portfolio: samplePortfolio(), skipModules: ['calculator:never_returns'] });
    expect(after.plan.steps.length).toBeGreaterThan(0);
  });
});
