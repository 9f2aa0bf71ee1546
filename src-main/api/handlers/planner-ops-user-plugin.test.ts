import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseOf } from '../../../src-shared/api/contract';
import type { PlannerEvent, StudioEvent } from '../../../src-shared/api/events';
import type { LogLine } from '../../planner/ops/json-lines-logger';
import { plannerLogFile } from '../../planner/ops/open-planner-ops';
import { bundledPluginsDir } from '../../planner/ops/plugins';
import { dispatch } from '../dispatch';
import { openStudio, type Studio } from '../studio';

let studio: Studio;
let dir: string;
const planner: PlannerEvent[] = [];

async function call<T>(method: string, request: unknown): Promise<T> {
  const result = await dispatch(studio.handlers, method, request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-user-plugin-'));
  fs.mkdirSync(path.join(dir, 'plugins'));
  fs.copyFileSync(path.join(bundledPluginsDir(), 'test-fixtures', 'failing-calculator.mjs'), path.join(dir, 'plugins', 'failing.mjs'));
  process.env.PLANNER_STUDIO_BREAKER_THRESHOLD = '1';
  try {
    studio = await openStudio({ host: 'web', dataDir: dir });
  } finally {
    delete process.env.PLANNER_STUDIO_BREAKER_THRESHOLD;
  }
  studio.events.subscribe((e: StudioEvent) => {
    if (e.channel === 'planner') planner.push(e.event);
  });
});
afterAll(async () => {
  await studio.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a failing module from the user plugin folder, through the API', () => {
  it('is loaded from <dataDir>/plugins, fails without stopping the plan, and shows in the plan, the events and health', async () => {
    const plugins = await call<ResponseOf<'planner.plugins'>>('planner.plugins', {});
    expect(plugins.map((p) => [path.basename(p.file), p.origin, p.status])).toEqual([
      ['momentum.mjs', 'bundled', 'loaded'],
      ['failing.mjs', 'user', 'loaded'],
    ]);
    const log = fs.readFileSync(plannerLogFile(dir), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as LogLine);
    expect(log.filter((l) => l.message === 'plugin loaded').map((l) => l.fields.modules)).toEqual([['calculator:momentum'], ['calculator:always_fails']]);
    const first = await call<ResponseOf<'planner.plan'>>('planner.plan', { bucket: 'core', seed: 2, runId: 'u-1' });
    expect(first.plan.steps.length).toBeGreaterThan(0);
    expect(first.moduleFailures.map((f) => f.module)).toEqual(['always_fails']);
    expect(planner.filter((e) => e.runId === 'u-1' && e.type === 'module_failed').map((e) => e.data.module)).toEqual(['always_fails']);
    const health = await call<ResponseOf<'planner.health'>>('planner.health', {});
    expect(health.status).toBe('degraded');
    expect(health.breakers).toMatchObject([{ module: 'calculator:always_fails', state: 'open', failures: 1 }]);
  });

  it('is skipped by its open breaker on the next run, and the dry-run warns about it', async () => {
    const second = await call<ResponseOf<'planner.plan'>>('planner.plan', { bucket: 'core', seed: 2, runId: 'u-2' });
    expect(second.moduleFailures).toEqual([]);
    expect(second.skippedModules).toEqual([{ module: 'always_fails', kind: 'calculator', reason: 'circuit breaker open' }]);
    expect(planner.filter((e) => e.runId === 'u-2' && e.type === 'module_skipped').map((e) => e.data.module)).toEqual(['always_fails']);
    const dry = await call<ResponseOf<'planner.dryRun'>>('planner.dryRun', { toml: '[planner]\n' });
    expect(dry.warnings).toContain('always_fails is skipped: its circuit breaker is open after repeated failures.');
  });
});
