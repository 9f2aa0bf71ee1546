import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PlannerService } from '../service';
import { openPlannerOps } from './open-planner-ops';

describe('openPlannerOps settings from the environment', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-ops-env-'));
  const engine = new PlannerService({ workers: 1 });
  afterAll(() => engine.close());

  it('refuses a run time limit that is not a positive number, naming the variable', () => {
    // NaN or 0 would make every run time out at once
    for (const value of ['abc', '0', '-5', '', 'Infinity', '3000000000']) {
      expect(() => openPlannerOps({ dataDir, engine, env: { PLANNER_STUDIO_RUN_TIMEOUT_MS: value } })).toThrow(
        `PLANNER_STUDIO_RUN_TIMEOUT_MS must be a positive number of milliseconds up to 2147483647, not "${value}".`,
      );
    }
  });

  it('refuses a breaker setting that is not a number, naming the variable', () => {
    expect(() => openPlannerOps({ dataDir, engine, env: { PLANNER_STUDIO_BREAKER_THRESHOLD: 'three' } })).toThrow(
      'PLANNER_STUDIO_BREAKER_THRESHOLD must be a number, not "three".',
    );
  });
});
