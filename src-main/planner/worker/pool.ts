import { Worker } from 'node:worker_threads';
import type { PlannerEventType, RunProgress } from '../../../src-shared/api/events';
import { StudioError } from '../../../src-shared/api/errors';
import type { PlanRequest, PlanRunResult } from '../../../src-shared/api/schemas/plan';
import { runningModule, type RunningModuleTable } from '../ops/plugin-watch';
import type { PluginFile } from '../ops/plugins';
import { RunTimeoutError } from '../ops/run-timeout';
import { plannerWorkerEntry } from './entry-path';
import type { FromWorker, ToWorker, WorkerInit } from './protocol';

export interface PoolJobHooks {
  signal?: AbortSignal;
  /** Past this the worker is stopped (a module may be stuck in a loop) and the job fails with RunTimeoutError. */
  timeoutMs?: number;
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
  timer?: ReturnType<typeof setTimeout>;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  /** From the worker's `ready`: which plugin module it is running (ops/plugin-watch.ts). */
  watch: RunningModuleTable | null;
}

/** How long a cancelled run may take to notice its flag before its worker is stopped. */
const CANCEL_GRACE_MS = 2000;

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
    return new Promise((resolveRun, rejectRun) => {
      // once settled, the job lets go of the signal: a sweep passes one signal to hundreds of runs
      const release = () => hooks.signal?.removeEventListener('abort', abort);
      const resolve = (result: PlanRunResult) => {
        release();
        resolveRun(result);
      };
      const reject = (error: unknown) => {
        release();
        rejectRun(error);
      };
      const job: Job = { id: this.nextId++, request, hooks, cancel: new SharedArrayBuffer(4), resolve, reject };
      const abort = () => {
        const queued = this.queue.indexOf(job);
        if (queued >= 0) {
          this.queue.splice(queued, 1);
          reject(new StudioError('cancelled', 'The planning run was cancelled.'));
        } else {
          Atomics.store(new Int32Array(job.cancel), 0, 1);
          // a module stuck in a loop never polls the flag: stop its worker after a grace period
          setTimeout(() => this.stopWorkerOf(job, new StudioError('cancelled', 'The planning run was cancelled.')), CANCEL_GRACE_MS).unref();
        }
      };
      if (hooks.signal?.aborted) {
        reject(new StudioError('cancelled', 'The planning run was cancelled.'));
        return;
      }
      hooks.signal?.addEventListener('abort', abort, { once: true });
      this.queue.push(job);
      this.start().then(
        () => {
          this.refill();
          this.dispatch();
        },
        (error: unknown) => {
          this.queue.splice(this.queue.indexOf(job), 1);
          reject(error);
        },
      );
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const running = this.slots.flatMap((s) => (s.job === null ? [] : [s.job]));
    // the workers' exit is ignored once closed, so a running job is failed here or never settles
    for (const job of [...this.queue.splice(0), ...running]) {
      clearTimeout(job.timer);
      job.reject(new StudioError('cancelled', 'The planner is shutting down.'));
    }
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  /** Starts the workers once, after the plugin list is known. */
  private start(): Promise<void> {
    this.started ??= this.pluginFiles().then((files) => {
      this.files = files;
      this.refill();
    });
    return this.started;
  }

  private refill(): void {
    while (!this.closed && this.slots.length < this.size) this.slots.push(this.spawn());
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job !== null) continue;
      const job = this.queue.shift();
      if (!job) return;
      slot.job = job;
      if (slot.watch !== null) this.armTimeout(slot, job); // else once the worker is ready
      const message: ToWorker = { type: 'plan', id: job.id, request: job.request, cancel: job.cancel };
      slot.worker.postMessage(message);
    }
  }

  /** The job's time limit counts from when its worker is ready (start-up is not the run's time). */
  private armTimeout(slot: Slot, job: Job): void {
    const limit = job.hooks.timeoutMs;
    if (limit === undefined || job.timer !== undefined) return;
    job.timer = setTimeout(() => {
      const stuck = slot.watch === null ? null : runningModule(slot.watch);
      this.stopWorkerOf(job, new RunTimeoutError(stuck, limit));
    }, limit);
  }

  /** Stop the worker running `job` (if it still is), fail the job with `error`, and replace the worker. */
  private stopWorkerOf(job: Job, error: StudioError): void {
    const slot = this.slots.find((s) => s.job === job);
    if (slot === undefined) return;
    this.slots.splice(this.slots.indexOf(slot), 1);
    clearTimeout(job.timer);
    slot.job = null;
    job.reject(error);
    void slot.worker.terminate();
    if (this.closed) return;
    this.slots.push(this.spawn());
    this.dispatch();
  }

  private spawn(): Slot {
    const entry = plannerWorkerEntry();
    const init: WorkerInit = { pluginFiles: this.files };
    const worker = new Worker(entry.source, { workerData: init, eval: entry.eval });
    const slot: Slot = { worker, job: null, watch: null };
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'ready') {
        slot.watch = { buffer: m.running, modules: m.pluginModules };
        if (slot.job !== null) this.armTimeout(slot, slot.job);
        return;
      }
      const job = slot.job;
      if (!job || m.id !== job.id) return;
      if (m.type === 'event') job.hooks.onEvent?.(m.eventType, m.data);
      else if (m.type === 'progress') job.hooks.onProgress?.(m.progress);
      else {
        slot.job = null;
        clearTimeout(job.timer);
        if (m.type === 'result') job.resolve(m.result);
        else job.reject(StudioError.fromData(m.error));
        this.dispatch();
      }
    });
    const fail = (error: unknown) => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return; // 'error' and 'exit' both report one death
      this.slots.splice(index, 1);
      clearTimeout(slot.job?.timer);
      slot.job?.reject(new StudioError('internal', `The planner worker stopped: ${error instanceof Error ? error.message : String(error)}`));
      slot.job = null;
      // Replace the worker only when work waits: a worker that dies at start-up (a broken entry)
      // would otherwise be respawned forever. The next run refills the pool.
      if (this.closed || this.queue.length === 0) return;
      this.refill();
      this.dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`exit code ${code}`));
    });
    return slot;
  }
}
