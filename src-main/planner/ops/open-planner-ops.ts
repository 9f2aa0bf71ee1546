import fs from 'node:fs';
import path from 'node:path';
import type { CircuitBreakerOptions } from './circuit-breaker';
import { JsonLinesLogger, parseLogLevel, type LogLevel } from './json-lines-logger';
import { PlannerOps, type PlannerEngine } from './planner-ops';
import { bundledPluginsDir, discoverPluginFiles, userPluginsDir, type PluginFile } from './plugins';

/** The plugin files of a Studio: the bundled folder first, then `<dataDir>/plugins` (created so users can find it). */
export function studioPluginFiles(dataDir: string): PluginFile[] {
  const user = userPluginsDir(dataDir);
  fs.mkdirSync(user, { recursive: true });
  return discoverPluginFiles([
    { dir: bundledPluginsDir(), origin: 'bundled' },
    { dir: user, origin: 'user' },
  ]);
}

const MAX_TIMER_MS = 2_147_483_647;

export function plannerLogFile(dataDir: string): string {
  return path.join(dataDir, 'logs', 'planner.log');
}

/**
 * The ops layer of a Studio: the JSON-lines log in `<dataDir>/logs/planner.log` (level from
 * `PLANNER_STUDIO_LOG_LEVEL`, default info) and the breaker settings
 * (`PLANNER_STUDIO_BREAKER_THRESHOLD`, `PLANNER_STUDIO_BREAKER_COOLDOWN_MS`) and run time limit (`PLANNER_STUDIO_RUN_TIMEOUT_MS`).
 */
export function openPlannerOps(options: {
  dataDir: string;
  engine: PlannerEngine;
  logLevel?: LogLevel;
  breaker?: Partial<CircuitBreakerOptions>;
  env?: NodeJS.ProcessEnv;
}): PlannerOps {
  const env = options.env ?? process.env;
  const level = options.logLevel ?? (env.PLANNER_STUDIO_LOG_LEVEL ? parseLogLevel(env.PLANNER_STUDIO_LOG_LEVEL) : 'info');
  const fromEnv = (name: string): number | undefined => {
    const raw = env[name];
    if (raw === undefined) return undefined;
    const value = raw.trim() === '' ? NaN : Number(raw);
    if (!Number.isFinite(value)) throw new Error(`${name} must be a number, not "${raw}".`);
    return value;
  };
  const rawTimeout = env.PLANNER_STUDIO_RUN_TIMEOUT_MS;
  const runTimeoutMs = rawTimeout === undefined ? undefined : Number(rawTimeout);
  // NaN, 0 or a value past setTimeout's 2^31 − 1 ms would make every run time out at once (it takes them as 1 ms)
  if (runTimeoutMs !== undefined && !(rawTimeout!.trim() !== '' && runTimeoutMs > 0 && runTimeoutMs <= MAX_TIMER_MS)) {
    throw new Error(`PLANNER_STUDIO_RUN_TIMEOUT_MS must be a positive number of milliseconds up to ${MAX_TIMER_MS}, not "${rawTimeout}".`);
  }
  const ops = new PlannerOps({
    engine: options.engine,
    log: new JsonLinesLogger({ file: plannerLogFile(options.dataDir), level }),
    runTimeoutMs,
    breaker: {
      failureThreshold: fromEnv('PLANNER_STUDIO_BREAKER_THRESHOLD'),
      cooldownMs: fromEnv('PLANNER_STUDIO_BREAKER_COOLDOWN_MS'),
      ...options.breaker,
    },
  });
  // one line per plugin file, so "why is my module missing" has an answer in the log
  void options.engine.pluginResults().then((results) => {
    for (const r of results) {
      const fields = { file: r.file, origin: r.origin, status: r.status, modules: r.modules.map((m) => `${m.kind}:${m.name}`), loadMs: r.loadMs };
      if (r.status === 'loaded') ops.log.info('plugin loaded', { fields });
      else ops.log.warn(`plugin not loaded: ${r.message ?? r.status}`, { fields });
    }
  });
  return ops;
}
