import type { PlannerEventType, RunProgress } from '../../../src-shared/api/events';
import type { StudioErrorData } from '../../../src-shared/api/errors';
import type { PlanRequest, PlanRunResult } from '../../../src-shared/api/schemas/plan';
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
  | { type: 'ready'; pluginErrors: string[] }
  | { type: 'event'; id: number; eventType: PlannerEventType; data: Record<string, unknown> }
  | { type: 'progress'; id: number; progress: Omit<RunProgress, 'runId'> }
  | { type: 'result'; id: number; result: PlanRunResult }
  | { type: 'error'; id: number; error: StudioErrorData };
