import { Worker } from 'node:worker_threads';
import type { PlannerEventType, RunProgress } from '../../../src-shared/api/events';
import { StudioError } from '../../../src-shared/api/errors';
import type { PlanRequest, PlanRunResult } from '../../../src-shared/api/schemas/plan';
import type { PluginFile } from '../ops/plugins';
import { plannerWorkerEntry } from './entry-path';
import type { FromWorker, ToWorker, WorkerInit } from './protocol';

export interface PoolJobHooks {
  signal?: AbortSignal;
  onProgress?: (p: Omit<RunProgress, 'runId'>) => void;
  onEvent?: (type: PlannerEventType, data: Record<string, unknown>) => void;
}

interface Job {
  id: number;
  request: PlanRequest;
  hooks: PoolJobHooks;
  cancel: SharedArrayBuffer;
  resolve: (r: PlanRunResult) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

/**
 * A fixed number of planner worker threads, started lazily; jobs queue when all are busy.
 * Cancelling a running job sets its shared flag (the run stops at its next check and the worker
 * stays usable); a queued job is simply dropped. A worker that dies is replaced.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  private started: Promise<void> | null = null;
  private files: PluginFile[] = [];

  constructor(
    private readonly size: number,
    private readonly pluginFiles: () => Promise<PluginFile[]>,
  ) {}

  run(request: PlanRequest, hooks: PoolJobHooks): Promise<PlanRunResult> {
    if (this.closed) return Promise.reject(new StudioError('unavailable', 'The planner has been shut down.'));
    return new Promise((resolve, reject) => {
      const job: Job = { id: this.nextId++, request, hooks, cancel: new SharedArrayBuffer(4), resolve, reject };
      const abort = () => {
        const queued = this.queue.indexOf(job);
        if (queued >= 0) {
          this.queue.splice(queued, 1);
          reject(new StudioError('cancelled', 'The planning run was cancelled.'));
        } else Atomics.store(new Int32Array(job.cancel), 0, 1);
      };
      if (hooks.signal?.aborted) {
        reject(new StudioError('cancelled', 'The planning run was cancelled.'));
        return;
      }
      hooks.signal?.addEventListener('abort', abort, { once: true });
      this.queue.push(job);
      this.start().then(
        () => this.dispatch(),
        (error: unknown) => {
          this.queue.splice(this.queue.indexOf(job), 1);
          reject(error);
        },
      );
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new StudioError('cancelled', 'The planner is shutting down.'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  /** Starts the workers once, after the plugin list is known. */
  private start(): Promise<void> {
    this.started ??= this.pluginFiles().then((files) => {
      this.files = files;
      while (!this.closed && this.slots.length < this.size) this.slots.push(this.spawn());
    });
    return this.started;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job !== null) continue;
      const job = this.queue.shift();
      if (!job) return;
      slot.job = job;
      const message: ToWorker = { type: 'plan', id: job.id, request: job.request, cancel: job.cancel };
      slot.worker.postMessage(message);
    }
  }

  private spawn(): Slot {
    const entry = plannerWorkerEntry();
    const init: WorkerInit = { pluginFiles: this.files };
    const worker = new Worker(entry.source, { workerData: init, eval: entry.eval });
    const slot: Slot = { worker, job: null };
    worker.on('message', (m: FromWorker) => {
      const job = slot.job;
      if (m.type === 'ready' || !job || m.id !== job.id) return;
      if (m.type === 'event') job.hooks.onEvent?.(m.eventType, m.data);
      else if (m.type === 'progress') job.hooks.onProgress?.(m.progress);
      else {
        slot.job = null;
        if (m.type === 'result') job.resolve(m.result);
        else job.reject(StudioError.fromData(m.error));
        this.dispatch();
      }
    });
    const fail = (error: unknown) => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return; // 'error' and 'exit' both report one death
      this.slots.splice(index, 1);
      slot.job?.reject(new StudioError('internal', `The planner worker stopped: ${error instanceof Error ? error.message : String(error)}`));
      slot.job = null;
      if (this.closed) return;
      this.slots.push(this.spawn());
      this.dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`exit code ${code}`));
    });
    return slot;
  }
}
