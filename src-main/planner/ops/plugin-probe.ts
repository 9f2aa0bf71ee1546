import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';

export type ProbeOutcome =
  | { status: 'ok'; modules: { kind: string; name: string }[] }
  | { status: 'failed'; message: string }
  | { status: 'timeout'; message: string };

/**
 * Runs in a throwaway worker: import the plugin and call its register function with a
 * recording API. Plain CommonJS text (eval worker) so it needs no loader and survives bundling.
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
  const refuse = () => { throw new Error('helpers can be called while planning, not while registering'); };
  await register({
    apiVersion: workerData.apiVersion,
    register(kind, module) { modules.push({ kind: String(kind), name: String(module && module.meta && module.meta.name) }); },
    helpers: { buyQuantity: refuse, sellQuantity: refuse, makeAction: refuse },
  });
  parentPort.postMessage({ status: 'ok', modules });
})().catch((error) => {
  parentPort.postMessage({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
});
`;

/**
 * Load a plugin in an isolated worker first, with a time and memory limit: a plugin that loops or
 * eats memory while loading is terminated and reported, and the app never imports it.
 */
export function probePlugin(file: string, options: { timeoutMs: number; apiVersion: number }): Promise<ProbeOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const worker = new Worker(PROBE_SOURCE, {
      eval: true,
      workerData: { url: pathToFileURL(file).href, apiVersion: options.apiVersion },
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
    worker.on('message', (message: ProbeOutcome) => finish(message));
    worker.on('error', (error) => finish({ status: 'failed', message: error.message }));
    worker.on('exit', (code) => finish({ status: 'failed', message: `the loader stopped (exit code ${code}) before the plugin registered` }));
  });
}
