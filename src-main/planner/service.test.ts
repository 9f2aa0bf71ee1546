import { getEventListeners } from 'node:events';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlannerEvent, RunProgress } from '../../src-shared/api/events';
import { StudioError } from '../../src-shared/api/errors';
import { generatePortfolio } from './fixtures/generate-portfolio';
import { bundledPluginsDir } from './ops/plugins';
import { runPlan } from './run-plan';
import { PlannerService } from './service';
import { presetToml, samplePortfolio } from './testing/fixtures';

describe('PlannerService (worker threads)', () => {
  it('plans in a worker exactly as in-process, with events and progress', async () => {
    const service = new PlannerService({ workers: 1 });
    try {
      const events: PlannerEvent[] = [];
      const progress: RunProgress[] = [];
      const request = { toml: presetToml('default'), portfolio: samplePortfolio(), seed: 3, runId: 'run-1', bucket: 'core' };
      const result = await service.plan(request, { onEvent: (e) => events.push(e), onProgress: (p) => progress.push(p) });
      expect(result.runId).toBe('run-1');
      expect(result.plan).toEqual(runPlan(request).plan);
      expect(events.map((e) => e.type)).toContain('planning_completed');
      expect(events.every((e) => e.runId === 'run-1' && e.bucket === 'core')).toBe(true);
      expect(progress.at(-1)?.stage).toBe('evaluation');
    } finally {
      await service.close();
    }
  });

  it('cancels a run through its AbortSignal', async () => {
    const service = new PlannerService({ workers: 1 });
    try {
      const big = generatePortfolio({ securities: 500, positions: 200, seed: 1 });
      const toml = presetToml('aggressive').replace('enable_monte_carlo_paths = false', 'enable_monte_carlo_paths = true').replace('monte_carlo_path_count = 200', 'monte_carlo_path_count = 500');
      const controller = new AbortController();
      const run = service.plan({ toml, portfolio: big }, { signal: controller.signal, onProgress: () => controller.abort() });
      await expect(run).rejects.toMatchObject({ code: 'cancelled' });
      // the worker is still usable afterwards
      const after = await service.plan({ toml: presetToml('conservative'), portfolio: samplePortfolio() });
      expect(after.plan.steps.length).toBeGreaterThan(0);
    } finally {
      await service.close();
    }
  });

  it('fails a run still in progress when the service closes, instead of leaving it pending', async () => {
    const service = new PlannerService({ workers: 1 });
    const big = generatePortfolio({ securities: 500, positions: 200, seed: 1 });
    const toml = presetToml('aggressive').replace('enable_monte_carlo_paths = false', 'enable_monte_carlo_paths = true').replace('monte_carlo_path_count = 200', 'monte_carlo_path_count = 500');
    let closing: Promise<void> | undefined;
    const run = service.plan({ toml, portfolio: big }, { onProgress: () => (closing ??= service.close()) });
    await expect(run).rejects.toMatchObject({ code: 'cancelled', message: 'The planner is shutting down.' });
    await closing;
  });

  it('lets go of a run\'s signal when the run ends (a sweep shares one signal across all its points)', async () => {
    const service = new PlannerService({ workers: 1 });
    try {
      const controller = new AbortController();
      for (let i = 0; i < 3; i++) await service.plan({ toml: presetToml('conservative'), portfolio: samplePortfolio(), seed: i }, { signal: controller.signal });
      await expect(service.plan({ toml: '[planner]\nmax_depth = "x"\n', portfolio: samplePortfolio() }, { signal: controller.signal })).rejects.toBeInstanceOf(StudioError);
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    } finally {
      await service.close();
    }
  });

  it('rejects an invalid strategy before using a worker', async () => {
    const service = new PlannerService({ workers: 1 });
    try {
      await expect(service.plan({ toml: '[planner]\nmax_depth = "x"\n', portfolio: samplePortfolio() })).rejects.toBeInstanceOf(StudioError);
      expect(service.validate('[planner]\nmax_depth = 11\n').problems[0]?.message).toBe('planner.max_depth: 11 is above the maximum 10');
      expect(service.catalog().modules).toHaveLength(27);
    } finally {
      await service.close();
    }
  });

  it('knows plugin modules by their descriptors alone: catalog and validation here, code in the workers', async () => {
    const file = path.join(bundledPluginsDir(), 'test-fixtures', 'counts-imports.mjs');
    const service = new PlannerService({ workers: 1, pluginFiles: [file] });
    try {
      expect((await service.pluginResults()).map((r) => r.status)).toEqual(['loaded']);
      expect(service.catalog().modules.find((m) => m.meta.name === 'import_counter')?.params.max_kept?.max).toBe(50);
      const { problems } = service.validate(`${presetToml('default')}\n[filters.import_counter]\nenabled = true\n[filters.import_counter.params]\nmax_kept = 60\n`);
      expect(problems.map((p) => p.message)).toContain('filters.import_counter.params.max_kept: 60 is above the maximum 50');
      const result = await service.plan({ toml: presetToml('default'), portfolio: samplePortfolio() });
      expect(result.timings.some((t) => t.module === 'import_counter')).toBe(true);
      expect(globalThis.plannerStudioFixtureImports).toBeUndefined();
    } finally {
      await service.close();
    }
  });
});
