import type { PlannerEventType, RunProgress } from '../../../src-shared/api/events';
import type { StudioErrorData } from '../../../src-shared/api/errors';
import type { PlanRequest, PlanRunResult } from '../../../src-shared/api/schemas/plan';
import type { ModuleKind } from '../../../src-shared/domain/modules';
import type { PluginFile } from '../ops/plugins';

/** Messages between `PlannerService` (main thread) and a planner worker. */
export interface WorkerInit {
  /** Plugin files the main thread loaded; the worker registers them at start-up. */
  pluginFiles: PluginFile[];
}

export type ToWorker = {
  type: 'plan';
  id: number;
  request: PlanRequest;
  /** Int32Array(1) over shared memory: 1 = cancel. Polled by the run between batches. */
  cancel: SharedArrayBuffer;
};

export type FromWorker =
  | {
      type: 'ready';
      pluginErrors: string[];
      /** Which plugin module is running (ops/plugin-watch.ts), so a stuck one can be named. */
      running: SharedArrayBuffer;
      pluginModules: { module: string; kind: ModuleKind }[];
    }
  | { type: 'event'; id: number; eventType: PlannerEventType; data: Record<string, unknown> }
  | { type: 'progress'; id: number; progress: Omit<RunProgress, 'runId'> }
  | { type: 'result'; id: number; result: PlanRunResult }
  | { type: 'error'; id: number; error: StudioErrorData };
