import { parentPort, workerData } from 'node:worker_threads';
import { StudioError } from '../../../src-shared/api/errors';
import { createBuiltinRegistry } from '../builtins';
import type { ActionCandidate } from '../../../src-shared/domain/plan';
import type { Emit } from '../invoke';
import { withCachedCalculators } from '../ops/cached-calculators';
import { CalculationCache } from '../ops/calculation-cache';
import { withPluginWatch } from '../ops/plugin-watch';
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
const CALCULATION_CACHE_TTL_MS = 5 * 60_000;

// The calculation cache lives as long as the worker; its lookups are reported as cache_hit /
// cache_miss events of the run in progress (a worker runs one plan at a time).
let emitOfRun: Emit = () => {};
const calculationCache = new CalculationCache<ActionCandidate[]>({
  ttlMs: CALCULATION_CACHE_TTL_MS,
  maxEntries: 500,
  onLookup: ({ module, hit }) => emitOfRun(hit ? 'cache_hit' : 'cache_miss', { module, operation: 'calculate' }),
});
let planRegistry = registry;

const loading = registerPluginFiles(registry, init.pluginFiles).then((results) => {
  const watched = withPluginWatch(registry);
  planRegistry = withCachedCalculators(watched.registry, calculationCache);
  post({
    type: 'ready',
    pluginErrors: results.filter((r) => r.status !== 'loaded').map((r) => `${r.file}: ${r.message ?? r.status}`),
    running: watched.table.buffer,
    pluginModules: watched.table.modules,
  });
});

port.on('message', (message: ToWorker) => {
  void loading.then(() => {
    const { id, request } = message;
    const flag = new Int32Array(message.cancel);
    try {
      emitOfRun = (eventType, data) => post({ type: 'event', id, eventType, data });
      const result = runPlan(request, {
        registry: planRegistry,
        emit: emitOfRun,
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
