import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ModuleDescriptor } from '../../../src-shared/domain/modules';
import { isRecord, pluginDescriptor } from './plugin-descriptor';

export type ProbeOutcome =
  | { status: 'ok'; modules: ModuleDescriptor[] }
  | { status: 'failed'; message: string }
  | { status: 'timeout'; message: string };

/**
 * Runs in a throwaway worker: import the plugin and call its register function with a recording
 * API that copies each module's data (kind, meta, params, whether it has a run function) and
 * leaves its code behind, to die with the worker. A copy that is not plain data fails the plugin
 * even if the plugin catches the error. Plain CommonJS text (eval worker) so it needs no loader
 * and survives bundling.
 */
const PROBE_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const mod = await import(workerData.url);
  const register = typeof mod.default === 'function' ? mod.default
    : typeof mod.register === 'function' ? mod.register
    : mod.default && typeof mod.default.register === 'function' ? mod.default.register.bind(mod.default)
    : null;
  if (register === null) throw new Error('exports no register function (export default function register(planner) { ... })');
  const modules = [];
  let problem = null;
  const refuse = () => { throw new Error('helpers can be called while planning, not while registering'); };
  await register({
    apiVersion: workerData.apiVersion,
    register(kind, module) {
      const m = typeof module === 'object' && module !== null ? module : null;
      const entry = { kind, module: m && { meta: m.meta, params: m.params }, hasRun: m !== null && typeof m.run === 'function' };
      try {
        modules.push(structuredClone(entry));
      } catch (error) {
        problem = problem || new Error(workerData.label + ': ' + String(kind) + ' "' + String(m && m.meta && m.meta.name) + '": meta and params must be plain data (' + error.message + ')');
        throw problem;
      }
    },
    helpers: { buyQuantity: refuse, sellQuantity: refuse, makeAction: refuse },
  });
  if (problem !== null) throw problem;
  parentPort.postMessage({ status: 'ok', modules });
})().catch((error) => {
  parentPort.postMessage({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
});
`;

/**
 * Check the probe's report. The plugin runs in the same worker and can post messages of its own,
 * so nothing is trusted: every module becomes a checked descriptor or the plugin fails.
 */
function receive(label: string, message: unknown): ProbeOutcome {
  if (isRecord(message) && message.status === 'failed' && typeof message.message === 'string') return { status: 'failed', message: message.message };
  if (!isRecord(message) || message.status !== 'ok' || !Array.isArray(message.modules)) {
    return { status: 'failed', message: `${label}: the loader's report is malformed; not loaded` };
  }
  try {
    const modules = message.modules.map((entry: unknown) => {
      const e = isRecord(entry) ? entry : {};
      return pluginDescriptor(label, e.kind, e.module, e.hasRun === true);
    });
    return { status: 'ok', modules };
  } catch (error) {
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Load a plugin in an isolated worker, with a time and memory limit, and return the descriptors
 * of the modules it registers. The main thread never imports a plugin: a plugin that loops or eats
 * memory while loading is terminated and reported, and one that would misbehave later (a timer
 * that throws, a leak) does so only in the workers that run it.
 */
export function probePlugin(file: string, options: { timeoutMs: number; apiVersion: number }): Promise<ProbeOutcome> {
  const label = path.basename(file);
  return new Promise((resolve) => {
    let settled = false;
    const worker = new Worker(PROBE_SOURCE, {
      eval: true,
      workerData: { url: pathToFileURL(file).href, label, apiVersion: options.apiVersion },
      resourceLimits: { maxOldGenerationSizeMb: 128 },
      stdout: true,
      stderr: true,
    });
    const finish = (outcome: ProbeOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(
      () => finish({ status: 'timeout', message: `did not finish loading within ${options.timeoutMs} ms (endless loop?); not loaded` }),
      options.timeoutMs,
    );
    worker.on('message', (message: unknown) => finish(receive(label, message)));
    worker.on('error', (error) => finish({ status: 'failed', message: error.message }));
    worker.on('exit', (code) => finish({ status: 'failed', message: `the loader stopped (exit code ${code}) before the plugin registered` }));
  });
}
