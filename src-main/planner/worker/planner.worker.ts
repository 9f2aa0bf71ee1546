import { parentPort, workerData } from 'node:worker_threads';
import { StudioError } from '../../../src-shared/api/errors';
import { createBuiltinRegistry } from '../builtins';
import { registerPluginFiles } from '../ops/plugins';
import { runPlan } from '../run-plan';
import type { FromWorker, ToWorker, WorkerInit } from './protocol';

/**
 * A planner worker thread: registers the built-ins and the plugins it was given, then runs
 * plans one at a time, forwarding events and progress. Errors go back as data.
 */
const port = parentPort;
if (!port) throw new Error('The planner worker must run in a worker thread.');
const init = workerData as WorkerInit;
const registry = createBuiltinRegistry();
const post = (message: FromWorker) => port.postMessage(message);

const loading = registerPluginFiles(registry, init.pluginFiles).then((results) => {
  post({ type: 'ready', pluginErrors: results.filter((r) => r.status !== 'loaded').map((r) => `${r.file}: ${r.message ?? r.status}`) });
});

port.on('message', (message: ToWorker) => {
  void loading.then(() => {
    const { id, request } = message;
    const flag = new Int32Array(message.cancel);
    try {
      const result = runPlan(request, {
        registry,
        emit: (eventType, data) => post({ type: 'event', id, eventType, data }),
        onProgress: (progress) => post({ type: 'progress', id, progress }),
        isCancelled: () => Atomics.load(flag, 0) === 1,
      });
      post({ type: 'result', id, result });
    } catch (error) {
      const data =
        error instanceof StudioError ? error.toData() : { code: 'internal' as const, message: error instanceof Error ? error.message : String(error) };
      post({ type: 'error', id, error: data });
    }
  });
});
